package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.edit.Command;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Position;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class ViewDiffTest {
    private static final ElementId SYB = ElementId.of("syb");
    private static final ElementId SHEFFIELD = ElementId.of("sheffield");
    private static final ElementId PA = ElementId.of("pa");

    private static IcsModel model() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("syb", "South Yorkshire and Bassetlaw", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("sheffield", "Sheffield", FootprintLevel.PLACE), SYB, -1);
        m.addElement(Element.of("pa", BodyKind.PROVIDER_ALLIANCE, "Provider Alliance"), SYB, -1);
        m.addView(DiagramView.whole("v", "Whole system"), -1);
        return m;
    }

    @Test
    void aCollapseAndAPinBecomeOneUndoableStep() {
        IcsModel m = model();
        DiagramView before = m.views().get(0);
        DiagramView after = before.withCollapsed(SHEFFIELD, true).withPinned(PA, new Position(10, 20));
        Command c = ViewDiff.commandFor(before, after).orElseThrow();
        c.execute(m);
        assertEquals(after, m.views().get(0));
        c.undo(m);
        assertEquals(before, m.views().get(0));
    }

    @Test
    void aHiddenRelationKindIsRecordedWithItsName() {
        IcsModel m = model();
        DiagramView before = m.views().get(0);
        Command c = ViewDiff.commandFor(before, before.withRelationKindShown(RelationKind.MEMBER_OF, false)).orElseThrow();
        c.execute(m);
        assertTrue(c.description().contains("Member of"), c.description());
        assertEquals(false, m.views().get(0).shows(RelationKind.MEMBER_OF));
    }

    @Test
    void zoomAloneIsNotAnEdit() {
        DiagramView before = model().views().get(0);
        assertTrue(ViewDiff.commandFor(before, before.withZoom(2.0)).isEmpty());
    }
}
