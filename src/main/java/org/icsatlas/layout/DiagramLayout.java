package org.icsatlas.layout;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.icsatlas.model.ElementId;

/**
 * The one geometry result that feeds the screen and every export: a box per visible footprint and element
 * (relative to its parent footprint) and a route per visible relation (absolute). Immutable. Iteration order
 * is drawing order: parents before children.
 */
public final class DiagramLayout {
    private final Map<ElementId, FootprintLayout> footprints;
    private final Map<ElementId, NodeLayout> nodes;
    private final Map<ElementId, EdgeLayout> edges;
    private final Box bounds;
    private final Map<ElementId, Box> absolute = new HashMap<>();
    private final LayoutMetrics metrics;
    private final Map<ElementId, Box> labelBoxes;
    /** What the engine remembers per footprint so that the next layout can keep untouched footprints still. */
    private final LayoutMemo memo;
    /** The members each body lists inside its box, when the view draws memberships as a list. */
    private final Map<ElementId, MemberList> memberLists;

    public DiagramLayout(Map<ElementId, FootprintLayout> footprints, Map<ElementId, NodeLayout> nodes,
                         Map<ElementId, EdgeLayout> edges) {
        this(footprints, nodes, edges, Map.of(), LayoutMetrics.DEFAULT, null);
    }

    /** A layout with edge labels in the given absolute boxes (hand-built layouts of tests and checks). */
    public DiagramLayout(Map<ElementId, FootprintLayout> footprints, Map<ElementId, NodeLayout> nodes,
                         Map<ElementId, EdgeLayout> edges, Map<ElementId, Box> labelBoxes) {
        this(footprints, nodes, edges, labelBoxes, LayoutMetrics.DEFAULT, null);
    }

    DiagramLayout(Map<ElementId, FootprintLayout> footprints, Map<ElementId, NodeLayout> nodes,
                  Map<ElementId, EdgeLayout> edges, Map<ElementId, Box> labelBoxes, LayoutMetrics metrics, LayoutMemo memo) {
        this(footprints, nodes, edges, labelBoxes, metrics, memo, Map.of());
    }

    DiagramLayout(Map<ElementId, FootprintLayout> footprints, Map<ElementId, NodeLayout> nodes,
                  Map<ElementId, EdgeLayout> edges, Map<ElementId, Box> labelBoxes, LayoutMetrics metrics, LayoutMemo memo,
                  Map<ElementId, MemberList> memberLists) {
        this.metrics = metrics;
        this.memberLists = Map.copyOf(memberLists);
        this.labelBoxes = Map.copyOf(labelBoxes);
        this.memo = memo;
        this.footprints = Collections.unmodifiableMap(new LinkedHashMap<>(footprints));
        this.nodes = Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        this.edges = Collections.unmodifiableMap(new LinkedHashMap<>(edges));
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        boolean first = true;
        for (ElementId id : this.footprints.keySet()) {
            Box b = absolute(id).orElseThrow();
            if (first) {
                minX = b.x();
                minY = b.y();
                maxX = b.maxX();
                maxY = b.maxY();
                first = false;
            } else {
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
            }
        }
        for (ElementId id : this.nodes.keySet()) {
            Box b = absolute(id).orElseThrow();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        for (Box b : this.labelBoxes.values()) {
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        this.bounds = new Box(minX, minY, maxX - minX, maxY - minY);
    }

    public static DiagramLayout empty() {
        return new DiagramLayout(Map.of(), Map.of(), Map.of());
    }

    /** The text sizes and spacing the boxes were sized with; draw names with these to make them fit. */
    public LayoutMetrics metrics() {
        return metrics;
    }

    LayoutMemo memo() {
        return memo;
    }

    /** This layout remembering everything but its routes: laying out from it routes every line afresh. */
    DiagramLayout withoutRouteCache() {
        return new DiagramLayout(footprints, nodes, edges, labelBoxes, metrics, memo == null ? null : memo.withoutRoutes(), memberLists);
    }

    public Map<ElementId, FootprintLayout> footprints() {
        return footprints;
    }

    public Map<ElementId, NodeLayout> nodes() {
        return nodes;
    }

    public Map<ElementId, EdgeLayout> edges() {
        return edges;
    }

    /**
     * The members {@code body}'s box lists (its size was measured with them, see {@link ListedBox}); empty when the
     * view draws memberships as lines or the body lists nobody.
     */
    public Optional<MemberList> memberList(ElementId body) {
        return Optional.ofNullable(memberLists.get(body));
    }

    /**
     * The visible footprint that {@code id} (an element box or a footprint) is drawn in; null for a top-level
     * footprint or an id this layout does not hold.
     */
    public ElementId parentOf(ElementId id) {
        NodeLayout n = nodes.get(id);
        if (n != null) {
            return n.parent();
        }
        FootprintLayout f = footprints.get(id);
        return f == null ? null : f.parent();
    }

    /** The absolute box an edge's label takes (its text in {@link #metrics()}); empty when the edge has no label. */
    public Optional<Box> labelBox(ElementId relation) {
        return Optional.ofNullable(labelBoxes.get(relation));
    }

    /** The smallest box holding every footprint, node and edge label, in absolute coordinates. */
    public Box bounds() {
        return bounds;
    }

    /** The absolute box of a visible footprint or element; empty when it is not in this layout. */
    public synchronized Optional<Box> absolute(ElementId id) {
        Box cached = absolute.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Box own;
        ElementId parent;
        FootprintLayout f = footprints.get(id);
        if (f != null) {
            own = f.box();
            parent = f.parent();
        } else {
            NodeLayout n = nodes.get(id);
            if (n == null) {
                return Optional.empty();
            }
            own = n.box();
            parent = n.parent();
        }
        Box result = own;
        if (parent != null && footprints.containsKey(parent)) {
            Box p = absolute(parent).orElseThrow();
            result = own.translate(p.x(), p.y());
        }
        absolute.put(id, result);
        return Optional.of(result);
    }
}
