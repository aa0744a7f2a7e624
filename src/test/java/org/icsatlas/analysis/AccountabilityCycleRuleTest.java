package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class AccountabilityCycleRuleTest {
    private final AccountabilityCycleRule rule = new AccountabilityCycleRule();

    @Test
    void reportingLoopOfThreeBodiesIsOneErrorNamingAllThree() {
        IcsModel model = new ModelBuilder()
                .element("a", BodyKind.COMMITTEE, "Audit committee")
                .element("b", BodyKind.PROGRAMME_BOARD, "Urgent care board")
                .element("c", BodyKind.EXECUTIVE_GROUP, "Executive group")
                .relation(RelationKind.REPORTS_TO, "a", "b")
                .relation(RelationKind.REPORTS_TO, "b", "c")
                .relation(RelationKind.REPORTS_TO, "c", "a")
                .build();
        List<Finding> findings = rule.check(model);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals(List.of(ElementId.of("a"), ElementId.of("b"), ElementId.of("c")), f.elements());
        assertTrue(f.message().contains("'Audit committee' reports to 'Urgent care board'"), f.message());
        assertTrue(f.message().contains("'Executive group' reports to 'Audit committee'"), f.message());
    }

    @Test
    void bodyReportingToABodyItDelegatesToIsALoop() {
        IcsModel model = new ModelBuilder()
                .element("board", BodyKind.PARTNERSHIP_BOARD, "Partnership board")
                .element("group", BodyKind.DELIVERY_GROUP, "Delivery group")
                .relation(RelationKind.DELEGATES_TO, "board", "group")
                .relation(RelationKind.REPORTS_TO, "board", "group")
                .build();
        List<Finding> findings = rule.check(model);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("'Partnership board' delegates to 'Delivery group'"), findings.get(0).message());
    }

    @Test
    void jointCommitteeReportingBackToTheOrganisationsThatDelegateToItIsNoLoop() {
        IcsModel model = new ModelBuilder()
                .element("ccg", OrganisationKind.CCG, "A CCG")
                .element("jc", BodyKind.COMMISSIONER_ALLIANCE, "Joint Committee")
                .element("sub", BodyKind.COMMITTEE, "Sub-committee")
                .relation(RelationKind.DELEGATES_TO, "ccg", "jc")
                .relation(RelationKind.REPORTS_TO, "jc", "ccg")
                .relation(RelationKind.REPORTS_TO, "sub", "jc")
                .build();
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void emptyModelHasNoLoop() {
        assertEquals(List.of(), rule.check(new IcsModel()));
    }
}
