package org.icsatlas.model;

import java.util.AbstractSet;
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
 * A model's relations: by id, in model order, and each element's outgoing and incoming ones, also in model order
 * (so a rule reading a body's memberships needs no sort). It replaces a JGraphT multigraph, whose index of every
 * edge (keyed by the whole relation's hash) cost a fifth of reading a 200,000-element file and a tenth of its memory;
 * {@link IcsModel#graph()} still builds a JGraphT graph on request. The model checks every change before handing
 * it here: these methods only record it.
 */
final class RelationIndex {
    private final Map<ElementId, Relation> byId = new HashMap<>();
    private final OrderedIds order = new OrderedIds();
    /** Where each element's relations are kept: with the element itself ({@link ContainmentTree.Placed#ends}). */
    private final ContainmentTree tree;
    /** All relations in model order; null when a change has made it stale. Immutable, so other threads may read it. */
    private volatile List<Relation> ordered;

    /** The relations at one element, created with its first relation. */
    static final class Ends {
        final List<Relation> out = new ArrayList<>(2);
        final List<Relation> in = new ArrayList<>(2);
    }

    RelationIndex(ContainmentTree tree) {
        this.tree = tree;
    }

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

    Set<Relation> outgoing(ElementId element) {
        Ends e = endsOf(element);
        return e == null ? Set.of() : new ListSet(e.out);
    }

    Set<Relation> incoming(ElementId element) {
        Ends e = endsOf(element);
        return e == null ? Set.of() : new ListSet(e.in);
    }

    /** Incoming, then outgoing (the order a JGraphT graph gave). */
    List<Relation> of(ElementId element) {
        Ends e = endsOf(element);
        if (e == null) {
            return List.of();
        }
        List<Relation> out = new ArrayList<>(e.in.size() + e.out.size());
        out.addAll(e.in);
        out.addAll(e.out);
        return List.copyOf(out);
    }

    int degree(ElementId element) {
        Ends e = endsOf(element);
        return e == null ? 0 : e.in.size() + e.out.size();
    }

    /** Records a relation at {@code index} in model order (-1 or the size: at the end). */
    void add(Relation r, int index) {
        byId.put(r.id(), r);
        ordered = null;
        if (index < 0 || index == order.size()) {
            order.add(r.id());
            ends(r.source()).out.add(r);
            ends(r.target()).in.add(r);
        } else {
            order.add(index, r.id());
            insertInOrder(ends(r.source()).out, r, index);
            insertInOrder(ends(r.target()).in, r, index);
        }
    }

    void remove(Relation r) {
        byId.remove(r.id());
        order.remove(r.id());
        ordered = null;
        detach(r);
    }

    /** Replaces {@code old} by {@code r} (same id), keeping its place in model order and at its ends. */
    void replace(Relation old, Relation r) {
        byId.put(r.id(), r);
        ordered = null;
        if (old.source().equals(r.source()) && old.target().equals(r.target())) {
            List<Relation> out = endsOf(r.source()).out;
            List<Relation> in = endsOf(r.target()).in;
            out.set(identityIndex(out, old), r);
            in.set(identityIndex(in, old), r);
        } else {
            detach(old);
            int index = order.indexOf(r.id());
            insertInOrder(ends(r.source()).out, r, index);
            insertInOrder(ends(r.target()).in, r, index);
        }
    }

    private void detach(Relation r) {
        Ends s = endsOf(r.source());
        s.out.remove(identityIndex(s.out, r));
        Ends t = endsOf(r.target());
        t.in.remove(identityIndex(t.in, r));
        dropIfEmpty(r.source(), s);
        dropIfEmpty(r.target(), t);
    }

    private void dropIfEmpty(ElementId element, Ends e) {
        if (e.in.isEmpty() && e.out.isEmpty()) {
            tree.placed(element).ends = null;
        }
    }

    /** The element's relations, or null when it has none (or is no element). */
    private Ends endsOf(ElementId element) {
        ContainmentTree.Placed p = tree.placed(element);
        return p == null ? null : p.ends;
    }

    /** The element's relations, created if need be: the element is in the tree (the model checked). */
    private Ends ends(ElementId element) {
        ContainmentTree.Placed p = tree.placed(element);
        if (p.ends == null) {
            p.ends = new Ends();
        }
        return p.ends;
    }

    /** Inserts {@code r}, which stands at {@code index} in model order, before the first relation after it. */
    private void insertInOrder(List<Relation> list, Relation r, int index) {
        int at = list.size();
        for (int i = 0; i < list.size(); i++) {
            if (order.indexOf(list.get(i).id()) > index) {
                at = i;
                break;
            }
        }
        list.add(at, r);
    }

    private static int identityIndex(List<Relation> list, Relation r) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == r) {
                return i;
            }
        }
        throw new IllegalStateException("relation " + r.id() + " is not recorded at its ends");
    }

    /** The relations as a read-only JGraphT multigraph over {@code elements} (its vertices, in that order). */
    Graph<ElementId, Relation> toGraph(List<Element> elements) {
        Graph<ElementId, Relation> g = new AbstractBaseGraph<>(null, null, DefaultGraphType.directedMultigraph(),
                new DefaultGraphSpecificsStrategy<>()) {
            private static final long serialVersionUID = 1L;
        };
        for (Element e : elements) {
            g.addVertex(e.id());
        }
        for (Relation r : ordered()) {
            g.addEdge(r.source(), r.target(), r);
        }
        return new AsUnmodifiableGraph<>(g);
    }

    /** A read-only set view of a list of distinct relations, as {@link IcsModel#outgoing} hands out. */
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
