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
 * construction) and vertical lanes found between the children. An edge leaves its box into a gutter of its
 * footprint, drops out through the bottom of each footprint up to the lowest common ancestor of its ends,
 * crosses there, and climbs into the other end the same way. The cost per edge is linear in the number of children
 * of the few footprints it passes, so England's 15,000 relations route in well under a second.
 */
final class CorridorRouter {
    private final Map<ElementId, Box> boxes;
    private final Map<ElementId, ElementId> parent;
    private final Map<ElementId, List<ElementId>> children;
    private final double header;
    private final double padding;
    private final double margin;
    private final Map<ElementId, Container> containers = new HashMap<>();

    /**
     * @param boxes    absolute boxes of every visible footprint and element
     * @param parent   the visible footprint each box sits in (absent for the tops)
     * @param children each expanded footprint's children, and the tops under {@code null}
     */
    CorridorRouter(Map<ElementId, Box> boxes, Map<ElementId, ElementId> parent, Map<ElementId, List<ElementId>> children,
                   double header, double padding, double gap) {
        this.boxes = boxes;
        this.parent = parent;
        this.children = children;
        this.header = header;
        this.padding = padding;
        this.margin = Math.min(gap, padding) / 4;
    }

    /** The free geometry of one container: its box, its content top, its children and its gutters. */
    private record Container(Box box, double contentTop, Box[] kids, double[] gutters, double ringLeft, double ringRight) {
    }

    /** One end of an edge: which side of its box it attaches to, and where along it. */
    record Port(boolean top, double x) {
    }

    /** The side an edge leaves {@code from} by (true: top) when it goes to {@code to}. */
    boolean leavesByTop(ElementId from, ElementId to) {
        ElementId lca = commonContainer(from, to);
        if (!Objects.equals(containerOf(from), lca)) {
            return false;
        }
        return boxes.get(to).centreY() < boxes.get(from).centreY();
    }

    List<Point> route(ElementId from, ElementId to, Port fromPort, Port toPort) {
        ElementId lca = commonContainer(from, to);
        List<Point> a = climb(from, fromPort, lca);
        List<Point> b = climb(to, toPort, lca);
        Point ea = a.get(a.size() - 1);
        Point eb = b.get(b.size() - 1);
        List<Point> path = new ArrayList<>(a);
        if (ea.y() != eb.y()) {
            double x = freeX(container(lca), Math.min(ea.y(), eb.y()), Math.max(ea.y(), eb.y()), (ea.x() + eb.x()) / 2);
            path.add(new Point(x, ea.y()));
            path.add(new Point(x, eb.y()));
        }
        for (int i = b.size() - 1; i >= 0; i--) {
            path.add(b.get(i));
        }
        return simplify(path);
    }

    /** The points from the port on {@code node}'s box to a gutter of container {@code until}. */
    private List<Point> climb(ElementId node, Port port, ElementId until) {
        List<Point> pts = new ArrayList<>();
        Box box = boxes.get(node);
        ElementId cur = containerOf(node);
        Container c = container(cur);
        boolean top = port.top();
        double x = port.x();
        if (top && !verticalFree(c, x, gutterAbove(c, box), box.y(), box)) {
            top = false;
        }
        double y = top ? gutterAbove(c, box) : gutterBelow(c, box);
        pts.add(new Point(x, top ? box.y() : box.maxY()));
        pts.add(new Point(x, y));
        while (!Objects.equals(cur, until)) {
            double x2 = freeX(c, y, c.box().maxY(), x);
            pts.add(new Point(x2, y));
            pts.add(new Point(x2, c.box().maxY()));
            ElementId up = containerOf(cur);
            Container pc = container(up);
            y = gutterBelow(pc, c.box());
            x = x2;
            pts.add(new Point(x, y));
            cur = up;
            c = pc;
        }
        return pts;
    }

    /** The footprint around {@code id}; null stands for the virtual container of the top level. */
    private ElementId containerOf(ElementId id) {
        return parent.get(id);
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
        return new Container(box, top, kb, g, box.x() + padding / 2, box.maxX() - padding / 2);
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
            if (k != self && !k.equals(self) && k.x() - margin < x && k.maxX() + margin > x && k.y() < y2 && k.maxY() > y1) {
                return false;
            }
        }
        return true;
    }

    /** The x nearest {@code preferred} where a vertical line from y1 to y2 meets none of the container's children. */
    private double freeX(Container c, double y1, double y2, double preferred) {
        List<double[]> blocked = new ArrayList<>();
        for (Box k : c.kids()) {
            if (k.y() < y2 && k.maxY() > y1) {
                blocked.add(new double[] {k.x() - margin, k.maxX() + margin});
            }
        }
        blocked.sort(Comparator.comparingDouble(b -> b[0]));
        double best = Math.abs(c.ringLeft() - preferred) <= Math.abs(c.ringRight() - preferred) ? c.ringLeft() : c.ringRight();
        double lo = c.ringLeft();
        for (double[] b : blocked) {
            if (b[0] > lo) {
                best = nearer(preferred, best, clamp(preferred, lo, Math.min(b[0], c.ringRight())));
            }
            lo = Math.max(lo, b[1]);
        }
        if (lo < c.ringRight()) {
            best = nearer(preferred, best, clamp(preferred, lo, c.ringRight()));
        }
        return best;
    }

    private static double nearer(double target, double a, double b) {
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
