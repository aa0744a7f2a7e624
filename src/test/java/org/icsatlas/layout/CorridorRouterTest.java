package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class CorridorRouterTest {

    @Test
    void routesBetweenFootprintsAvoidEveryBoxThatIsNotAnEndOrAnAncestorOfOne() {
        IcsModel m = SyntheticIcs.generate(SyntheticIcs.Scale.M, 7);
        DiagramLayout l = LayoutEngine.standard().layout(m, DiagramView.whole("v", "Whole"));
        List<String> crossings = new ArrayList<>();
        int checked = 0;
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
        assertTrue(checked > 100_000, "checked " + checked);
        assertEquals(List.of(), crossings);
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
