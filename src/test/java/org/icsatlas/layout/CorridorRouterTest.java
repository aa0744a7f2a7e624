package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Position;
import org.junit.jupiter.api.Test;

class CorridorRouterTest {

    @Test
    void routesBetweenFootprintsAvoidEveryBoxThatIsNotAnEndOrAnAncestorOfOne() {
        int[] checked = {0};
        for (Diagrams.Laid d : Diagrams.all()) {
            assertEquals(List.of(), crossings(d.model(), d.layout(), checked), d.name());
        }
        assertTrue(checked[0] > 100_000, "checked " + checked[0]);
    }

    @Test
    void routesAvoidPinnedBoxesStandingBetweenABoxAndItsGutter() {
        // Rotherham pinned low in South Yorkshire: Doncaster is pushed below it, in the same band, and its lines to
        // the system's bodies used to climb straight through Rotherham to the gutter above the band
        IcsModel m = Diagrams.frozenSouthYorkshire();
        DiagramView whole = Diagrams.firstView(m);
        int[] checked = {0};
        for (double[] pin : new double[][] {{1000, 900}, {900, 700}, {40, 900}, {600, 1100}}) {
            DiagramView v = whole.withPinned(ElementId.of("rotherham"), new Position(pin[0], pin[1]));
            DiagramLayout l = LayoutEngine.standard().withAspectRatio(1040.0 / 890.0).layout(m, v);
            assertEquals(List.of(), crossings(m, l, checked), "Rotherham pinned at " + pin[0] + ", " + pin[1]);
        }
        // a body pinned low among the places, and a place pinned up among the system's bodies: the lines leaving
        // the boxes pushed aside must not run straight through what now stands below or above them
        for (Object[] pin : new Object[][] {{"cpb", 10.0, 600.0}, {"provider-alliance", 10.0, 600.0},
                {"doncaster", 20.0, 40.0}, {"doncaster", 200.0, 150.0}}) {
            DiagramView v = whole.withPinned(ElementId.of((String) pin[0]), new Position((Double) pin[1], (Double) pin[2]));
            DiagramLayout l = LayoutEngine.standard().withAspectRatio(1040.0 / 890.0).layout(m, v);
            assertEquals(List.of(), crossings(m, l, checked), pin[0] + " pinned at " + pin[1] + ", " + pin[2]);
        }
        assertTrue(checked[0] > 10_000, "checked " + checked[0]);
    }

    /** Every "relation through box" where a route meets a box that is neither of its ends nor an ancestor of one. */
    private static List<String> crossings(IcsModel m, DiagramLayout l, int[] checked) {
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
                    checked[0]++;
                    if (crosses(e.points().get(i - 1), e.points().get(i), inner)) {
                        crossings.add(e.relation() + " through " + box.getKey());
                    }
                }
            }
        }
        return crossings;
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
