package org.icsatlas.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A model's footprint tree and the elements in it: each footprint and element by id, the parent of each, the
 * children and contents of each footprint in order ({@link OrderedIds}, so positions are hash look-ups), and both
 * in tree order, worked out once after each change. The model checks every change before handing it here: these
 * methods only record it.
 */
final class ContainmentTree {
    final Map<ElementId, Footprint> footprints = new HashMap<>();
    /** Each element with where it sits and its relations: one map entry per element, however much is known of it. */
    private final Map<ElementId, Placed> placed = new HashMap<>();
    /** Parent footprint of every footprint but the roots. */
    final Map<ElementId, ElementId> parents = new HashMap<>();
    private final Map<ElementId, List<ElementId>> childFootprints = new HashMap<>();
    private final Map<ElementId, List<ElementId>> contents = new HashMap<>();
    final List<ElementId> roots = new OrderedIds();
    /** Footprints and elements in tree order; null when the tree has changed since it was last worked out. */
    private volatile TreeOrder treeOrder;

    record TreeOrder(List<Footprint> footprints, List<Element> elements) {
    }

    /** An element and the footprint it sits in. */
    static final class Placed {
        Element element;
        ElementId footprint;

        Placed(Element element, ElementId footprint) {
            this.element = element;
            this.footprint = footprint;
        }
    }

    Placed placed(ElementId id) {
        return placed.get(id);
    }

    Element element(ElementId id) {
        Placed p = placed.get(id);
        return p == null ? null : p.element;
    }

    boolean hasElement(ElementId id) {
        return placed.containsKey(id);
    }

    int elementCount() {
        return placed.size();
    }

    /** Every element, in no particular order. */
    List<Element> allElements() {
        List<Element> out = new ArrayList<>(placed.size());
        for (Placed p : placed.values()) {
            out.add(p.element);
        }
        return out;
    }

    /** The elements whose footprint is missing or does not list them (none, unless the tree is damaged). */
    List<ElementId> unplaced() {
        List<ElementId> out = new ArrayList<>();
        for (Map.Entry<ElementId, Placed> e : placed.entrySet()) {
            ElementId f = e.getValue().footprint;
            if (f == null || !footprints.containsKey(f) || !contents(f).contains(e.getKey())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    /** The footprint a footprint or element sits in; null for a root or an unknown id. */
    ElementId parent(ElementId id) {
        Placed p = placed.get(id);
        return p != null ? p.footprint : parents.get(id);
    }

    void putElement(Element e, ElementId footprint) {
        placed.put(e.id(), new Placed(e, footprint));
    }

    void replaceElement(Element e) {
        placed.get(e.id()).element = e;
    }

    /** Forgets an element; returns the footprint it sat in. */
    ElementId removeElement(ElementId id) {
        return placed.remove(id).footprint;
    }

    void moveElement(ElementId id, ElementId footprint) {
        placed.get(id).footprint = footprint;
    }

    /** The footprints directly inside {@code footprint} (its roots for null), in order; empty if none. */
    List<ElementId> children(ElementId footprint) {
        return footprint == null ? roots : childFootprints.getOrDefault(footprint, List.of());
    }

    List<ElementId> contents(ElementId footprint) {
        return contents.getOrDefault(footprint, List.of());
    }

    /** The list of children of {@code footprint} (null: the roots) to change, created if need be. */
    List<ElementId> childrenToEdit(ElementId footprint) {
        return footprint == null ? roots : childFootprints.computeIfAbsent(footprint, k -> new OrderedIds());
    }

    List<ElementId> contentsToEdit(ElementId footprint) {
        return contents.computeIfAbsent(footprint, k -> new OrderedIds());
    }

    /** Forgets an empty footprint's child and content lists. */
    void forgetLists(ElementId footprint) {
        childFootprints.remove(footprint);
        contents.remove(footprint);
    }

    /** Drops the tree order after any change to footprints or elements. */
    void changed() {
        treeOrder = null;
    }

    /**
     * Footprints and elements in tree order, worked out once after each change to the tree: every rule asks for them,
     * and at 200,000 elements walking the tree with a hash look-up per element cost more than most rules. Immutable,
     * so a reader on another thread sees either none or a complete one.
     */
    TreeOrder order() {
        TreeOrder o = treeOrder;
        if (o == null) {
            List<Footprint> fs = new ArrayList<>(footprints.size());
            for (ElementId r : roots) {
                collectFootprints(r, fs);
            }
            List<Element> es = new ArrayList<>(placed.size());
            for (Footprint f : fs) {
                for (ElementId e : contents(f.id())) {
                    es.add(placed.get(e).element);
                }
            }
            o = new TreeOrder(List.copyOf(fs), List.copyOf(es));
            treeOrder = o;
        }
        return o;
    }

    private void collectFootprints(ElementId id, List<Footprint> out) {
        out.add(footprints.get(id));
        for (ElementId c : children(id)) {
            collectFootprints(c, out);
        }
    }

    List<ElementId> ancestors(ElementId id) {
        List<ElementId> out = new ArrayList<>();
        for (ElementId p = parent(id); p != null; p = parents.get(p)) {
            out.add(p);
        }
        return out;
    }

    /** Whether {@code footprint} is {@code id} itself or one of its ancestors. */
    boolean isWithin(ElementId id, ElementId footprint) {
        return id.equals(footprint) || ancestors(id).contains(footprint);
    }

    /** Position of a footprint among its siblings or of an element in its footprint; -1 if neither. */
    int indexOf(ElementId id) {
        if (footprints.containsKey(id)) {
            return children(parents.get(id)).indexOf(id);
        }
        Placed p = placed.get(id);
        if (p != null) {
            return contents(p.footprint).indexOf(id);
        }
        return -1;
    }

    void collectWithin(ElementId footprint, Set<ElementId> out) {
        out.addAll(contents(footprint));
        for (ElementId c : children(footprint)) {
            collectWithin(c, out);
        }
    }

    /** Fills the empty {@code into} with the same tree, built in tree order. */
    void copyInto(ContainmentTree into) {
        TreeOrder o = order();
        for (Footprint f : o.footprints()) {
            ElementId parent = parents.get(f.id());
            into.footprints.put(f.id(), f);
            if (parent != null) {
                into.parents.put(f.id(), parent);
            }
            into.childrenToEdit(parent).add(f.id());
        }
        for (Footprint f : o.footprints()) {
            List<ElementId> in = contents(f.id());
            if (!in.isEmpty()) {
                List<ElementId> to = into.contentsToEdit(f.id());
                for (ElementId id : in) {
                    into.placed.put(id, new Placed(placed.get(id).element, f.id()));
                    to.add(id);
                }
            }
        }
        into.treeOrder = o;
    }
}
