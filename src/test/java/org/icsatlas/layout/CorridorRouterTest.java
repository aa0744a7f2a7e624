package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class CorridorRouterTest {

    @Test
    void routesBetweenFootprintsAvoidEveryBoxThatIsNotAnEndOrAnAncestorOfOne() {
        int checked = 0;
        for (Diagrams.Laid d : Diagrams.all()) {
            DiagramLayout l = d.layout();
            IcsModel m = d.model();
            List<String> crossings = new ArrayList<>();
            for (EdgeLayout e : l.edges().values()) {
                List<ElementId> allowed = new ArrayList<>(List.of(e.from(), e.to()));
                allowed.addAll(m.ancestors(e.from()));
                allowed.addAll(m.ancestors(e.to()));
                for (Map.Entry<ElementId, ?> box : boxes(l).entrySet()) {
                    if (allowed.contains(box.getKey())) {
                        continue;
                    }
                    Box b = l.absolute(box.getKey()).orElseThrow();
                    Box inner = new Box(b.x() + 1, b.y() + 1, b.width() - 2, b.height() - 2);
                    for (int i = 1; i < e.points().size(); i++) {
                        checked++;
                        if (crosses(e.points().get(i - 1), e.points().get(i), inner)) {
                            crossings.add(e.relation() + " through " + box.getKey());
                        }
                    }
                }
            }
            assertEquals(List.of(), crossings, d.name());
        }
        assertTrue(checked > 100_000, "checked " + checked);
    }

    @Test
    void routesKeepClearOfTheFramesTheyRunAlong() {
        double clear = 6;
        for (Diagrams.Laid d : Diagrams.all()) {
            DiagramLayout l = d.layout();
            List<String> hugging = new ArrayList<>();
            for (EdgeLayout e : l.edges().values()) {
                for (ElementId fp : l.footprints().keySet()) {
                    Box f = l.absolute(fp).orElseThrow();
                    for (int i = 1; i < e.points().size(); i++) {
                        Point a = e.points().get(i - 1);
                        Point b = e.points().get(i);
                        if (runsAlong(a, b, f, clear)) {
                            hugging.add(e.relation() + " along " + fp + " " + a + "-" + b);
                        }
                    }
                }
            }
            assertEquals(List.of(), hugging, d.name());
        }
    }

    /** Whether segment a-b runs parallel to a side of {@code f}, closer than {@code clear}, for more than {@code clear}. */
    static boolean runsAlong(Point a, Point b, Box f, double clear) {
        if (a.x() == b.x()) {
            double overlap = Math.min(Math.max(a.y(), b.y()), f.maxY()) - Math.max(Math.min(a.y(), b.y()), f.y());
            boolean near = Math.abs(a.x() - f.x()) < clear || Math.abs(a.x() - f.maxX()) < clear;
            return near && overlap > clear;
        }
        if (a.y() == b.y()) {
            double overlap = Math.min(Math.max(a.x(), b.x()), f.maxX()) - Math.max(Math.min(a.x(), b.x()), f.x());
            boolean near = Math.abs(a.y() - f.y()) < clear || Math.abs(a.y() - f.maxY()) < clear;
            return near && overlap > clear;
        }
        return false;
    }

    @Test
    void edgesIntoOneBodyFromOtherFootprintsMeetItAtOnePoint() {
        Diagrams.Laid syb = Diagrams.all().get(0);
        Map<ElementId, java.util.Set<Point>> ends = new java.util.HashMap<>();
        for (EdgeLayout e : syb.layout().edges().values()) {
            if (!syb.model().parentOf(e.from()).equals(syb.model().parentOf(e.to()))) {
                ends.computeIfAbsent(e.to(), k -> new java.util.HashSet<>()).add(e.points().get(e.points().size() - 1));
            }
        }
        assertFalse(ends.isEmpty());
        for (Map.Entry<ElementId, java.util.Set<Point>> t : ends.entrySet()) {
            assertTrue(t.getValue().size() <= 2, t.getKey() + " is entered at " + t.getValue());
        }
    }

    private static Map<ElementId, Object> boxes(DiagramLayout l) {
        Map<ElementId, Object> all = new java.util.HashMap<>(l.footprints());
        all.putAll(l.nodes());
        return all;
    }

    /** Whether the axis-parallel or diagonal segment a-b meets the interior of {@code b}. */
    static boolean crosses(Point a, Point p, Box b) {
        double minX = Math.min(a.x(), p.x()), maxX = Math.max(a.x(), p.x());
        double minY = Math.min(a.y(), p.y()), maxY = Math.max(a.y(), p.y());
        if (maxX <= b.x() || minX >= b.maxX() || maxY <= b.y() || minY >= b.maxY()) {
            return false;
        }
        if (a.x() == p.x() || a.y() == p.y()) {
            return true;
        }
        // a diagonal segment: sample it finely
        for (int i = 0; i <= 100; i++) {
            double t = i / 100.0;
            double x = a.x() + (p.x() - a.x()) * t, y = a.y() + (p.y() - a.y()) * t;
            if (x > b.x() && x < b.maxX() && y > b.y() && y < b.maxY()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void simplifyDropsRepeatedAndCollinearPoints() {
        List<Point> in = List.of(new Point(0, 0), new Point(0, 0), new Point(0, 5), new Point(0, 10), new Point(4, 10));
        assertEquals(List.of(new Point(0, 0), new Point(0, 10), new Point(4, 10)), CorridorRouter.simplify(in));
    }
}
