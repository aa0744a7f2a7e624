package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.model.ElementId;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    @Test
    void noLabelCoversAnElementBoxOrAnotherLabel() {
        for (Diagrams.Laid d : Diagrams.all()) {
            DiagramLayout l = d.layout();
            List<Box> labels = new ArrayList<>();
            List<String> clashes = new ArrayList<>();
            for (EdgeLayout e : l.edges().values()) {
                l.labelBox(e.relation()).ifPresent(labels::add);
            }
            for (Box label : labels) {
                for (ElementId n : l.nodes().keySet()) {
                    if (l.absolute(n).orElseThrow().intersects(label)) {
                        clashes.add(label + " on " + n);
                    }
                }
            }
            for (int i = 0; i < labels.size(); i++) {
                for (int j = i + 1; j < labels.size(); j++) {
                    if (labels.get(i).intersects(labels.get(j))) {
                        clashes.add(labels.get(i) + " on " + labels.get(j));
                    }
                }
            }
            assertEquals(List.of(), clashes, d.name());
        }
    }

    @Test
    void theBoundsHoldEveryLabel() {
        for (Diagrams.Laid d : Diagrams.all()) {
            DiagramLayout l = d.layout();
            int labelled = 0;
            for (EdgeLayout e : l.edges().values()) {
                if (e.label() != null) {
                    labelled++;
                    assertTrue(l.bounds().contains(l.labelBox(e.relation()).orElseThrow()), d.name() + " " + e.relation());
                }
            }
            assertTrue(labelled > 0, d.name());
        }
    }

    @Test
    void aLabelMovesAlongItsRouteOffABoxInTheWay() {
        Box obstacle = new Box(40, -10, 20, 20);
        LabelPlacer placer = new LabelPlacer(List.of(obstacle));
        List<Point> route = List.of(new Point(0, 0), new Point(100, 0));
        Point at = placer.place(new Point(50, 0), route, 30, 12);
        assertFalse(LabelPlacer.box(at, 30, 12).intersects(obstacle), "placed at " + at);
        Point second = placer.place(at, route, 30, 12);
        assertFalse(LabelPlacer.box(second, 30, 12).intersects(LabelPlacer.box(at, 30, 12)), "second label on the first");
    }

    @Test
    void alongFindsThePointAtAFractionOfThePolyline() {
        List<Point> route = List.of(new Point(0, 0), new Point(0, 10), new Point(30, 10));
        assertEquals(new Point(0, 10), LabelPlacer.along(route, 0.25));
        assertEquals(new Point(30, 10), LabelPlacer.along(route, 1));
    }
}
