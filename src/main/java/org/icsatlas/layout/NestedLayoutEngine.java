package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.icsatlas.layout.LayoutMemo.Arrangement;
import org.icsatlas.layout.LayoutMemo.Size;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Position;

/**
 * The standard {@link LayoutEngine}: each footprint is arranged on its own, children before parents (ELK layered for
 * its elements, in parallel across footprints; rows for its child footprints), and remembered in the layout it
 * returns; edges inside one footprint keep ELK's routes, the rest are routed through the corridors between boxes.
 * Keeps no layout state between calls (only box sizes by name), so it is safe to share; a call never changes the
 * model. See docs/decisions/0002-layout-engine.md.
 */
public final class NestedLayoutEngine implements LayoutEngine {
    private static final int MAX_REMEMBERED_NAMES = 100_000;

    private final LayoutMetrics metrics;
    /** Box sizes by name: wrapping names is the costliest step of a relayout that ELK does not run in. */
    private final Map<String, Size> nodeSizes = new ConcurrentHashMap<>();

    public NestedLayoutEngine(LayoutMetrics metrics) {
        this.metrics = metrics;
    }

    private Size nodeSize(String name) {
        if (nodeSizes.size() > MAX_REMEMBERED_NAMES) {
            nodeSizes.clear();
        }
        return nodeSizes.computeIfAbsent(name, n -> {
            List<String> lines = metrics.nodeLines(n);
            return new Size(metrics.nodeWidth(lines), metrics.nodeHeight(lines));
        });
    }

    /** The box of a visible element: its name, and the members it lists when the view lists them. */
    private Size nodeSize(VisibleDiagram vis, ElementId element) {
        String name = vis.elementValues.get(element).name();
        MemberList list = vis.memberLists.get(element);
        if (list == null) {
            return nodeSize(name);
        }
        ListedBox box = ListedBox.of(metrics, name, list);
        return new Size(box.width(), box.height());
    }

    @Override
    public LayoutMetrics metrics() {
        return metrics;
    }

    @Override
    public DiagramLayout layout(IcsModel model, DiagramView view, DiagramLayout previous, Set<ElementId> touchedFootprints,
                                LayoutMonitor monitor) {
        return layout(VisibleDiagram.of(model, view), view, previous, touchedFootprints, monitor);
    }

    /** Only what the view shows: laying it out needs nothing else of the model. */
    @Override
    public LayoutInput snapshot(IcsModel model, DiagramView view) {
        return LayoutInput.visible(model, view);
    }

    @Override
    public DiagramLayout layout(LayoutInput input, DiagramLayout previous, Set<ElementId> touchedFootprints,
                                LayoutMonitor monitor) {
        return layout(input.visibleDiagram(), input.view(), previous, touchedFootprints, monitor);
    }

    private DiagramLayout layout(VisibleDiagram vis, DiagramView view, DiagramLayout previous,
                                 Set<ElementId> touchedFootprints, LayoutMonitor monitor) {
        LayoutMonitor mon = monitor == null ? LayoutMonitor.NONE : monitor;
        Set<ElementId> touched = touchedFootprints == null ? Set.of() : touchedFootprints;
        mon.checkCancelled();
        LayoutMemo memo = previous != null && previous.memo() != null && previous.memo().metrics().equals(metrics)
                ? previous.memo() : null;
        Map<ElementId, List<VisibleDiagram.Edge>> byParent = vis.edgesBySharedParent();
        FootprintArranger arranger = new FootprintArranger(metrics);

        Map<ElementId, ElementBlock.Key> keys = new HashMap<>();
        for (ElementId fp : vis.footprints) {
            if (!vis.collapsed.contains(fp)) {
                keys.put(fp, blockKey(vis, fp, byParent.get(fp)));
            }
        }
        Map<ElementId, ElementBlock> blocks = new ElementBlocks(metrics).compute(keys,
                memo == null ? null : memo.footprints(), mon, 0.8);

        Map<ElementId, Size> sizes = new HashMap<>();
        Map<ElementId, FootprintArranger.Result> arranged = new HashMap<>();
        Map<ElementId, Arrangement> nextMemo = new HashMap<>();
        int done = 0;
        for (ElementId fp : vis.bottomUp()) {
            mon.checkCancelled();
            Footprint value = vis.footprintValues.get(fp);
            String name = value.name();
            if (vis.collapsed.contains(fp)) {
                sizes.put(fp, collapsedSize(fp, value, vis, memo, touched));
            } else {
                FootprintArranger.Input in = new FootprintArranger.Input(keys.get(fp), blocks.get(fp),
                        vis.footprintChildren.get(fp), sizes, childSet(vis.collapsed, vis.footprintChildren.get(fp)),
                        pins(view, vis.elementChildren.get(fp), vis.footprintChildren.get(fp)),
                        metrics.headerHeight(), metrics.footprintPadding(), metrics.headerWidth(name, value.level()), metrics.spacing(),
                        memo == null ? null : memo.footprints().get(fp), touched.contains(fp), view.membersAsList());
                FootprintArranger.Result r = arranger.arrange(in);
                arranged.put(fp, r);
                nextMemo.put(fp, r.arrangement());
                sizes.put(fp, new Size(r.width(), r.height()));
            }
            mon.report(0.8 + 0.05 * ++done / Math.max(1, vis.footprints.size()));
        }
        FootprintArranger.Result top = arranger.arrange(new FootprintArranger.Input(
                new ElementBlock.Key(List.of(), List.of()), ElementBlock.EMPTY, vis.tops, sizes, childSet(vis.collapsed, vis.tops),
                pins(view, List.of(), vis.tops), 0, 0, 0, 2 * metrics.spacing(),
                memo == null ? null : memo.top(), previous == null));

        Map<ElementId, FootprintLayout> footprints = new LinkedHashMap<>();
        Map<ElementId, NodeLayout> nodes = new LinkedHashMap<>();
        Map<ElementId, Box> absolute = new HashMap<>();
        for (ElementId fp : vis.footprints) {
            ElementId p = vis.parent.get(fp);
            Point at = (p == null ? top : arranged.get(p)).positions().get(fp);
            Size s = sizes.get(fp);
            Box box = new Box(at.x(), at.y(), s.width(), s.height());
            boolean collapsed = vis.collapsed.contains(fp);
            footprints.put(fp, new FootprintLayout(fp, p, box, metrics.headerHeight(), collapsed,
                    collapsed ? vis.hiddenRelationCounts.getOrDefault(fp, 0) : 0));
            Box pa = p == null ? null : absolute.get(p);
            absolute.put(fp, pa == null ? box : box.translate(pa.x(), pa.y()));
            if (!collapsed) {
                Box fa = absolute.get(fp);
                for (ElementId e : vis.elementChildren.get(fp)) {
                    Element el = vis.elementValues.get(e);
                    Point ep = arranged.get(fp).positions().get(e);
                    Size es = nodeSize(vis, e);
                    Box eb = new Box(ep.x(), ep.y(), es.width(), es.height());
                    nodes.put(e, new NodeLayout(e, fp, eb));
                    absolute.put(e, eb.translate(fa.x(), fa.y()));
                }
            }
        }
        mon.checkCancelled();
        EdgeRouting routing = new EdgeRouting(metrics, vis, arranged, absolute, memo == null ? RouteCache.EMPTY : memo.routes());
        Map<ElementId, EdgeLayout> edges = routing.route(mon);
        mon.report(1);
        return new DiagramLayout(footprints, nodes, edges, routing.labelBoxes(), metrics,
                new LayoutMemo(metrics, Map.copyOf(nextMemo), top.arrangement(), routing.routes()), vis.memberLists);
    }

    /** Lays out a tiny nested model a few times, to load and warm ELK and this engine. */
    @Override
    public LayoutEngine withAspectRatio(double ratio) {
        return ratio == metrics.aspectRatio() ? this : new NestedLayoutEngine(metrics.withAspectRatio(ratio));
    }

    static void warmUpNow() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("warm-system", "System", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("warm-place", "Place", FootprintLevel.PLACE), ElementId.of("warm-system"), -1);
        m.addElement(Element.of("warm-board", BodyKind.INTEGRATED_CARE_BOARD, "Board"), ElementId.of("warm-system"), -1);
        m.addElement(Element.of("warm-committee", BodyKind.COMMITTEE, "Committee"), ElementId.of("warm-system"), -1);
        m.addElement(Element.of("warm-trust", OrganisationKind.ACUTE_TRUST, "Trust"), ElementId.of("warm-place"), -1);
        m.addRelation(Relation.of("warm-r1", RelationKind.REPORTS_TO, "warm-committee", "warm-board"), -1);
        m.addRelation(Relation.membership("warm-r2", "warm-trust", "warm-board", MemberRole.MEMBER, true), -1);
        LayoutEngine engine = LayoutEngine.standard();
        for (int i = 0; i < 5; i++) {
            engine.layout(m, DiagramView.whole("warm-view", "Warm-up"));
        }
    }

    private ElementBlock.Key blockKey(VisibleDiagram vis, ElementId fp, List<VisibleDiagram.Edge> internal) {
        List<ElementBlock.Node> nodes = new ArrayList<>();
        for (ElementId e : vis.elementChildren.get(fp)) {
            Size size = nodeSize(vis, e);
            nodes.add(new ElementBlock.Node(e, size.width(), size.height()));
        }
        List<ElementBlock.Edge> edges = new ArrayList<>();
        if (internal != null) {
            for (VisibleDiagram.Edge e : internal) {
                if (vis.elementValues.containsKey(e.from()) && vis.elementValues.containsKey(e.to())) {
                    String label = EdgeLayout.labelText(e.relation());
                    edges.add(new ElementBlock.Edge(e.relation().id(), e.from(), e.to(),
                            metrics.labelWidth(label), metrics.labelHeight(label)));
                }
            }
        }
        List<ElementId> childFootprints = vis.footprintChildren.get(fp);
        boolean aboveRows = childFootprints != null && !childFootprints.isEmpty();
        return new ElementBlock.Key(nodes, edges, aboveRows ? metrics.aspectRatio() * ABOVE_ROWS_WIDENING : metrics.aspectRatio());
    }

    /**
     * How much wider than the footprint's own target a block packs its unconnected groups of boxes when rows of
     * child footprints sit below it: those rows set the footprint's width anyway, so a block packed to the window's
     * shape would stand as a tall column beside empty space (SYB's "Governance only" view: seven separate bodies
     * stacked on the left of a system as wide as its five places).
     */
    private static final double ABOVE_ROWS_WIDENING = 3;

    /**
     * A collapsed footprint's box. While its parent keeps its arrangement, the box is no larger than the slot the
     * footprint had when expanded, so collapsing a small footprint never widens its parent (the canvas draws a
     * header title smaller where its band is too narrow). The same holds at the top level, whose arrangement is
     * kept by every relayout.
     */
    private Size collapsedSize(ElementId fp, Footprint value, VisibleDiagram vis, LayoutMemo memo, Set<ElementId> touched) {
        Size natural = new Size(metrics.collapsedWidth(value.name(), value.level()), metrics.collapsedHeight());
        ElementId parent = vis.parent.get(fp);
        if (memo == null || parent != null && touched.contains(parent)) {
            return natural;
        }
        LayoutMemo.Arrangement arrangement = parent == null ? memo.top() : memo.footprints().get(parent);
        Size slot = arrangement == null ? null : arrangement.slots().get(fp);
        return slot == null ? natural
                : new Size(Math.min(natural.width(), slot.width()), Math.min(natural.height(), slot.height()));
    }

    private static Set<ElementId> childSet(Set<ElementId> collapsed, List<ElementId> children) {
        Set<ElementId> out = new HashSet<>();
        for (ElementId c : children) {
            if (collapsed.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Map<ElementId, Position> pins(DiagramView view, List<ElementId> elements, List<ElementId> footprints) {
        if (view.pinned().isEmpty()) {
            return Map.of();
        }
        Map<ElementId, Position> out = new LinkedHashMap<>();
        for (List<ElementId> ids : List.of(elements, footprints)) {
            for (ElementId id : ids) {
                Position p = view.pinned().get(id);
                if (p != null) {
                    out.put(id, p);
                }
            }
        }
        return out;
    }
}
