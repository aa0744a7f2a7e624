package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;

/**
 * Checks an integrated care board's statutory composition (NHS Act 2006 Schedule 1B): a chair, a chief
 * executive, and partner members drawn from the NHS trusts, the providers of primary medical services and the
 * local authorities of its area. A member's sector is its own organisation kind or, for a person, the kind of the
 * organisations they represent; attendees and observers do not count. Community providers are left out of the
 * trust sector on purpose: the kind covers private companies too, and the statute asks for NHS trusts.
 *
 * <p>Only memberships in force count: a proposed or shadow / designate member (or membership) does not satisfy the
 * statutory composition until it is current, and the finding says so, naming them. An abolished board is not
 * checked; a proposed board is, and the finding says it is proposed.
 */
public final class IcbCompositionRule extends BasicRule {
    public static final String ID = "icb-composition";

    /** The three sectors that must each nominate a partner member, with the organisation kinds that belong to each. */
    enum Sector {
        NHS_TRUSTS("NHS trusts", EnumSet.of(OrganisationKind.ACUTE_TRUST, OrganisationKind.MENTAL_HEALTH_TRUST,
                OrganisationKind.AMBULANCE_TRUST)),
        PRIMARY_CARE("primary care", EnumSet.of(OrganisationKind.GP_PRACTICE, OrganisationKind.PCN, OrganisationKind.GP_FEDERATION)),
        LOCAL_AUTHORITIES("local authorities", EnumSet.of(OrganisationKind.LOCAL_AUTHORITY));

        final String label;
        final Set<OrganisationKind> kinds;

        Sector(String label, Set<OrganisationKind> kinds) {
            this.label = label;
            this.kinds = kinds;
        }
    }

    public IcbCompositionRule() {
        super(ID, Severity.WARNING);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        for (Element e : model.elements()) {
            if (e.kind() != BodyKind.INTEGRATED_CARE_BOARD || e.status() == Status.ABOLISHED) {
                continue;
            }
            BodyMembers members = new BodyMembers(model, e.id());
            List<String> missing = new ArrayList<>();
            List<String> pending = new ArrayList<>();
            for (MemberRole role : List.of(MemberRole.CHAIR, MemberRole.CHIEF_EXECUTIVE)) {
                if (members.holdingInForce(role).isEmpty()) {
                    missing.add("a " + role.label());
                    for (Relation r : members.pending(role)) {
                        pending.add(model.describe(r.source()) + " (" + role.label() + ", " + members.whyNotInForce(r) + ")");
                    }
                }
            }
            for (Sector s : Sector.values()) {
                if (!represented(members.organisationsRepresentedInForce(), s)) {
                    missing.add("a partner member from " + s.label);
                    for (Relation r : members.pendingFullMemberships()) {
                        if (represented(members.organisationsOf(r.source()), s)) {
                            pending.add(model.describe(r.source()) + " (" + s.label + ", " + members.whyNotInForce(r) + ")");
                        }
                    }
                }
            }
            if (!missing.isEmpty()) {
                String board = (e.status() == Status.CURRENT ? "the integrated care board " : "the " + e.status().label()
                        + " integrated care board ") + model.describe(e.id());
                String notYet = pending.isEmpty() ? "" : " (counting only members in force; not yet in force: " + Phrases.join(pending)
                        + ": a proposed or designate member does not satisfy the statutory composition until in post)";
                out.add(finding(board + " lacks " + String.join("; ", missing) + notYet
                        + " (NHS Act 2006 Schedule 1B)", List.of(e.id())));
            }
        }
        return out;
    }

    private static boolean represented(java.util.Set<Element> organisations, Sector sector) {
        for (Element org : organisations) {
            if (org.kind() instanceof OrganisationKind k && sector.kinds.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
