package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

/** A snapshot is what the layout thread reads: edits made after it was taken do not reach that layout. */
class LayoutInputTest {
    private final LayoutEngine engine = LayoutEngine.standard();

    @Test
    void editsAfterTheSnapshotDoNotReachItsLayout() {
        IcsModel m = SyntheticIcs.generate(SyntheticIcs.Scale.S, 3);
        DiagramView v = DiagramView.whole("v", "Whole");
        DiagramLayout expected = engine.layout(m, v);
        LayoutInput input = engine.snapshot(m, v);

        ElementId place = m.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).findFirst().orElseThrow().id();
        m.addElement(Element.of("late", BodyKind.COMMITTEE, "Added after the snapshot"), place, -1);
        ElementId body = m.elementsIn(place).get(0);
        m.addRelation(Relation.of("late-line", RelationKind.REPORTS_TO, "late", body.value()), -1);
        Relation first = m.relations().get(0);
        m.removeRelation(first.id());

        DiagramLayout fromSnapshot = engine.layout(input, null, Set.of(), LayoutMonitor.NONE);
        assertEquals(expected.nodes(), fromSnapshot.nodes());
        assertEquals(expected.edges(), fromSnapshot.edges());
        assertFalse(fromSnapshot.absolute(ElementId.of("late")).isPresent());
    }

    @Test
    void theStandardEngineDoesNotCopyTheWholeModel() {
        IcsModel m = SyntheticIcs.generate(SyntheticIcs.Scale.S, 3);
        LayoutInput input = engine.snapshot(m, DiagramView.whole("v", "Whole"));
        assertThrows(IllegalStateException.class, input::model);
        assertEquals(m.elementCount(), LayoutInput.copyOf(m, input.view()).model().elementCount());
    }
}
