package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Group;
import javafx.scene.Node;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.MemberList;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.render.drawing.ElementLook;
import org.icsatlas.render.drawing.RelationLook;

/**
 * The skins of one drawn layout, in three layers (footprints under edges under elements), indexed by model id.
 * Footprints and elements are always in their layer; an edge joins its layer the first time it is shown.
 * A new layout updates the drawing in place: skins whose footprint or element did not change are moved or kept
 * rather than rebuilt, and an edge skin whose relation did not change takes its new route in place, which keeps a
 * relayout of one footprint cheap even at England scale. Each layer keeps a {@link SkinGrid} of its skins for the
 * culler, updated in the same pass: only the skins that came, went or moved are refiled.
 */
final class DiagramDrawing {
    /** One layer of skins: its group in the scene, its skins and the grid they are filed in. */
    record Layer(Group group, Collection<? extends SkinNode> skins, SkinGrid grid) {
    }

    private final FxTokens tokens;
    /** The ids whose skins show a pin marker. */
    private final Set<ElementId> marked = new java.util.HashSet<>();
    private final Group footprintLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group elementLayer = new Group();
    private final Group root = new Group(footprintLayer, edgeLayer, elementLayer);
    private Map<ElementId, FootprintSkin> footprints = new LinkedHashMap<>();
    private Map<ElementId, ElementSkin> elements = new LinkedHashMap<>();
    private Map<ElementId, EdgeSkin> edges = new LinkedHashMap<>();
    private Map<ElementId, List<EdgeSkin>> edgesAt = new HashMap<>();
    private SkinGrid footprintGrid = SkinGrid.covering(new Box(0, 0, 1, 1), 0);
    private SkinGrid edgeGrid = footprintGrid;
    private SkinGrid elementGrid = footprintGrid;
    private DiagramLayout layout = DiagramLayout.empty();
    private long generation;
    private long nextEdgeOrder;

    DiagramDrawing(FxTokens tokens) {
        this.tokens = tokens;
    }

    Group root() {
        return root;
    }

    DiagramLayout layout() {
        return layout;
    }

    /** Redraws for {@code next}; {@code model} supplies names, kinds and relations (read on the FX thread). */
    void show(DiagramLayout next, IcsModel model, LayoutMetrics metrics) {
        layout = next;
        generation++;
        Map<ElementId, FootprintSkin> fs = new LinkedHashMap<>();
        for (FootprintLayout fl : next.footprints().values()) {
            Optional<Footprint> f = model.footprint(fl.id());
            if (f.isEmpty()) {
                continue;
            }
            Box abs = next.absolute(fl.id()).orElseThrow();
            FootprintSkin old = footprints.get(fl.id());
            if (old != null && old.canShow(f.get(), fl, abs)) {
                
                old.relocate(abs);
                fs.put(fl.id(), old);
            } else {
                fs.put(fl.id(), new FootprintSkin(f.get(), fl, abs, tokens.table().footprint(f.get().level()), tokens, metrics));
            }
        }
        Map<ElementId, ElementSkin> es = new LinkedHashMap<>();
        for (NodeLayout nl : next.nodes().values()) {
            Optional<Element> e = model.element(nl.id());
            if (e.isEmpty()) {
                continue;
            }
            Box abs = next.absolute(nl.id()).orElseThrow();
            ElementSkin old = elements.get(nl.id());
            if (old != null && old.canShow(e.get(), abs, next.memberList(nl.id()).orElse(null))) {
                
                old.relocate(abs);
                es.put(nl.id(), old);
            } else {
                MemberList list = next.memberList(nl.id()).orElse(null);
                es.put(nl.id(), new ElementSkin(e.get(), abs, new ElementLook(tokens.table(), metrics).styleOf(e.get(), list), tokens,
                        metrics, list));
            }
        }
        Map<ElementId, EdgeSkin> ds = new LinkedHashMap<>();
        Map<ElementId, List<EdgeSkin>> at = new HashMap<>();
        for (EdgeLayout el : next.edges().values()) {
            Optional<Relation> r = model.relation(el.relation());
            if (r.isEmpty() || el.points().size() < 2) {
                continue;
            }
            EdgeSkin old = edges.get(el.relation());
            EdgeSkin skin;
            if (old != null && old.canReroute(r.get())) {
                old.reroute(el);
                skin = old;
            } else {
                skin = new EdgeSkin(el, r.get(), new RelationLook(tokens.table(), metrics).styleOf(r.get()), tokens, metrics.labelFontSize());
            }
            if (skin != old) {
                // The order the layer had before edges joined it lazily: a replacement takes its predecessor's
                // place, a new edge goes on top.
                skin.setDrawOrder(old != null ? old.drawOrder() : nextEdgeOrder++);
            }
            ds.put(el.relation(), skin);
            at.computeIfAbsent(el.from(), k -> new ArrayList<>()).add(skin);
            at.computeIfAbsent(el.to(), k -> new ArrayList<>()).add(skin);
        }
        sync(footprintLayer, footprints, fs);
        detachGone(edgeLayer, edges, ds);
        sync(elementLayer, elements, es);
        Box extent = next.bounds();
        footprintGrid = refile(footprintGrid, footprints, fs, extent);
        edgeGrid = refile(edgeGrid, edges, ds, extent);
        elementGrid = refile(elementGrid, elements, es, extent);
        footprints = fs;
        elements = es;
        edges = ds;
        edgesAt = at;
    }

    /**
     * Brings a layer's children from the skins in {@code was} to those in {@code now} touching only what changed:
     * a replaced skin takes its predecessor's place (so nesting order holds), gone skins leave, new ones join on
     * top, each in one pass over the layer. Re-adding every child instead makes JavaFX restyle and re-sync the
     * whole layer, which at England scale costs more than the layout itself.
     */
    private static <S extends SkinNode> void sync(Group layer, Map<ElementId, S> was, Map<ElementId, S> now) {
        ObservableList<Node> children = layer.getChildren();
        if (was.isEmpty()) {
            children.setAll(now.values());
            return;
        }
        Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Node, Node> replaced = new IdentityHashMap<>();
        List<Node> added = new ArrayList<>();
        for (Map.Entry<ElementId, S> e : was.entrySet()) {
            S next = now.get(e.getKey());
            if (next == null) {
                gone.add(e.getValue());
            } else if (next != e.getValue()) {
                replaced.put(e.getValue(), next);
            }
        }
        for (Map.Entry<ElementId, S> e : now.entrySet()) {
            if (!was.containsKey(e.getKey())) {
                added.add(e.getValue());
            }
        }
        if (!replaced.isEmpty()) {
            for (int i = 0; i < children.size(); i++) {
                Node next = replaced.get(children.get(i));
                if (next != null) {
                    children.set(i, next);
                }
            }
        }
        if (!gone.isEmpty()) {
            children.removeIf(gone::contains);
        }
        children.addAll(added);
    }

    /**
     * Takes the edges that left or were replaced out of their layer. Edges join the layer only when the culler
     * first shows them ({@link #attach}): most of an England-scale drawing's 15,000 relations are never looked at
     * closely, and every node in the scene costs a little on every frame even when hidden.
     */
    private static <S extends SkinNode> void detachGone(Group layer, Map<ElementId, S> was, Map<ElementId, S> now) {
        Set<Node> gone = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Map.Entry<ElementId, S> e : was.entrySet()) {
            if (now.get(e.getKey()) != e.getValue() && e.getValue().getParent() == layer) {
                gone.add(e.getValue());
            }
        }
        if (gone.size() == layer.getChildren().size()) {
            layer.getChildren().clear();
        } else if (!gone.isEmpty()) {
            layer.getChildren().removeIf(gone::contains);
        }
    }

    /**
     * Adds skins shown for the first time to {@code layer}, where skins not yet shown are left out (edges), each at
     * its place in the layer's {@linkplain SkinNode#drawOrder drawing order}.
     */
    static void attach(Layer layer, List<SkinNode> skins) {
        if (skins.isEmpty()) {
            return;
        }
        skins.sort(Comparator.comparingLong(SkinNode::drawOrder));
        ObservableList<Node> children = layer.group().getChildren();
        int firstOnTop = skins.size();
        long top = children.isEmpty() ? Long.MIN_VALUE : ((SkinNode) children.get(children.size() - 1)).drawOrder();
        while (firstOnTop > 0 && skins.get(firstOnTop - 1).drawOrder() > top) {
            firstOnTop--;
        }
        for (int i = 0; i < firstOnTop; i++) {
            SkinNode s = skins.get(i);
            children.add(insertionPoint(children, s.drawOrder()), s);
        }
        children.addAll(skins.subList(firstOnTop, skins.size()));
    }

    /** The index of the first child drawn after {@code order}; children are kept sorted by drawing order. */
    private static int insertionPoint(List<Node> children, long order) {
        int lo = 0;
        int hi = children.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (((SkinNode) children.get(mid)).drawOrder() < order) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Brings a layer's grid from the skins in {@code was} to those in {@code now}: gone and replaced skins leave,
     * new and moved ones are (re)filed, unmoved ones are left alone. A diagram that outgrew the grid, or whose skin
     * count changed a lot, gets a fresh grid instead.
     */
    private static <S extends SkinNode> SkinGrid refile(SkinGrid grid, Map<ElementId, S> was, Map<ElementId, S> now,
                                                        Box extent) {
        int n = now.size();
        if (!grid.covers(extent) || n > 2 * grid.size() + 64 || 2 * n + 64 < grid.size()) {
            // Some slack around the diagram, so that an edit that grows it a little keeps the grid.
            double mx = extent.width() * 0.1 + 100;
            double my = extent.height() * 0.1 + 100;
            SkinGrid fresh = SkinGrid.covering(new Box(extent.x() - mx, extent.y() - my,
                    extent.width() + 2 * mx, extent.height() + 2 * my), n);
            for (S s : now.values()) {
                fresh.put(s);
            }
            return fresh;
        }
        for (Map.Entry<ElementId, S> e : was.entrySet()) {
            if (now.get(e.getKey()) != e.getValue()) {
                grid.remove(e.getValue());
            }
        }
        for (S s : now.values()) {
            grid.put(s);
        }
        return grid;
    }

    /** Counts {@link #show} calls, so a painter can tell a new drawing (with fresh, unpainted skins) from the last. */
    /** Puts a pin marker on the boxes in {@code pins}, and takes it off those no longer pinned. */
    void markPins(Set<ElementId> pins) {
        for (ElementId id : marked) {
            SkinNode s = skin(id);
            if (s != null && !pins.contains(id)) {
                s.setPinned(false);
            }
        }
        marked.clear();
        for (ElementId id : pins) {
            SkinNode s = skin(id);
            if (s != null) {
                s.setPinned(true);
                marked.add(id);
            }
        }
    }

    long generation() {
        return generation;
    }

    Map<ElementId, FootprintSkin> footprints() {
        return footprints;
    }

    Map<ElementId, ElementSkin> elements() {
        return elements;
    }

    Map<ElementId, EdgeSkin> edges() {
        return edges;
    }

    /** The drawn relations that start or end at a drawn element or collapsed footprint. */
    List<EdgeSkin> edgesAt(ElementId id) {
        return edgesAt.getOrDefault(id, List.of());
    }

    /** The three layers, bottom up: footprints, edges, elements (for culling and level of detail). */
    List<Layer> layers() {
        return List.of(new Layer(footprintLayer, footprints.values(), footprintGrid),
                new Layer(edgeLayer, edges.values(), edgeGrid),
                new Layer(elementLayer, elements.values(), elementGrid));
    }

    /** How many element skins overlap {@code area}, counting no further than {@code limit}. */
    int elementsIn(Box area, int limit) {
        return elementGrid.count(area, limit);
    }

    SkinNode skin(ElementId id) {
        SkinNode s = elements.get(id);
        if (s == null) {
            s = footprints.get(id);
        }
        return s;
    }
}
