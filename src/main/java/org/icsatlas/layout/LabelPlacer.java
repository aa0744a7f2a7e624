package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves edge labels off boxes and off each other: each label tries its preferred point, then points along its own
 * route and just beside it, and takes the first whose box meets no element box, no footprint header band and no
 * label placed before it. A grid of buckets keeps the search local, so England's thousands of labels place fast.
 */
final class LabelPlacer {
    private static final double CELL = 200;
    private static final double[] FRACTIONS = {0.5, 0.35, 0.65, 0.2, 0.8, 0.42, 0.58, 0.1, 0.9, 0.27, 0.73};

    /** A box spanning more cells than this is kept aside and checked directly, so no box can make the grid explode. */
    private static final long MAX_CELLS_PER_BOX = 4_096;
    /** Beyond this distance from the origin a box is kept aside too: its cell numbers would lose precision. */
    private static final double FAR = 1e12;

    private final Map<Long, List<Box>> grid = new HashMap<>();
    private final List<Box> oversized = new ArrayList<>();

    /** @param obstacles element boxes and header bands (absolute) that no label may cover */
    LabelPlacer(List<Box> obstacles) {
        for (Box b : obstacles) {
            add(b);
        }
    }

    /**
     * The centre for a label of size {@code w} x {@code h} on the route {@code points}, preferring {@code preferred};
     * when no spot is free, the preferred one (its box is still counted, so later labels avoid it).
     */
    Point place(Point preferred, List<Point> points, double w, double h) {
        List<Point> candidates = new ArrayList<>();
        candidates.add(preferred);
        for (double f : FRACTIONS) {
            Point p = along(points, f);
            candidates.add(p);
            candidates.add(new Point(p.x() + w / 2 + 3, p.y()));
            candidates.add(new Point(p.x() - w / 2 - 3, p.y()));
            candidates.add(new Point(p.x(), p.y() - h / 2 - 2));
            candidates.add(new Point(p.x(), p.y() + h / 2 + 2));
        }
        for (Point c : candidates) {
            Box b = box(c, w, h);
            if (free(b)) {
                add(b);
                return c;
            }
        }
        add(box(preferred, w, h));
        return preferred;
    }

    static Box box(Point centre, double w, double h) {
        return new Box(centre.x() - w / 2, centre.y() - h / 2, w, h);
    }

    private boolean free(Box b) {
        for (Box o : oversized) {
            if (o.intersects(b)) {
                return false;
            }
        }
        for (long key : keys(b)) {
            List<Box> cell = grid.get(key);
            if (cell != null) {
                for (Box o : cell) {
                    if (o.intersects(b)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void add(Box b) {
        if (cells(b) > MAX_CELLS_PER_BOX) {
            oversized.add(b);
            return;
        }
        for (long key : keys(b)) {
            grid.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
        }
    }

    /** How many grid cells {@code b} spans; saturates instead of overflowing for boxes of absurd size. */
    private static long cells(Box b) {
        if (!(Math.abs(b.x()) < FAR) || !(Math.abs(b.maxX()) < FAR) || !(Math.abs(b.y()) < FAR) || !(Math.abs(b.maxY()) < FAR)) {
            // cell numbers this far out saturate as longs, and a loop over them would never end
            return Long.MAX_VALUE;
        }
        double w = Math.floor(b.maxX() / CELL) - Math.floor(b.x() / CELL) + 1;
        double h = Math.floor(b.maxY() / CELL) - Math.floor(b.y() / CELL) + 1;
        double n = w * h;
        return !(n < Long.MAX_VALUE) ? Long.MAX_VALUE : (long) n;
    }

    private static List<Long> keys(Box b) {
        if (cells(b) > MAX_CELLS_PER_BOX) {
            // a label box this large is checked against the oversized obstacles only
            return List.of();
        }
        List<Long> out = new ArrayList<>(4);
        long x0 = (long) Math.floor(b.x() / CELL);
        long x1 = (long) Math.floor(b.maxX() / CELL);
        long y0 = (long) Math.floor(b.y() / CELL);
        long y1 = (long) Math.floor(b.maxY() / CELL);
        for (long x = x0; x <= x1; x++) {
            for (long y = y0; y <= y1; y++) {
                out.add(x * 1_000_003L + y);
            }
        }
        return out;
    }

    /** The point at fraction {@code f} of the length of a polyline. */
    static Point along(List<Point> points, double f) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.hypot(points.get(i).x() - points.get(i - 1).x(), points.get(i).y() - points.get(i - 1).y());
        }
        double rest = total * f;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double d = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (d >= rest && d > 0) {
                double t = rest / d;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            rest -= d;
        }
        return points.get(points.size() - 1);
    }
}
