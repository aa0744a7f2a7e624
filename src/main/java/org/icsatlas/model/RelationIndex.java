package org.icsatlas.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * A model's relations, kept in the model's JGraphT graph: a directed multigraph whose vertices are the model's
 * elements (ids) and whose edges are its relations. The graph is the store of every relation and of which relations
 * meet at each element; beside it this class keeps the look-up by id and the model order. Each element's outgoing
 * and incoming relations come out in model order (so a rule reading a body's memberships needs no sort): the graph
 * keeps its edges in the order they were added, which is model order while relations are only appended (reading a
 * file, adding one); after an insertion before the end (an undone removal) or a moved end, the sets are sorted by
 * model position as they are read. The graph is built without JGraphT's index of the edges between each pair of
 * vertices (the model never asks for it), and relations hash by id. The model checks every change before handing
 * it here: these methods only record it.
 */
final class RelationIndex {
    private final Graph<ElementId, Relation> graph = new AbstractBaseGraph<>(null, null, DefaultGraphType.directedMultigraph(),
            new DefaultGraphSpecificsStrategy<>()) {
        private static final long serialVersionUID = 1L;
    };
    private final Graph<ElementId, Relation> readOnly = new AsUnmodifiableGraph<>(graph);
    private final Map<ElementId, Relation> byId = new HashMap<>();
    private final OrderedIds order = new OrderedIds();
    /** All relations in model order; null when a change has made it stale. Immutable, so other threads may read it. */
    private volatile List<Relation> ordered;
    /** False once the graph's edge order at some element may differ from model order. */
    private boolean appendedOnly = true;

    Relation get(ElementId id) {
        return byId.get(id);
    }

    boolean contains(ElementId id) {
        return byId.containsKey(id);
    }

    int size() {
        return byId.size();
    }

    /** Position in model order, -1 if unknown. */
    int indexOf(ElementId id) {
        return byId.containsKey(id) ? order.indexOf(id) : -1;
    }

    /** Every relation in model order (shared and immutable). */
    List<Relation> ordered() {
        List<Relation> o = ordered;
        if (o == null) {
            List<Relation> out = new ArrayList<>(order.size());
            for (ElementId id : order) {
                out.add(byId.get(id));
            }
            o = Collections.unmodifiableList(out);
            ordered = o;
        }
        return o;
    }

    List<ElementId> ids() {
        return order;
    }

    /** An element joins the graph as a vertex (before any relation of it). */
    void elementAdded(ElementId element) {
        graph.addVertex(element);
    }

    /** An element with no relations leaves the graph. */
    void elementRemoved(ElementId element) {
        graph.removeVertex(element);
    }

    Set<Relation> outgoing(ElementId element) {
        return graph.containsVertex(element) ? inModelOrder(graph.outgoingEdgesOf(element)) : Set.of();
    }

    Set<Relation> incoming(ElementId element) {
        return graph.containsVertex(element) ? inModelOrder(graph.incomingEdgesOf(element)) : Set.of();
    }

    /** Incoming, then outgoing (the order JGraphT's {@code edgesOf} gives). */
    List<Relation> of(ElementId element) {
        if (!graph.containsVertex(element)) {
            return List.of();
        }
        Set<Relation> in = incoming(element);
        Set<Relation> out = outgoing(element);
        List<Relation> all = new ArrayList<>(in.size() + out.size());
        all.addAll(in);
        all.addAll(out);
        return List.copyOf(all);
    }

    int degree(ElementId element) {
        return graph.containsVertex(element) ? graph.degreeOf(element) : 0;
    }

    /** Records a relation at {@code index} in model order (-1 or the size: at the end). */
    void add(Relation r, int index) {
        byId.put(r.id(), r);
        ordered = null;
        if (index < 0 || index == order.size()) {
            order.add(r.id());
        } else {
            order.add(index, r.id());
            appendedOnly = false;
        }
        graph.addEdge(r.source(), r.target(), r);
    }

    void remove(Relation r) {
        byId.remove(r.id());
        order.remove(r.id());
        ordered = null;
        graph.removeEdge(r);
    }

    /** Replaces {@code old} by {@code r} (same id), keeping its place in model order. */
    void replace(Relation old, Relation r) {
        byId.put(r.id(), r);
        ordered = null;
        graph.removeEdge(old);
        graph.addEdge(r.source(), r.target(), r);
        // the edge now stands last at both ends, wherever it stands in model order
        appendedOnly = false;
    }

    /** The relation graph, read-only: vertices are element ids, edges are relations. */
    Graph<ElementId, Relation> graph() {
        return readOnly;
    }

    /** {@code edges} (distinct relations) as a read-only set in model order. */
    private Set<Relation> inModelOrder(Set<Relation> edges) {
        if (appendedOnly || edges.size() < 2) {
            return Collections.unmodifiableSet(edges);
        }
        Relation[] sorted = edges.toArray(new Relation[0]);
        Arrays.sort(sorted, Comparator.comparingInt(r -> order.indexOf(r.id())));
        return new ListSet(Arrays.asList(sorted));
    }

    /** A read-only set view of a list of distinct relations. */
    private static final class ListSet extends AbstractSet<Relation> {
        private final List<Relation> items;

        ListSet(List<Relation> items) {
            this.items = Collections.unmodifiableList(items);
        }

        @Override
        public Iterator<Relation> iterator() {
            return items.iterator();
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
