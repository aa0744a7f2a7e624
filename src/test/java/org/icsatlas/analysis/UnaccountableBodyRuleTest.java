package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class UnaccountableBodyRuleTest {
    private final UnaccountableBodyRule rule = new UnaccountableBodyRule();

    @Test
    void groupWithNoReportingLineIsWarnedByName() {
        IcsModel model = new ModelBuilder().element("esg", BodyKind.EXECUTIVE_GROUP, "Executive steering group").build();
        List<Finding> findings = rule.check(model);
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(List.of(ElementId.of("esg")), findings.get(0).elements());
        assertTrue(findings.get(0).message().startsWith("'Executive steering group' reports to nothing"), findings.get(0).message());
    }

    @Test
    void reportingLineOrDelegationMakesABodyAccountable() {
        IcsModel model = new ModelBuilder()
                .element("ccg", OrganisationKind.CCG, "A CCG")
                .element("jc", BodyKind.COMMISSIONER_ALLIANCE, "Joint Committee")
                .element("board", BodyKind.PROGRAMME_BOARD, "Programme board")
                .relation(RelationKind.DELEGATES_TO, "ccg", "jc")
                .relation(RelationKind.REPORTS_TO, "board", "jc")
                .build();
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void sovereignTopBodiesAreExempt() {
        IcsModel model = new ModelBuilder()
                .element("icb", BodyKind.INTEGRATED_CARE_BOARD, "ICB board")
                .element("icp", BodyKind.INTEGRATED_CARE_PARTNERSHIP, "ICP")
                .element("cab", BodyKind.CABINET, "Cabinet")
                .element("hwb", BodyKind.HEALTH_AND_WELLBEING_BOARD, "HWB")
                .element("hsc", BodyKind.SCRUTINY_COMMITTEE, "Health Select Committee")
                .build();
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void partnershipWithMemberOrganisationsAnswersToThem() {
        IcsModel model = new ModelBuilder()
                .element("trust", OrganisationKind.ACUTE_TRUST, "A trust")
                .element("pa", BodyKind.PROVIDER_ALLIANCE, "Provider Alliance")
                .member("trust", "pa", MemberRole.MEMBER)
                .build();
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void partnershipWithoutMembersIsWarned() {
        IcsModel model = new ModelBuilder().element("pa", BodyKind.PROVIDER_ALLIANCE, "Provider Alliance").build();
        assertTrue(rule.check(model).get(0).message().contains("no organisation sits on it"));
    }

    @Test
    void advisingIsNotAReportingLine() {
        IcsModel model = new ModelBuilder()
                .element("icb", BodyKind.INTEGRATED_CARE_BOARD, "ICB board")
                .element("panel", BodyKind.CITIZENS_PANEL, "Citizens' Panel")
                .relation(RelationKind.ADVISES, "panel", "icb")
                .build();
        assertEquals(List.of(ElementId.of("panel")), rule.check(model).get(0).elements());
    }
}
