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

/**
 * Flags a body with no chair, or with more than one. A chair is a membership with role {@code CHAIR}; a person
 * and the organisation they represent both marked chair count once. Citizens' panels and projects are not
 * expected to have a chair (a panel is facilitated, a project has a lead), so only two chairs are flagged there.
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
            if (!(e.kind() instanceof BodyKind kind)) {
                continue;
            }
            BodyMembers members = new BodyMembers(model, e.id());
            List<ElementId> chairs = distinctChairs(members);
            if (chairs.isEmpty() && !NO_CHAIR_EXPECTED.contains(kind)) {
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

    /** The chairs, dropping an organisation whose representative is also recorded as chair. */
    private static List<ElementId> distinctChairs(BodyMembers members) {
        Set<ElementId> chairs = new LinkedHashSet<>(members.holding(MemberRole.CHAIR));
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
