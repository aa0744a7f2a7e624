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

/**
 * Checks an integrated care board's statutory composition (NHS Act 2006 Schedule 1B): a chair, a chief
 * executive, and partner members drawn from the NHS trusts, the providers of primary medical services and the
 * local authorities of its area. A member's sector is its own organisation kind or, for a person, the kind of the
 * organisations they represent; attendees and observers do not count. Community providers are left out of the
 * trust sector on purpose: the kind covers private companies too, and the statute asks for NHS trusts.
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
            if (e.kind() != BodyKind.INTEGRATED_CARE_BOARD) {
                continue;
            }
            BodyMembers members = new BodyMembers(model, e.id());
            List<String> missing = new ArrayList<>();
            if (members.holding(MemberRole.CHAIR).isEmpty()) {
                missing.add("a chair");
            }
            if (members.holding(MemberRole.CHIEF_EXECUTIVE).isEmpty()) {
                missing.add("a chief executive");
            }
            for (Sector s : Sector.values()) {
                if (!represented(members, s)) {
                    missing.add("a partner member from " + s.label);
                }
            }
            if (!missing.isEmpty()) {
                out.add(finding("the integrated care board " + model.describe(e.id()) + " lacks "
                        + String.join("; ", missing) + " (NHS Act 2006 Schedule 1B)", List.of(e.id())));
            }
        }
        return out;
    }

    private static boolean represented(BodyMembers members, Sector sector) {
        for (Element org : members.organisationsRepresented()) {
            if (org.kind() instanceof OrganisationKind k && sector.kinds.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
