package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.junit.jupiter.api.Test;

class TermsOfReferenceRuleTest {
    private final TermsOfReferenceRule rule = new TermsOfReferenceRule();

    @Test
    void bodyWithoutDateIsNotedAsInformation() {
        IcsModel model = new ModelBuilder()
                .element("collab", BodyKind.PARTNERSHIP_BOARD, "Neighbourhood collaborative")
                .element("council", OrganisationKind.LOCAL_AUTHORITY, "Wiltshire Council")
                .build();
        List<Finding> findings = rule.check(model);
        assertEquals(1, findings.size());
        assertEquals(Severity.INFO, findings.get(0).severity());
        assertEquals("'Neighbourhood collaborative' has no terms of reference date", findings.get(0).message());
    }

    @Test
    void bodyWithDateIsFine() {
        IcsModel model = new ModelBuilder().element("collab", BodyKind.PARTNERSHIP_BOARD, "Neighbourhood collaborative").build();
        ElementId id = ElementId.of("collab");
        model.updateElement(model.element(id).orElseThrow().withAttribute(TermsOfReferenceRule.ATTRIBUTE, "2021-06-01"));
        assertEquals(List.of(), rule.check(model));
    }
}
