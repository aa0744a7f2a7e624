package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class ViewChangesTest {
    private final IcsModel model = new IcsModel();
    private final DiagramView whole = DiagramView.whole("v", "Whole");

    ViewChangesTest() {
        model.addFootprint(Footprint.of("sys", "System", FootprintLevel.SYSTEM), null, -1);
        model.addFootprint(Footprint.of("a", "Place A", FootprintLevel.PLACE), ElementId.of("sys"), -1);
        model.addFootprint(Footprint.of("b", "Place B", FootprintLevel.PLACE), ElementId.of("sys"), -1);
        model.addElement(Element.of("pcn", OrganisationKind.PCN, "PCN"), ElementId.of("a"), -1);
        model.addElement(Element.of("board", BodyKind.COMMITTEE, "Board"), ElementId.of("b"), -1);
    }

    @Test
    void collapsingTouchesOnlyThatFootprint() {
        assertEquals(Set.of(ElementId.of("a")),
                ViewChanges.touchedFootprints(model, whole, whole.withCollapsed(ElementId.of("a"), true)));
    }

    @Test
    void hidingAKindTouchesTheFootprintsThatHoldIt() {
        assertEquals(Set.of(ElementId.of("a")),
                ViewChanges.touchedFootprints(model, whole, whole.withElementKindShown(OrganisationKind.PCN, false)));
    }

    @Test
    void hidingARelationKindTouchesNoFootprint() {
        assertEquals(Set.of(), ViewChanges.touchedFootprints(model, whole, whole.withRelationKindShown(RelationKind.MEMBER_OF, false)));
    }
}
