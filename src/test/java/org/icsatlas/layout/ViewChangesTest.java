package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
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
        model.addElement(Element.of("audit", BodyKind.COMMITTEE, "Audit"), ElementId.of("b"), -1);
        model.addRelation(Relation.membership("m", "pcn", "board", MemberRole.MEMBER, true), -1);
        model.addRelation(Relation.of("r", RelationKind.REPORTS_TO, "audit", "board"), -1);
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
    void hidingARelationKindBetweenFootprintsTouchesNoFootprint() {
        assertEquals(Set.of(), ViewChanges.touchedFootprints(model, whole, whole.withRelationKindShown(RelationKind.MEMBER_OF, false)));
    }

    /** Regression: the elements of a footprint with a relation of the kind inside moved while it counted as untouched. */
    @Test
    void hidingOrShowingARelationKindTouchesTheFootprintsHoldingBothEnds() {
        DiagramView hidden = whole.withRelationKindShown(RelationKind.REPORTS_TO, false);
        assertEquals(Set.of(ElementId.of("b")), ViewChanges.touchedFootprints(model, whole, hidden));
        assertEquals(Set.of(ElementId.of("b")), ViewChanges.touchedFootprints(model, hidden, whole));
    }

    @Test
    void pinningTouchesNoFootprint() {
        assertEquals(Set.of(), ViewChanges.touchedFootprints(model, whole,
                whole.withPinned(ElementId.of("pcn"), new Position(40, 60))));
    }
}
