package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class ElementDetailsTest {
    private final IcsModel model = new IcsModel();

    ElementDetailsTest() {
        model.addFootprint(Footprint.of("sys", "System", FootprintLevel.SYSTEM), null, -1);
        model.addFootprint(Footprint.of("place", "Wiltshire", FootprintLevel.PLACE).withNote("Unitary council area"), ElementId.of("sys"), -1);
        model.addElement(Element.of("board", BodyKind.INTEGRATED_CARE_BOARD, "ICB board"), ElementId.of("sys"), -1);
        model.addElement(Element.of("alliance", BodyKind.PLACE_PARTNERSHIP, "Wiltshire Alliance")
                .withNote("Meets monthly").withAttribute("termsOfReferenceDate", "2021-11-30"), ElementId.of("place"), -1);
        model.addElement(Element.of("council", OrganisationKind.LOCAL_AUTHORITY, "Wiltshire Council"), ElementId.of("place"), -1);
        model.addRelation(Relation.of("r1", RelationKind.REPORTS_TO, "alliance", "board"), -1);
        model.addRelation(Relation.membership("m1", "council", "alliance", MemberRole.CHAIR, true), -1);
    }

    @Test
    void elementDetailsGiveKindFootprintNoteAttributesAndRelationCounts() {
        String text = ElementDetails.describe(model, ElementId.of("alliance"));
        assertTrue(text.startsWith("Wiltshire Alliance"), text);
        assertTrue(text.contains(BodyKind.PLACE_PARTNERSHIP.label()), text);
        assertTrue(text.contains("In Wiltshire (place)"), text);
        assertTrue(text.contains("Meets monthly"), text);
        assertTrue(text.contains("termsOfReferenceDate: 2021-11-30"), text);
        assertTrue(text.contains("2 relations: 1 member of, 1 reports to"), text);
    }

    @Test
    void footprintDetailsCountWhatIsInside() {
        String text = ElementDetails.describe(model, ElementId.of("sys"));
        assertTrue(text.contains("3 elements inside, in 1 smaller footprint and itself"), text);
        assertTrue(ElementDetails.describe(model, ElementId.of("place")).contains("Unitary council area"));
    }

    @Test
    void anElementWithoutRelationsSaysSo() {
        model.addElement(Element.of("lonely", BodyKind.PROJECT, "Lonely project"), ElementId.of("place"), -1);
        assertTrue(ElementDetails.describe(model, ElementId.of("lonely")).endsWith("No relations"));
    }
}
