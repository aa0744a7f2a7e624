package org.icsatlas.layout.hit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * Finds what lies under a point of a laid-out diagram, in layout (absolute diagram) coordinates, with no drawing:
 * the element, relation line, line end, connect handle, footprint header or footprint, and where a dragged box
 * would land (the innermost footprint under the pointer that is not the box itself or inside it). The canvas asks
 * it on every press, hover and drag step; exports and tests can ask it too. Tolerances are in layout units (divide
 * screen pixels by the zoom).
 */
public final class HitTester {
    /** How far (in layout units at 100 %) the connect handle sits to the right of an element box's edge. */
    public static final double HANDLE_OFFSET = 0;
    /** The connect handle's radius at 100 %. */
    public static final double HANDLE_RADIUS = 6;

    private final DiagramLayout layout;
    private final Map<ElementId, Integer> depth = new HashMap<>();

    public HitTester(DiagramLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
    }

    public DiagramLayout layout() {
        return layout;
    }

    /**
     * The topmost thing under {@code p}: a connect handle of an element in {@code handles} or an end of a relation in
     * {@code selectedRelations} first, then an element box, a relation line within {@code tolerance}, a footprint's
     * header band, a footprint. Empty over the background.
     */
    public Optional<Hit> at(Point p, double tolerance, Collection<ElementId> handles, Collection<ElementId> selectedRelations) {
        for (ElementId rel : selectedRelations) {
            EdgeLayout e = layout.edges().get(rel);
            if (e == null || e.points().size() < 2) {
                continue;
            }
            if (distance(p, e.points().get(e.points().size() - 1)) <= 2 * tolerance) {
                return Optional.of(new Hit(Hit.Kind.RELATION_TARGET_END, rel));
            }
            if (distance(p, e.points().get(0)) <= 2 * tolerance) {
                return Optional.of(new Hit(Hit.Kind.RELATION_SOURCE_END, rel));
            }
        }
        for (ElementId id : handles) {
            Optional<Box> b = layout.absolute(id);
            if (b.isPresent() && layout.nodes().containsKey(id)
                    && distance(p, connectHandle(b.get())) <= Math.max(HANDLE_RADIUS, 1.5 * tolerance)) {
                return Optional.of(new Hit(Hit.Kind.CONNECT_HANDLE, id));
            }
        }
        Optional<ElementId> element = elementAt(p);
        if (element.isPresent()) {
            return Optional.of(new Hit(Hit.Kind.ELEMENT, element.get()));
        }
        Optional<ElementId> relation = relationAt(p, tolerance);
        if (relation.isPresent()) {
            return Optional.of(new Hit(Hit.Kind.RELATION, relation.get()));
        }
        return footprintAt(p, Set.of()).map(f -> new Hit(onHeader(f, p) ? Hit.Kind.FOOTPRINT_HEADER : Hit.Kind.FOOTPRINT, f));
    }

    /** The topmost thing under {@code p}, with no handles or selected lines. */
    public Optional<Hit> at(Point p, double tolerance) {
        return at(p, tolerance, List.of(), List.of());
    }

    /** Where the connect handle of an element box is drawn: the middle of its right edge. */
    public static Point connectHandle(Box b) {
        return new Point(b.maxX() + HANDLE_OFFSET, b.centreY());
    }

    /** The element whose box holds {@code p}; element boxes never overlap once laid out. */
    public Optional<ElementId> elementAt(Point p) {
        for (NodeLayout n : layout.nodes().values()) {
            Box b = layout.absolute(n.id()).orElseThrow();
            if (inside(b, p)) {
                return Optional.of(n.id());
            }
        }
        return Optional.empty();
    }

    /** The relation whose line passes within {@code tolerance} of {@code p} (the nearest one). */
    public Optional<ElementId> relationAt(Point p, double tolerance) {
        ElementId best = null;
        double bestDistance = tolerance;
        for (EdgeLayout e : layout.edges().values()) {
            List<Point> pts = e.points();
            for (int i = 1; i < pts.size(); i++) {
                Point a = pts.get(i - 1);
                Point b = pts.get(i);
                if (p.x() < Math.min(a.x(), b.x()) - tolerance || p.x() > Math.max(a.x(), b.x()) + tolerance
                        || p.y() < Math.min(a.y(), b.y()) - tolerance || p.y() > Math.max(a.y(), b.y()) + tolerance) {
                    continue;
                }
                double d = segmentDistance(p, a, b);
                if (d <= bestDistance) {
                    bestDistance = d;
                    best = e.relation();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The innermost footprint whose box holds {@code p}, skipping {@code dragged} and everything inside them (a box
     * cannot be dropped into itself). This is the drop target of a drag.
     */
    public Optional<ElementId> footprintAt(Point p, Set<ElementId> dragged) {
        ElementId best = null;
        int bestDepth = -1;
        for (FootprintLayout f : layout.footprints().values()) {
            if (within(f.id(), dragged)) {
                continue;
            }
            Box b = layout.absolute(f.id()).orElseThrow();
            int d = depthOf(f.id());
            if (inside(b, p) && d > bestDepth) {
                best = f.id();
                bestDepth = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The drop target of {@code dragged} released at {@code p}: the innermost other footprint under the pointer. */
    public Optional<ElementId> dropTarget(Collection<ElementId> dragged, Point p) {
        return footprintAt(p, Set.copyOf(dragged));
    }

    /** Whether {@code p} is on footprint {@code id}'s header band (where it is grabbed to drag it). */
    public boolean onHeader(ElementId id, Point p) {
        FootprintLayout f = layout.footprints().get(id);
        if (f == null) {
            return false;
        }
        Box b = layout.absolute(id).orElseThrow();
        return inside(b, p) && (f.collapsed() || p.y() <= b.y() + f.headerHeight());
    }

    /**
     * The elements and footprints whose boxes lie wholly inside {@code area} (a rubber band): elements first, then
     * footprints, each in drawing order; a footprint inside another chosen one is left out (it comes with it).
     */
    public List<ElementId> within(Box area) {
        List<ElementId> out = new ArrayList<>();
        List<ElementId> footprints = new ArrayList<>();
        for (FootprintLayout f : layout.footprints().values()) {
            if (f.parent() != null && area.contains(layout.absolute(f.id()).orElseThrow())) {
                footprints.add(f.id());
            }
        }
        Set<ElementId> chosen = Set.copyOf(footprints);
        for (NodeLayout n : layout.nodes().values()) {
            if (area.contains(layout.absolute(n.id()).orElseThrow()) && !within(n.parent(), chosen)) {
                out.add(n.id());
            }
        }
        for (ElementId f : footprints) {
            FootprintLayout fl = layout.footprints().get(f);
            if (!within(fl.parent(), chosen)) {
                out.add(f);
            }
        }
        return out;
    }

    /** The parent footprint of a drawn element or footprint. */
    public Optional<ElementId> parentOf(ElementId id) {
        NodeLayout n = layout.nodes().get(id);
        if (n != null) {
            return Optional.ofNullable(n.parent());
        }
        FootprintLayout f = layout.footprints().get(id);
        return f == null ? Optional.empty() : Optional.ofNullable(f.parent());
    }

    /** Whether {@code id} is one of {@code roots} or drawn inside one of them. */
    private boolean within(ElementId id, Set<ElementId> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        for (ElementId p = id; p != null; p = parentOf(p).orElse(null)) {
            if (roots.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private int depthOf(ElementId id) {
        Integer d = depth.get(id);
        if (d != null) {
            return d;
        }
        ElementId parent = parentOf(id).orElse(null);
        int out = parent == null || !layout.footprints().containsKey(parent) ? 0 : depthOf(parent) + 1;
        depth.put(id, out);
        return out;
    }

    private static boolean inside(Box b, Point p) {
        return p.x() >= b.x() && p.x() <= b.maxX() && p.y() >= b.y() && p.y() <= b.maxY();
    }

    private static double distance(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    static double segmentDistance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len2 = dx * dx + dy * dy;
        if (len2 == 0) {
            return distance(p, a);
        }
        double t = Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
        return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
    }
}
