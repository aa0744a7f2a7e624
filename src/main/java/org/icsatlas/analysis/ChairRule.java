package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Status;

/**
 * Flags a body with no chair, or with more than one. A chair is a membership with role {@code CHAIR}; a person
 * and the organisation they represent both marked chair count once. A body may instead be chaired jointly by two or
 * more {@code CO_CHAIR}s and no sole chair; a lone co-chair, or a chair beside co-chairs, is flagged. Citizens'
 * panels and projects are not expected to have a chair (a panel is facilitated, a project has a lead), so only two
 * chairs are flagged there. Abolished bodies and memberships are not checked; a proposed or designate chair counts
 * (the chair-count is about the body's shape, not its statutory standing). A declared kind is checked as the built-in
 * kind it is based on.
 */
public final class ChairRule extends BasicRule {
    public static final String ID = "chair-count";

    private static final Set<BodyKind> NO_CHAIR_EXPECTED = EnumSet.of(BodyKind.CITIZENS_PANEL, BodyKind.PROJECT);

    public ChairRule() {
        super(ID, Severity.WARNING);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        for (Element e : model.elements()) {
            if (!e.isBody() || e.status() == Status.ABOLISHED) {
                continue;
            }
            BodyMembers members = new BodyMembers(model, e.id());
            List<ElementId> chairs = distinctChairs(members, MemberRole.CHAIR);
            List<ElementId> coChairs = distinctChairs(members, MemberRole.CO_CHAIR);
            if (!coChairs.isEmpty()) {
                coChairFinding(model, e, chairs, coChairs, out);
            } else if (chairs.isEmpty() && !NO_CHAIR_EXPECTED.contains(e.kind().base())) {
                out.add(finding(model.describe(e.id()) + " has no chair", List.of(e.id())));
            } else if (chairs.size() > 1) {
                List<ElementId> named = new ArrayList<>();
                named.add(e.id());
                named.addAll(chairs);
                out.add(finding(model.describe(e.id()) + " has " + chairs.size() + " chairs: "
                        + Phrases.names(model, chairs) + "; record one as chair and the other as vice-chair", named));
            }
        }
        return out;
    }

    /** Co-chairs are fine two or more and alone; a lone co-chair or a sole chair beside them is not. */
    private void coChairFinding(IcsModel model, Element body, List<ElementId> chairs, List<ElementId> coChairs,
                                List<Finding> out) {
        List<ElementId> named = new ArrayList<>();
        named.add(body.id());
        named.addAll(chairs);
        named.addAll(coChairs);
        if (!chairs.isEmpty()) {
            out.add(finding(model.describe(body.id()) + " has both a chair (" + Phrases.names(model, chairs)
                    + ") and co-chairs (" + Phrases.names(model, coChairs) + "); a body has one chair or two or more"
                    + " co-chairs", named));
        } else if (coChairs.size() == 1) {
            out.add(finding(model.describe(body.id()) + " has one co-chair, " + Phrases.names(model, coChairs)
                    + ", and no other; record the other co-chair, or record this one as chair", named));
        }
    }

    /** The holders of {@code role}, dropping an organisation whose representative also holds it. */
    private static List<ElementId> distinctChairs(BodyMembers members, MemberRole role) {
        Set<ElementId> chairs = new LinkedHashSet<>(members.holding(role));
        Set<ElementId> broughtByChairs = new LinkedHashSet<>();
        for (ElementId c : chairs) {
            for (Element org : members.organisationsOf(c)) {
                if (!org.id().equals(c)) {
                    broughtByChairs.add(org.id());
                }
            }
        }
        chairs.removeAll(broughtByChairs);
        return List.copyOf(chairs);
    }
}
