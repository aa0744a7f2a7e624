package org.icsatlas.render.readability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.model.ElementId;

/**
 * Counts what makes a laid-out diagram hard to read, from its geometry alone: lines that cross each other, lines
 * that run through a box they have nothing to do with, and edge labels that overlap another label, a box or a
 * footprint's title band. Pure geometry, no drawing and no JavaFX, so a test can prove each count on a hand-built
 * layout. Touching is not crossing: only a proper crossing of two segments counts, and a line may run along its own
 * ends' boxes and the footprints they sit in.
 */
public final class LayoutReadability {
    /** How far inside a box a line must pass to count as crossing it: lines routed along a border do not. */
    static final double BOX_TOLERANCE = 1;

    private LayoutReadability() {
    }

    /** The counts for {@code layout} (the smallest printed text is not a matter of geometry: see {@link ReadabilityCheck}). */
    public static Counts measure(DiagramLayout layout) {
        List<Route> routes = new ArrayList<>();
        for (EdgeLayout e : layout.edges().values()) {
            if (e.points().size() >= 2) {
                routes.add(new Route(e, related(layout, e)));
            }
        }
        return new Counts(routes.size(), layout.nodes().size(), crossings(layout, routes), throughBoxes(layout, routes),
                overlappingLabels(layout, routes));
    }

    /**
     * The counts: how many lines were drawn and boxes placed, the crossings between two lines (each point where a
     * segment of one properly crosses a segment of another, outside the boxes both share as ends), the number of
     * (line, box) pairs where a line runs through an element or footprint box that is neither one of its ends nor a
     * footprint holding an end, and the number of labels that overlap another label, an element box, a collapsed
     * footprint or a footprint's title band.
     */
    public record Counts(int lines, int boxes, int crossings, int linesThroughBoxes, int overlappingLabels) {
    }

    private record Route(EdgeLayout edge, Set<ElementId> related) {
    }

    /** An edge's ends and every visible footprint that holds either end. */
    private static Set<ElementId> related(DiagramLayout layout, EdgeLayout e) {
        Set<ElementId> out = new HashSet<>();
        for (ElementId end : List.of(e.from(), e.to())) {
            for (ElementId x = end; x != null; x = layout.parentOf(x)) {
                out.add(x);
            }
        }
        return out;
    }

    private static int crossings(DiagramLayout layout, List<Route> routes) {
        int count = 0;
        for (int i = 0; i < routes.size(); i++) {
            EdgeLayout a = routes.get(i).edge();
            for (int j = i + 1; j < routes.size(); j++) {
                EdgeLayout b = routes.get(j).edge();
                List<Box> shared = sharedEnds(layout, a, b);
                for (int s = 0; s + 1 < a.points().size(); s++) {
                    for (int t = 0; t + 1 < b.points().size(); t++) {
                        Point at = properCrossing(a.points().get(s), a.points().get(s + 1), b.points().get(t), b.points().get(t + 1));
                        if (at != null && shared.stream().noneMatch(box -> inside(box, at))) {
                            count++;
                        }
                    }
                }
            }
        }
        return count;
    }

    private static List<Box> sharedEnds(DiagramLayout layout, EdgeLayout a, EdgeLayout b) {
        List<Box> out = new ArrayList<>();
        for (ElementId end : List.of(a.from(), a.to())) {
            if (end.equals(b.from()) || end.equals(b.to())) {
                layout.absolute(end).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean inside(Box box, Point p) {
        return p.x() >= box.x() && p.x() <= box.maxX() && p.y() >= box.y() && p.y() <= box.maxY();
    }

    private static int throughBoxes(DiagramLayout layout, List<Route> routes) {
        Map<ElementId, NodeLayout> nodes = layout.nodes();
        List<ElementId> boxes = new ArrayList<>(nodes.keySet());
        boxes.addAll(layout.footprints().keySet());
        int count = 0;
        for (Route r : routes) {
            for (ElementId id : boxes) {
                if (r.related().contains(id)) {
                    continue;
                }
                Box b = shrunk(layout.absolute(id).orElseThrow(), BOX_TOLERANCE);
                if (b != null && crossesBox(r.edge().points(), b)) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int overlappingLabels(DiagramLayout layout, List<Route> routes) {
        List<Box> labels = new ArrayList<>();
        for (Route r : routes) {
            Optional<Box> b = layout.labelBox(r.edge().relation());
            b.ifPresent(labels::add);
        }
        List<Box> obstacles = new ArrayList<>();
        for (ElementId id : layout.nodes().keySet()) {
            obstacles.add(layout.absolute(id).orElseThrow());
        }
        for (FootprintLayout f : layout.footprints().values()) {
            Box fb = layout.absolute(f.id()).orElseThrow();
            obstacles.add(f.collapsed() ? fb : new Box(fb.x(), fb.y(), fb.width(), f.headerHeight()));
        }
        int count = 0;
        for (int i = 0; i < labels.size(); i++) {
            Box l = labels.get(i);
            boolean overlaps = false;
            for (int j = 0; j < labels.size() && !overlaps; j++) {
                overlaps = j != i && l.intersects(labels.get(j));
            }
            for (int j = 0; j < obstacles.size() && !overlaps; j++) {
                overlaps = l.intersects(obstacles.get(j));
            }
            if (overlaps) {
                count++;
            }
        }
        return count;
    }

    private static Box shrunk(Box b, double by) {
        double w = b.width() - 2 * by;
        double h = b.height() - 2 * by;
        return w <= 0 || h <= 0 ? null : new Box(b.x() + by, b.y() + by, w, h);
    }

    /** Whether the polyline passes through the box's interior (Liang–Barsky clipping of each segment). */
    static boolean crossesBox(List<Point> points, Box b) {
        for (int i = 0; i + 1 < points.size(); i++) {
            if (segmentEntersBox(points.get(i), points.get(i + 1), b)) {
                return true;
            }
        }
        return false;
    }

    private static boolean segmentEntersBox(Point p, Point q, Box b) {
        double dx = q.x() - p.x();
        double dy = q.y() - p.y();
        double[] lo = {0};
        double[] hi = {1};
        if (!clip(-dx, p.x() - b.x(), lo, hi) || !clip(dx, b.maxX() - p.x(), lo, hi)
                || !clip(-dy, p.y() - b.y(), lo, hi) || !clip(dy, b.maxY() - p.y(), lo, hi)) {
            return false;
        }
        return hi[0] - lo[0] > 1e-9 || dx == 0 && dy == 0 && inside(b, p);
    }

    private static boolean clip(double denominator, double numerator, double[] lo, double[] hi) {
        if (denominator == 0) {
            return numerator > 0;
        }
        double t = numerator / denominator;
        if (denominator < 0) {
            if (t > hi[0]) {
                return false;
            }
            lo[0] = Math.max(lo[0], t);
        } else {
            if (t < lo[0]) {
                return false;
            }
            hi[0] = Math.min(hi[0], t);
        }
        return true;
    }

    /** Where segments pq and rs cross at a point inside both (not at an end, not collinear); null otherwise. */
    static Point properCrossing(Point p, Point q, Point r, Point s) {
        double d1x = q.x() - p.x();
        double d1y = q.y() - p.y();
        double d2x = s.x() - r.x();
        double d2y = s.y() - r.y();
        double denom = d1x * d2y - d1y * d2x;
        if (Math.abs(denom) < 1e-9) {
            return null;
        }
        double t = ((r.x() - p.x()) * d2y - (r.y() - p.y()) * d2x) / denom;
        double u = ((r.x() - p.x()) * d1y - (r.y() - p.y()) * d1x) / denom;
        double eps = 1e-6;
        if (t <= eps || t >= 1 - eps || u <= eps || u >= 1 - eps) {
            return null;
        }
        return new Point(p.x() + t * d1x, p.y() + t * d1y);
    }
}
