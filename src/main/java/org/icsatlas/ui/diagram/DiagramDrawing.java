package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;

/**
 * The skins of one drawn layout, in three layers (footprints under edges under elements), indexed by model id.
 * A new layout updates the drawing in place: skins whose footprint, element or route did not change are moved
 * or kept rather than rebuilt, which keeps a relayout of one footprint cheap even at England scale.
 */
final class DiagramDrawing {
    private final FxTokens tokens;
    private final Group footprintLayer = new Group();
    private final Group edgeLayer = new Group();
    private final Group elementLayer = new Group();
    private final Group root = new Group(footprintLayer, edgeLayer, elementLayer);
    private Map<ElementId, FootprintSkin> footprints = new LinkedHashMap<>();
    private Map<ElementId, ElementSkin> elements = new LinkedHashMap<>();
    private Map<ElementId, EdgeSkin> edges = new LinkedHashMap<>();
    private Map<ElementId, List<EdgeSkin>> edgesAt = new HashMap<>();
    private DiagramLayout layout = DiagramLayout.empty();
    private long generation;

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
            if (old != null && old.canShow(e.get(), abs)) {
                old.relocate(abs);
                es.put(nl.id(), old);
            } else {
                es.put(nl.id(), new ElementSkin(e.get(), abs, tokens.table().element(e.get().kind()), tokens, metrics));
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
            EdgeSkin skin = old != null && old.canShow(el, r.get()) ? old
                    : new EdgeSkin(el, r.get(), tokens.table().relation(r.get().kind()), tokens, metrics.labelFontSize());
            ds.put(el.relation(), skin);
            at.computeIfAbsent(el.from(), k -> new ArrayList<>()).add(skin);
            at.computeIfAbsent(el.to(), k -> new ArrayList<>()).add(skin);
        }
        sync(footprintLayer, footprints, fs);
        sync(edgeLayer, edges, ds);
        sync(elementLayer, elements, es);
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

    /** Counts {@link #show} calls, so a painter can tell a new drawing (with fresh, unpainted skins) from the last. */
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

    /** Every skin, for passes that treat them alike (culling, level of detail). */
    List<Collection<? extends SkinNode>> layers() {
        return List.of(footprints.values(), edges.values(), elements.values());
    }

    SkinNode skin(ElementId id) {
        SkinNode s = elements.get(id);
        if (s == null) {
            s = footprints.get(id);
        }
        return s;
    }
}
