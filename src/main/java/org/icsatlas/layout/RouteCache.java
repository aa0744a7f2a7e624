package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;

/**
 * The corridor routes of one layout, kept for the next. A route depends only on its two ports and on the
 * geometry of the containers it passes ({@link CorridorRouter#chain}); when none of those changed inside and they
 * all moved by one offset (a place pushed along its row by a neighbour that grew), the old route, moved by that
 * offset, is exactly the route the router would draw again. So a relayout after one edit re-routes only the lines
 * whose surroundings changed instead of every line between footprints.
 */
final class RouteCache {
    static final RouteCache EMPTY = new RouteCache(Map.of(), Map.of(), 0);

    /** What one route was made from, and the route. */
    record Route(ElementId from, ElementId to, CorridorRouter.Port fromPort, CorridorRouter.Port toPort,
                 List<ElementId> chain, List<Point> points) {
    }

    private final Map<ElementId, Route> routes;
    /** Shapes of the containers the routes pass; the top level is the null key. */
    private final Map<ElementId, Shape> shapes;

    private final int reused;

    private RouteCache(Map<ElementId, Route> routes, Map<ElementId, Shape> shapes, int reused) {
        this.routes = routes;
        this.shapes = shapes;
        this.reused = reused;
    }

    /** How many corridor routes the layout holds. */
    int size() {
        return routes.size();
    }

    /** How many of them were taken over from the layout before rather than routed again. */
    int reused() {
        return reused;
    }

    /** Collects the routes of one layout, reusing those of {@code previous} where nothing they depend on changed. */
    static final class Builder {
        private final RouteCache previous;
        private final CorridorRouter router;
        private final Map<ElementId, Route> routes = new HashMap<>();
        private final Map<ElementId, Shape> shapes = new HashMap<>();
        private int reused;

        Builder(RouteCache previous, CorridorRouter router) {
            this.previous = previous == null ? EMPTY : previous;
            this.router = router;
        }

        /** The route of {@code relation}: the previous one moved into place when still valid, else a new one. */
        List<Point> route(ElementId relation, ElementId from, ElementId to, CorridorRouter.Port fromPort,
                          CorridorRouter.Port toPort) {
            List<ElementId> chain = router.chain(from, to);
            List<Point> points = reuse(previous.routes.get(relation), from, to, fromPort, toPort, chain);
            if (points == null) {
                points = router.route(from, to, fromPort, toPort);
            } else {
                reused++;
            }
            routes.put(relation, new Route(from, to, fromPort, toPort, chain, points));
            return points;
        }

        private List<Point> reuse(Route was, ElementId from, ElementId to, CorridorRouter.Port fromPort,
                                  CorridorRouter.Port toPort, List<ElementId> chain) {
            if (was == null || !was.from().equals(from) || !was.to().equals(to) || !was.chain().equals(chain)
                    || was.fromPort().top() != fromPort.top() || was.toPort().top() != toPort.top()) {
                return null;
            }
            double dx = Double.NaN;
            double dy = Double.NaN;
            for (ElementId c : chain) {
                Shape now = shape(c);
                Shape then = previous.shapes.get(c);
                if (!now.sameInside(then)) {
                    return null;
                }
                double cx = now.corner().x() - then.corner().x();
                double cy = now.corner().y() - then.corner().y();
                if (Double.isNaN(dx)) {
                    dx = cx;
                    dy = cy;
                } else if (!Shape.near(cx, dx) || !Shape.near(cy, dy)) {
                    return null;
                }
            }
            if (!Shape.near(fromPort.x(), was.fromPort().x() + dx)
                    || !Shape.near(toPort.x(), was.toPort().x() + dx)) {
                return null;
            }
            if (dx == 0 && dy == 0) {
                return was.points();
            }
            List<Point> moved = new ArrayList<>(was.points().size());
            for (Point p : was.points()) {
                moved.add(new Point(p.x() + dx, p.y() + dy));
            }
            return moved;
        }

        private Shape shape(ElementId container) {
            Shape s = shapes.get(container);
            if (s == null && !shapes.containsKey(container)) {
                s = router.shape(container);
                shapes.put(container, s);
            }
            return s;
        }

        RouteCache build() {
            for (Route r : routes.values()) {
                for (ElementId c : r.chain()) {
                    shape(c);
                }
            }
            return new RouteCache(Collections.unmodifiableMap(routes), Collections.unmodifiableMap(shapes), reused);
        }
    }

    /**
     * A container's corner and, relative to it, its size, content top, children and title: two shapes that are
     * {@link #sameInside} route every edge alike, moved by the difference of their corners.
     */
    record Shape(Point corner, double width, double height, double contentTop, double[] kids, double title) {
        private static final double EPS = 1e-6;

        boolean sameInside(Shape o) {
            if (o == null || kids.length != o.kids.length || !near(width, o.width) || !near(height, o.height)
                    || !near(contentTop, o.contentTop) || !near(title, o.title)) {
                return false;
            }
            for (int i = 0; i < kids.length; i++) {
                if (!near(kids[i], o.kids[i])) {
                    return false;
                }
            }
            return true;
        }

        static boolean near(double a, double b) {
            return Math.abs(a - b) <= EPS;
        }
    }
}
