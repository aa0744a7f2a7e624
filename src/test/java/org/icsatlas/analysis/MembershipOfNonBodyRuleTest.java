package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.junit.jupiter.api.Test;

/**
 * The model refuses a membership of anything but a body (and a kind change that would make one), so no legal
 * model can trigger this rule: the tests show it stays silent on legal models and that the bad state is unreachable.
 */
class MembershipOfNonBodyRuleTest {
    private final MembershipOfNonBodyRule rule = new MembershipOfNonBodyRule();

    private static IcsModel legal() {
        return new ModelBuilder()
                .element("trust", OrganisationKind.ACUTE_TRUST, "A trust")
                .element("council", OrganisationKind.LOCAL_AUTHORITY, "A council")
                .element("pa", BodyKind.PROVIDER_ALLIANCE, "Provider Alliance")
                .member("trust", "pa", MemberRole.MEMBER)
                .build();
    }

    @Test
    void membershipsOfBodiesReportNothing() {
        assertEquals(List.of(), rule.check(legal()));
    }

    @Test
    void membershipOfAnOrganisationCannotBeBuiltSoNeverReaches() {
        IcsModel model = legal();
        assertThrows(IllegalEditException.class,
                () -> model.addRelation(Relation.membership("bad", "trust", "council", MemberRole.MEMBER, null), -1));
        assertThrows(IllegalEditException.class, () -> model.updateElement(
                model.element(ElementId.of("pa")).orElseThrow().withKind(OrganisationKind.VCSE)));
        assertEquals(List.of(), rule.check(model));
    }
}
