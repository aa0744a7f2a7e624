package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;

/**
 * Produces the {@link EdgeLayout} of every visible relation: ELK's route when both ends sit in the same footprint and
 * ELK's block is still as ELK left it, otherwise a corridor route. Corridor routes leave their source from ports
 * spread along its side, so parallel edges stay apart, and enter their target at the middle of its side, so edges
 * into one body merge into a trunk (a bus) instead of a comb.
 */
final class EdgeRouting {
    private final LayoutMetrics metrics;
    private final VisibleDiagram vis;
    private final Map<ElementId, FootprintArranger.Result> arranged;
    private final Map<ElementId, Box> absolute;
    private final Map<ElementId, Box> labelBoxes = new HashMap<>();
    private final RouteCache previousRoutes;
    private RouteCache routes = RouteCache.EMPTY;

    EdgeRouting(LayoutMetrics metrics, VisibleDiagram vis, Map<ElementId, FootprintArranger.Result> arranged,
                Map<ElementId, Box> absolute) {
        this(metrics, vis, arranged, absolute, RouteCache.EMPTY);
    }

    /** As above, taking over the routes of {@code previousRoutes} that nothing they depend on has changed. */
    EdgeRouting(LayoutMetrics metrics, VisibleDiagram vis, Map<ElementId, FootprintArranger.Result> arranged,
                Map<ElementId, Box> absolute, RouteCache previousRoutes) {
        this.metrics = metrics;
        this.vis = vis;
        this.arranged = arranged;
        this.absolute = absolute;
        this.previousRoutes = previousRoutes;
    }

    /** The corridor routes of the last {@link #route} call, for the next layout to reuse. */
    RouteCache routes() {
        return routes;
    }

    Map<ElementId, EdgeLayout> route(LayoutMonitor monitor) {
        Map<ElementId, List<ElementId>> children = new HashMap<>();
        for (ElementId fp : vis.footprints) {
            if (!vis.collapsed.contains(fp)) {
                List<ElementId> kids = new ArrayList<>(vis.elementChildren.get(fp));
                kids.addAll(vis.footprintChildren.get(fp));
                children.put(fp, kids);
            }
        }
        children.put(null, vis.tops);
        Map<ElementId, Double> titles = new HashMap<>();
        for (ElementId fp : vis.footprints) {
            titles.put(fp, metrics.headerWidth(vis.footprintValues.get(fp).name(), vis.footprintValues.get(fp).level()));
        }
        CorridorRouter router = new CorridorRouter(absolute, vis.parent, children, titles, metrics.headerHeight(),
                metrics.footprintPadding(), metrics.spacing());

        Map<ElementId, EdgeLayout> out = new LinkedHashMap<>();
        List<VisibleDiagram.Edge> corridor = new ArrayList<>();
        for (VisibleDiagram.Edge e : vis.edges) {
            EdgeLayout elk = fromElk(e);
            if (elk != null) {
                out.put(e.relation().id(), elk);
            } else {
                corridor.add(e);
                out.put(e.relation().id(), null);
            }
        }
        // ports: count the edges on each side of each box first (index 0: top, 1: bottom), then hand out even slots
        Map<ElementId, int[]> perSide = new HashMap<>();
        boolean[] sides = new boolean[2 * corridor.size()];
        for (int i = 0; i < corridor.size(); i++) {
            VisibleDiagram.Edge e = corridor.get(i);
            sides[2 * i] = router.leavesByTop(e.from(), e.to());
            sides[2 * i + 1] = router.leavesByTop(e.to(), e.from());
            perSide.computeIfAbsent(e.from(), k -> new int[2])[sides[2 * i] ? 0 : 1]++;
        }
        Map<ElementId, int[]> used = new HashMap<>();
        RouteCache.Builder cache = new RouteCache.Builder(previousRoutes, router);
        for (int i = 0; i < corridor.size(); i++) {
            if ((i & 255) == 0) {
                monitor.checkCancelled();
            }
            VisibleDiagram.Edge e = corridor.get(i);
            CorridorRouter.Port from = port(e.from(), sides[2 * i], perSide, used);
            CorridorRouter.Port to = sharedPort(e.to(), sides[2 * i + 1]);
            List<Point> points = cache.route(e.relation().id(), e.from(), e.to(), from, to);
            String label = EdgeLayout.labelText(e.relation());
            out.put(e.relation().id(), new EdgeLayout(e.relation().id(), e.from(), e.to(), points,
                    label.isEmpty() ? null : labelPoint(points)));
        }
        routes = cache.build();
        return placeLabels(out, monitor);
    }

    /** The box of every label, after {@link #route}: the layout's bounds count them. */
    Map<ElementId, Box> labelBoxes() {
        return labelBoxes;
    }

    /** Moves each label to the first spot along its route that covers no box, no header band and no other label. */
    private Map<ElementId, EdgeLayout> placeLabels(Map<ElementId, EdgeLayout> routed, LayoutMonitor monitor) {
        List<Box> obstacles = new ArrayList<>();
        for (ElementId fp : vis.footprints) {
            Box b = absolute.get(fp);
            obstacles.add(vis.collapsed.contains(fp) ? b : new Box(b.x(), b.y(), b.width(), metrics.headerHeight()));
        }
        for (ElementId e : vis.elementValues.keySet()) {
            obstacles.add(absolute.get(e));
        }
        monitor.checkCancelled();
        LabelPlacer placer = new LabelPlacer(obstacles);
        Map<ElementId, EdgeLayout> out = new LinkedHashMap<>();
        int n = 0;
        for (VisibleDiagram.Edge e : vis.edges) {
            if ((n++ & 255) == 0) {
                monitor.checkCancelled();
            }
            EdgeLayout l = routed.get(e.relation().id());
            if (l.label() != null) {
                String text = EdgeLayout.labelText(e.relation());
                double w = metrics.labelWidth(text);
                double h = metrics.labelHeight(text);
                Point at = placer.place(l.label(), l.points(), w, h);
                labelBoxes.put(l.relation(), LabelPlacer.box(at, w, h));
                l = new EdgeLayout(l.relation(), l.from(), l.to(), l.points(), at);
            }
            out.put(l.relation(), l);
        }
        return out;
    }

    private CorridorRouter.Port port(ElementId box, boolean top, Map<ElementId, int[]> perSide, Map<ElementId, int[]> used) {
        int side = top ? 0 : 1;
        int n = perSide.get(box)[side];
        int k = ++used.computeIfAbsent(box, b -> new int[2])[side];
        Box b = absolute.get(box);
        return new CorridorRouter.Port(top, b.x() + b.width() * k / (n + 1));
    }

    /** The middle of a side: every edge into one box on one side meets there, so they merge into one trunk. */
    private CorridorRouter.Port sharedPort(ElementId box, boolean top) {
        return new CorridorRouter.Port(top, absolute.get(box).centreX());
    }

    private EdgeLayout fromElk(VisibleDiagram.Edge e) {
        ElementId fp = vis.parent.get(e.from());
        if (fp == null || !fp.equals(vis.parent.get(e.to()))) {
            return null;
        }
        FootprintArranger.Result r = arranged.get(fp);
        List<Point> route = r == null || !r.blockIntact() ? null : r.arrangement().block().routes().get(e.relation().id());
        if (route == null || route.size() < 2) {
            return null;
        }
        Box fa = absolute.get(fp);
        double dx = fa.x() + r.blockOrigin().x();
        double dy = fa.y() + r.blockOrigin().y();
        List<Point> points = new ArrayList<>(route.size());
        for (Point p : route) {
            points.add(new Point(p.x() + dx, p.y() + dy));
        }
        Point label = null;
        if (!EdgeLayout.labelText(e.relation()).isEmpty()) {
            Point l = r.arrangement().block().labels().get(e.relation().id());
            label = l == null ? midpoint(points) : new Point(l.x() + dx, l.y() + dy);
        }
        return new EdgeLayout(e.relation().id(), e.from(), e.to(), points, label);
    }

    /**
     * Where a corridor route's label goes: the middle of its longest horizontal segment, which runs in a gutter
     * between boxes, so the label covers lines at most, never a box; the middle of the route when it has none.
     */
    static Point labelPoint(List<Point> points) {
        Point best = null;
        double longest = 0;
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            double length = Math.abs(b.x() - a.x());
            if (a.y() == b.y() && length > longest) {
                longest = length;
                best = new Point((a.x() + b.x()) / 2, a.y());
            }
        }
        return best == null ? midpoint(points) : best;
    }

    /** The point halfway along a polyline. */
    static Point midpoint(List<Point> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += dist(points.get(i - 1), points.get(i));
        }
        double half = total / 2;
        for (int i = 1; i < points.size(); i++) {
            double d = dist(points.get(i - 1), points.get(i));
            if (d >= half && d > 0) {
                Point a = points.get(i - 1);
                Point b = points.get(i);
                double t = half / d;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            half -= d;
        }
        return points.get(0);
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(b.x() - a.x(), b.y() - a.y());
    }
}
