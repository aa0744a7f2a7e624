package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;

/**
 * Checks an integrated care partnership's statutory membership (Local Government and Public Involvement in Health
 * Act 2007 s.116ZA): the ICB, and each local authority of its system. The system is the nearest footprint of level
 * {@code SYSTEM} at or above the ICP's own (its own footprint when there is none); its local authorities are the
 * {@code LOCAL_AUTHORITY} organisations anywhere in that footprint tree. The model cannot tell a district council
 * from one with social care duties, so every local authority is expected. A member counts directly or through a
 * person who represents it; attendees and observers do not count. Only memberships in force count (a proposed or
 * designate member does not satisfy the statutory membership, and the finding says so); abolished ICPs and councils
 * are not checked.
 */
public final class IcpCompositionRule extends BasicRule {
    public static final String ID = "icp-composition";

    public IcpCompositionRule() {
        super(ID, Severity.WARNING);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        Map<ElementId, List<Element>> councilsWithin = null;
        for (Element e : model.elements()) {
            if (e.kind() != BodyKind.INTEGRATED_CARE_PARTNERSHIP || e.status() == Status.ABOLISHED) {
                continue;
            }
            if (councilsWithin == null) {
                councilsWithin = councilsWithin(model);
            }
            BodyMembers members = new BodyMembers(model, e.id());
            Set<Element> present = members.organisationsRepresentedInForce();
            List<String> gaps = new ArrayList<>();
            List<ElementId> named = new ArrayList<>(List.of(e.id()));
            if (present.stream().noneMatch(o -> o.kind() == OrganisationKind.ICB)) {
                gaps.add("no member from the integrated care board");
            }
            List<ElementId> absentCouncils = new ArrayList<>();
            ElementId system = systemOf(model, e.id());
            for (Element candidate : councilsWithin.getOrDefault(system, List.of())) {
                if (candidate.status() != Status.ABOLISHED && !present.contains(candidate)) {
                    absentCouncils.add(candidate.id());
                }
            }
            if (!absentCouncils.isEmpty()) {
                gaps.add("no member from " + Phrases.names(model, absentCouncils));
                named.addAll(absentCouncils);
            }
            if (!gaps.isEmpty()) {
                List<String> pending = new ArrayList<>();
                for (Relation r : members.pendingFullMemberships()) {
                    pending.add(model.describe(r.source()) + " (" + members.whyNotInForce(r) + ")");
                }
                String notYet = pending.isEmpty() ? "" : " (counting only members in force; not yet in force: " + Phrases.join(pending)
                        + ": a proposed or designate member does not satisfy the statutory membership)";
                out.add(finding("the integrated care partnership " + model.describe(e.id()) + " has "
                        + String.join(" and ", gaps) + notYet + " (it must include the ICB and each local authority of "
                        + model.describe(system) + ")", named));
            }
        }
        return out;
    }

    /**
     * The local authorities within each footprint (at any depth), in model order: one pass over the model, so a
     * model with a partnership in every one of thousands of systems is still checked in linear time.
     */
    private static Map<ElementId, List<Element>> councilsWithin(IcsModel model) {
        Map<ElementId, List<Element>> out = new HashMap<>();
        for (Element candidate : model.elements()) {
            if (candidate.kind() == OrganisationKind.LOCAL_AUTHORITY) {
                for (ElementId f : model.ancestors(candidate.id())) {
                    out.computeIfAbsent(f, k -> new ArrayList<>()).add(candidate);
                }
            }
        }
        return out;
    }

    private static ElementId systemOf(IcsModel model, ElementId icp) {
        ElementId own = model.parentOf(icp).orElse(icp);
        for (ElementId f = own; f != null; f = model.parentOf(f).orElse(null)) {
            if (model.footprint(f).map(fp -> fp.level() == FootprintLevel.SYSTEM).orElse(false)) {
                return f;
            }
        }
        return own;
    }
}
