package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class ChairRuleTest {
    private final ChairRule rule = new ChairRule();

    @Test
    void bodyWithoutChairIsWarned() {
        IcsModel model = new ModelBuilder()
                .element("council", OrganisationKind.LOCAL_AUTHORITY, "Council")
                .element("hwb", BodyKind.HEALTH_AND_WELLBEING_BOARD, "Health and Wellbeing Board")
                .member("council", "hwb", MemberRole.MEMBER)
                .build();
        List<Finding> findings = rule.check(model);
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals("'Health and Wellbeing Board' has no chair", findings.get(0).message());
    }

    @Test
    void bodyWithTwoChairsNamesBoth() {
        IcsModel model = new ModelBuilder()
                .element("a", OrganisationKind.LOCAL_AUTHORITY, "Council A")
                .element("b", OrganisationKind.LOCAL_AUTHORITY, "Council B")
                .element("hwb", BodyKind.HEALTH_AND_WELLBEING_BOARD, "Joint HWB")
                .member("a", "hwb", MemberRole.CHAIR)
                .member("b", "hwb", MemberRole.CHAIR)
                .build();
        Finding f = rule.check(model).get(0);
        assertTrue(f.message().contains("has 2 chairs: 'Council A' and 'Council B'"), f.message());
        assertEquals(List.of(ElementId.of("hwb"), ElementId.of("a"), ElementId.of("b")), f.elements());
    }

    @Test
    void oneChairIsFineAndAPersonWithTheOrganisationTheyRepresentCountsOnce() {
        IcsModel model = new ModelBuilder()
                .element("council", OrganisationKind.LOCAL_AUTHORITY, "Wiltshire Council")
                .element("leader", PersonKind.ROLE_HOLDER, "Richard Clewer")
                .element("hwb", BodyKind.HEALTH_AND_WELLBEING_BOARD, "Health and Wellbeing Board")
                .relation(RelationKind.REPRESENTS, "leader", "council")
                .member("leader", "hwb", MemberRole.CHAIR)
                .member("council", "hwb", MemberRole.CHAIR)
                .build();
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void citizensPanelNeedsNoChair() {
        IcsModel model = new ModelBuilder().element("panel", BodyKind.CITIZENS_PANEL, "Citizens' Panel").build();
        assertEquals(List.of(), rule.check(model));
    }
}
