package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.icsatlas.model.ElementId;

/**
 * Routes edges between boxes in different footprints orthogonally through the free corridors the arrangement
 * leaves: the horizontal gutters between the bands of a footprint's children (they run the full width, by
 * construction) and the vertical lanes between the children (the gaps between places in a row, the gaps between
 * elements). An edge leaves its box on the side facing the other end (up when the other end sits higher), climbs
 * out of each footprint on that side (crossing an ancestor's frame straight, clear of its title) up to the lowest
 * common ancestor of its ends, crosses there band by band, and enters the other end the same way. Lanes keep a
 * clear distance from the boxes and frames beside them; the narrow ring between a footprint's frame and its
 * children is used only when no lane between children exists. The cost per edge is linear in the number of
 * children of the few footprints it passes, so England's 15,000 relations route in well under a second.
 */
final class CorridorRouter {
    private final Map<ElementId, Box> boxes;
    private final Map<ElementId, ElementId> parent;
    private final Map<ElementId, List<ElementId>> children;
    private final Map<ElementId, Double> titleWidths;
    private final double header;
    private final double padding;
    private final double margin;
    private final double clearance;
    private final Map<ElementId, Container> containers = new HashMap<>();

    /**
     * @param boxes       absolute boxes of every visible footprint and element
     * @param parent      the visible footprint each box sits in (absent for the tops)
     * @param children    each expanded footprint's children, and the tops under {@code null}
     * @param titleWidths how far each footprint's title reaches into its header band from the left
     */
    CorridorRouter(Map<ElementId, Box> boxes, Map<ElementId, ElementId> parent, Map<ElementId, List<ElementId>> children,
                   Map<ElementId, Double> titleWidths, double header, double padding, double gap) {
        this.boxes = boxes;
        this.parent = parent;
        this.children = children;
        this.titleWidths = titleWidths;
        this.header = header;
        this.padding = padding;
        this.margin = Math.min(gap, padding) / 4;
        this.clearance = gap / 2;
    }

    /** The free geometry of one container: its box, its content top, its children and its gutters. */
    private record Container(ElementId id, Box box, double contentTop, Box[] kids, double[] gutters, double ringLeft,
                             double ringRight) {
    }

    /** One end of an edge: which side of its box it attaches to, and where along it. */
    record Port(boolean top, double x) {
    }

    /**
     * The side an edge leaves {@code from} by (true: top) when it goes to {@code to}: down only when the other end
     * lies lower, judged by the two children of the lowest common ancestor that hold the ends.
     */
    boolean leavesByTop(ElementId from, ElementId to) {
        ElementId lca = commonContainer(from, to);
        Box mine = boxes.get(childOf(lca, from));
        Box other = boxes.get(childOf(lca, to));
        boolean below = other.y() >= mine.maxY() || (other.maxY() > mine.y() && other.centreY() > mine.centreY() + 1);
        return !below;
    }

    List<Point> route(ElementId from, ElementId to, Port fromPort, Port toPort) {
        ElementId lca = commonContainer(from, to);
        Box target = boxes.get(childOf(lca, to));
        List<Point> a = climb(from, fromPort, lca, target.centreX());
        Point ea = a.get(a.size() - 1);
        List<Point> b = climb(to, toPort, lca, ea.x());
        Point eb = b.get(b.size() - 1);
        List<Point> path = new ArrayList<>(a);
        if (ea.y() != eb.y()) {
            path.addAll(stair(container(lca), ea.x(), ea.y(), eb.y(), eb.x(), false));
        }
        for (int i = b.size() - 1; i >= 0; i--) {
            path.add(b.get(i));
        }
        return simplify(path);
    }

    /**
     * The points from the port on {@code node}'s box to a gutter of container {@code until}, leaving every
     * footprint on the way through its top or its bottom frame, as the port says.
     */
    private List<Point> climb(ElementId node, Port port, ElementId until, double towardX) {
        List<Point> pts = new ArrayList<>();
        Box box = boxes.get(node);
        ElementId cur = containerOf(node);
        Container c = container(cur);
        boolean up = port.top();
        double x = port.x();
        if (up && !verticalFree(c, x, gutterAbove(c, box), box.y(), box)) {
            double alt = laneOnSide(c, box, x);
            if (Double.isNaN(alt)) {
                up = false;
            } else {
                x = alt;
            }
        }
        double y = up ? gutterAbove(c, box) : gutterBelow(c, box);
        pts.add(new Point(x, up ? box.y() : box.maxY()));
        x = sidestep(c, box, x, up ? box.y() : box.maxY(), y, up, pts);
        pts.add(new Point(x, y));
        while (!Objects.equals(cur, until)) {
            double frame = up ? c.box().y() : c.box().maxY();
            pts.addAll(stair(c, x, y, frame, towardX, true));
            x = pts.get(pts.size() - 1).x();
            ElementId out = containerOf(cur);
            Container pc = container(out);
            double frameY = pts.get(pts.size() - 1).y();
            y = up ? gutterAbove(pc, c.box()) : gutterBelow(pc, c.box());
            x = sidestep(pc, c.box(), x, frameY, y, up, pts);
            pts.add(new Point(x, y));
            cur = out;
            c = pc;
        }
        return pts;
    }

    /**
     * When a sibling sits between {@code box} and the gutter it is heading for (a pinned footprint can stand in the
     * same band as its neighbours), steps sideways in the gap just outside the box's frame to a lane that is free
     * all the way to the gutter, adding the points of that step to {@code pts}. Returns the x to go on from.
     * Rows of unpinned children never need it: nothing stands between a child and the gutters around its band.
     */
    private double sidestep(Container c, Box box, double x, double fromY, double toY, boolean up, List<Point> pts) {
        double y1 = Math.min(fromY, toY);
        double y2 = Math.max(fromY, toY);
        if (verticalFree(c, x, y1, y2, box)) {
            return x;
        }
        // the nearest sibling in the way, across the box's width, bounds the gap to step sideways in
        double edge = up ? box.y() : box.maxY();
        double nearest = toY;
        for (Box k : c.kids()) {
            if (k.maxX() <= box.x() || k.x() >= box.maxX() || k == box || k.equals(box)) {
                continue;
            }
            if (up && k.maxY() <= edge && k.maxY() > nearest) {
                nearest = k.maxY();
            } else if (!up && k.y() >= edge && k.y() < nearest) {
                nearest = k.y();
            }
        }
        double stepY = (edge + nearest) / 2;
        double alt = lane(c, Math.min(stepY, toY), Math.max(stepY, toY), x, c.box().x(), c.box().maxX(), false);
        if (Double.isNaN(alt)) {
            alt = ring(c, x);
        }
        pts.add(new Point(x, stepY));
        pts.add(new Point(alt, stepY));
        return alt;
    }

    /** Another x on the top side of {@code box} from which a line rises freely to the gutter above; NaN if none. */
    private double laneOnSide(Container c, Box box, double preferred) {
        double y1 = gutterAbove(c, box);
        double x = lane(c, y1, box.y(), preferred, box.x() + margin, box.maxX() - margin, false);
        return Double.isNaN(x) || !verticalFree(c, x, y1, box.y(), box) ? Double.NaN : x;
    }

    /**
     * Vertical travel in container {@code c} from (x, y) to {@code yEnd}, band by band: at every gutter on the way
     * the route may step sideways to a lane that is free through the next band. When {@code leaving}, the last
     * stretch crosses the container's own header band, clear of its title. Returns the points after (x, y).
     */
    private List<Point> stair(Container c, double x, double y, double yEnd, double towardX, boolean leaving) {
        List<Point> pts = new ArrayList<>();
        List<Double> stops = new ArrayList<>();
        boolean down = yEnd > y;
        for (double g : c.gutters()) {
            if (down ? g > y && g < yEnd : g < y && g > yEnd) {
                stops.add(g);
            }
        }
        if (!down) {
            java.util.Collections.reverse(stops);
        }
        stops.add(yEnd);
        double cx = x;
        double cy = y;
        // a single straight lane through every band is best; step band by band only when there is none
        double straight = pick(c, Math.min(y, yEnd), Math.max(y, yEnd), cx, towardX, leaving && !down);
        if (!Double.isNaN(straight)) {
            pts.add(new Point(straight, cy));
            pts.add(new Point(straight, yEnd));
            return pts;
        }
        for (double stop : stops) {
            boolean last = stop == yEnd;
            double preferred = pick(c, Math.min(cy, stop), Math.max(cy, stop), cx, towardX, last && leaving && !down);
            if (Double.isNaN(preferred)) {
                // the title sits at the left of the header band, so a route out through the top uses the right ring
                preferred = leaving && !down ? c.ringRight() : ring(c, towardX);
            }
            pts.add(new Point(preferred, cy));
            pts.add(new Point(preferred, stop));
            cx = preferred;
            cy = stop;
        }
        return pts;
    }

    /** The footprint around {@code id}; null stands for the virtual container of the top level. */
    private ElementId containerOf(ElementId id) {
        return parent.get(id);
    }

    /** The child of container {@code lca} that holds {@code id}, or {@code id} itself when it sits directly in it. */
    private ElementId childOf(ElementId lca, ElementId id) {
        ElementId cur = id;
        while (!Objects.equals(containerOf(cur), lca)) {
            cur = containerOf(cur);
        }
        return cur;
    }

    private ElementId commonContainer(ElementId a, ElementId b) {
        List<ElementId> chain = new ArrayList<>();
        for (ElementId c = containerOf(a); c != null; c = containerOf(c)) {
            chain.add(c);
        }
        for (ElementId c = containerOf(b); c != null; c = containerOf(c)) {
            if (chain.contains(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * The containers a route from {@code from} to {@code to} passes: each footprint from the one holding
     * {@code from} up to their lowest common ancestor (null for the top level), then those on the other side.
     * A route depends on nothing but these containers' geometry, their titles and its two ports.
     */
    List<ElementId> chain(ElementId from, ElementId to) {
        ElementId lca = commonContainer(from, to);
        List<ElementId> out = new ArrayList<>();
        for (ElementId c = containerOf(from); ; c = containerOf(c)) {
            out.add(c);
            if (Objects.equals(c, lca)) {
                break;
            }
        }
        for (ElementId c = containerOf(to); !Objects.equals(c, lca); c = containerOf(c)) {
            out.add(c);
        }
        return out;
    }

    /** The geometry of container {@code id} that routes through it depend on, relative to its top-left corner. */
    RouteCache.Shape shape(ElementId id) {
        Container c = container(id);
        Box b = c.box();
        double[] kids = new double[4 * c.kids().length];
        for (int i = 0; i < c.kids().length; i++) {
            Box k = c.kids()[i];
            kids[4 * i] = k.x() - b.x();
            kids[4 * i + 1] = k.y() - b.y();
            kids[4 * i + 2] = k.width();
            kids[4 * i + 3] = k.height();
        }
        return new RouteCache.Shape(new Point(b.x(), b.y()), b.width(), b.height(), c.contentTop() - b.y(), kids,
                id == null ? 0 : titleWidths.getOrDefault(id, 0.0));
    }

    private Container container(ElementId id) {
        return containers.computeIfAbsent(id, this::build);
    }

    private Container build(ElementId id) {
        List<ElementId> kids = children.getOrDefault(id, List.of());
        Box[] kb = new Box[kids.size()];
        for (int i = 0; i < kb.length; i++) {
            kb[i] = boxes.get(kids.get(i));
        }
        Arrays.sort(kb, Comparator.comparingDouble(Box::y));
        Box box;
        double top;
        if (id == null) {
            box = outline(kb);
            top = box.y();
        } else {
            box = boxes.get(id);
            top = box.y() + header;
        }
        List<Double> gutters = new ArrayList<>();
        double free = top;
        double bandEnd = top;
        for (Box k : kb) {
            if (k.y() > bandEnd) {
                gutters.add((free + k.y()) / 2);
            }
            bandEnd = Math.max(bandEnd, k.maxY());
            free = bandEnd;
        }
        gutters.add((free + box.maxY()) / 2);
        double[] g = gutters.stream().mapToDouble(Double::doubleValue).toArray();
        return new Container(id, box, top, kb, g, box.x() + padding / 2, box.maxX() - padding / 2);
    }

    private Box outline(Box[] kids) {
        if (kids.length == 0) {
            return new Box(0, 0, 0, 0);
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Box k : kids) {
            minX = Math.min(minX, k.x());
            minY = Math.min(minY, k.y());
            maxX = Math.max(maxX, k.maxX());
            maxY = Math.max(maxY, k.maxY());
        }
        return new Box(minX - padding, minY - padding, maxX - minX + 2 * padding, maxY - minY + 2 * padding);
    }

    private static double gutterAbove(Container c, Box child) {
        double best = (c.contentTop() + child.y()) / 2;
        for (double g : c.gutters()) {
            if (g < child.y()) {
                best = g;
            }
        }
        return best;
    }

    private static double gutterBelow(Container c, Box child) {
        for (double g : c.gutters()) {
            if (g > child.maxY()) {
                return g;
            }
        }
        return (child.maxY() + c.box().maxY()) / 2;
    }

    private boolean verticalFree(Container c, double x, double y1, double y2, Box self) {
        for (Box k : c.kids()) {
            // the geometry first: most kids are nowhere near the line, and a record's equals costs more
            if (k.x() - margin < x && k.maxX() + margin > x && k.y() < y2 && k.maxY() > y1 && k != self && !k.equals(self)) {
                return false;
            }
        }
        return true;
    }

    /** The lane that makes the route shortest on its way from {@code fromX} toward {@code towardX}; NaN if none. */
    private double pick(Container c, double y1, double y2, double fromX, double towardX, boolean title) {
        double a = lane(c, y1, y2, fromX, c.box().x(), c.box().maxX(), title);
        double b = lane(c, y1, y2, towardX, c.box().x(), c.box().maxX(), title);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return Double.isNaN(a) ? b : a;
        }
        double da = Math.abs(a - fromX) + Math.abs(a - towardX);
        double db = Math.abs(b - fromX) + Math.abs(b - towardX);
        return db < da - 1e-9 ? b : a;
    }

    /**
     * The x nearest {@code preferred}, between {@code lo} and {@code hi}, where a vertical line from y1 to y2 meets
     * none of the container's children (nor its title, when {@code title}) and keeps {@link #clearance} from them,
     * or sits in the middle of a narrower gap; the ring next to the frame does not count. NaN when there is none.
     */
    private double lane(Container c, double y1, double y2, double preferred, double lo, double hi, boolean title) {
        List<double[]> blocked = new ArrayList<>();
        for (Box k : c.kids()) {
            if (k.y() < y2 && k.maxY() > y1) {
                blocked.add(new double[] {k.x(), k.maxX()});
            }
        }
        if (title && c.id() != null) {
            // the header width counts the padding on both sides of the title; only the left one is taken
            blocked.add(new double[] {c.box().x(), c.box().x() + titleWidths.getOrDefault(c.id(), 0.0) - padding / 2});
        }
        blocked.sort(Comparator.comparingDouble(b -> b[0]));
        double left = Math.max(lo, c.ringLeft() + padding / 2);
        double right = Math.min(hi, c.ringRight() - padding / 2);
        double best = Double.NaN;
        double free = left;
        for (double[] b : blocked) {
            best = closer(preferred, best, gapLane(preferred, free, Math.min(b[0], right), free == left, false));
            free = Math.max(free, b[1]);
        }
        return closer(preferred, best, gapLane(preferred, free, right, free == left, true));
    }

    /** The lane in the free gap from a to b (a frame side or a box side each), or NaN when it is too narrow. */
    private double gapLane(double preferred, double a, double b, boolean aIsFrame, boolean bIsFrame) {
        // a lane squeezed closer than half the clearance to a box would read as part of its frame
        double lo = a + (aIsFrame ? 0 : clearance / 2);
        double hi = b - (bIsFrame ? 0 : clearance / 2);
        if (hi < lo) {
            return Double.NaN;
        }
        double keepLo = a + (aIsFrame ? 0 : clearance);
        double keepHi = b - (bIsFrame ? 0 : clearance);
        if (keepHi < keepLo) {
            return (lo + hi) / 2;
        }
        return clamp(preferred, keepLo, keepHi);
    }

    /** The side ring of the container nearer {@code x}: the last resort for a vertical stretch. */
    private static double ring(Container c, double x) {
        return Math.abs(c.ringLeft() - x) <= Math.abs(c.ringRight() - x) ? c.ringLeft() : c.ringRight();
    }

    private static double closer(double target, double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.abs(b - target) < Math.abs(a - target) ? b : a;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Drops repeated points and the middle of three points on one straight line. */
    static List<Point> simplify(List<Point> in) {
        List<Point> out = new ArrayList<>();
        for (Point p : in) {
            if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
                continue;
            }
            if (out.size() >= 2) {
                Point a = out.get(out.size() - 2);
                Point b = out.get(out.size() - 1);
                if ((a.x() == b.x() && b.x() == p.x()) || (a.y() == b.y() && b.y() == p.y())) {
                    out.set(out.size() - 1, p);
                    continue;
                }
            }
            out.add(p);
        }
        return List.copyOf(out);
    }
}
