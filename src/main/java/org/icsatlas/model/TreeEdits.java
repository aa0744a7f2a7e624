package org.icsatlas.model;

import static org.icsatlas.model.ChangeEvents.touched;
import static org.icsatlas.model.EditChecks.insert;
import static org.icsatlas.model.EditChecks.requireIndex;
import static org.icsatlas.model.EditChecks.requireNests;

import java.util.List;

/**
 * The primitive changes to the footprint tree and the elements in it, behind {@link IcsModel}'s mutators of the same
 * names: each checks everything first ({@link ModelChecks}), then records the change in the {@link ContainmentTree}
 * and tells the listeners.
 */
final class TreeEdits {
    private final ContainmentTree tree;
    private final RelationIndex relations;
    private final ChangeEvents events;
    private final ModelChecks checks;

    TreeEdits(ContainmentTree tree, RelationIndex relations, ChangeEvents events, ModelChecks checks) {
        this.tree = tree;
        this.relations = relations;
        this.events = events;
        this.checks = checks;
    }

    /** Adds a footprint under {@code parent} (null: a root) at {@code index} (-1: at the end). */
    void addFootprint(Footprint f, ElementId parent, int index) {
        checks.requireFreeId(f.id());
        if (parent != null) {
            Footprint p = checks.requireFootprint(parent);
            requireNests(p, f);
        }
        List<ElementId> siblings = tree.childrenToEdit(parent);
        requireIndex(index, siblings.size());
        tree.footprints.put(f.id(), f);
        if (parent != null) {
            tree.parents.put(f.id(), parent);
        }
        insert(siblings, index, f.id());
        tree.changed();
        if (!events.unheard()) {
            events.fire(ChangeType.FOOTPRINT_ADDED, f.id(), touched(parent, f.id()));
        }
    }

    /** Removes an empty footprint (no child footprints, no elements). */
    void removeFootprint(ElementId id) {
        Footprint f = checks.requireFootprint(id);
        if (!tree.children(id).isEmpty() || !tree.contents(id).isEmpty()) {
            throw new IllegalEditException("'" + f.name() + "' still contains footprints or elements; remove them first");
        }
        ElementId parent = tree.parents.remove(id);
        tree.children(parent).remove(id);
        tree.footprints.remove(id);
        tree.changed();
        tree.forgetLists(id);
        events.fire(ChangeType.FOOTPRINT_REMOVED, id, touched(parent));
    }

    /** Replaces a footprint's name, level or note; the id must exist and the new level must still nest. */
    void updateFootprint(Footprint f) {
        Footprint old = checks.requireFootprint(f.id());
        ElementId parent = tree.parents.get(f.id());
        if (parent != null) {
            requireNests(tree.footprints.get(parent), f);
        }
        for (ElementId c : tree.children(f.id())) {
            requireNests(f, tree.footprints.get(c));
        }
        tree.footprints.put(f.id(), f);
        tree.changed();
        if (!old.equals(f)) {
            events.fire(ChangeType.FOOTPRINT_CHANGED, f.id(), touched(parent, f.id()));
        }
    }

    /** Adds an element to {@code footprint} at {@code index} (-1: at the end). */
    void addElement(Element e, ElementId footprint, int index) {
        checks.requireFreeId(e.id());
        checks.requireKnownKind(e);
        checks.requireFootprint(footprint);
        List<ElementId> list = tree.contentsToEdit(footprint);
        requireIndex(index, list.size());
        tree.putElement(e, footprint);
        relations.elementAdded(e.id());
        insert(list, index, e.id());
        tree.changed();
        if (!events.unheard()) {
            events.fire(ChangeType.ELEMENT_ADDED, e.id(), touched(footprint));
        }
    }

    /** Removes an element that takes part in no relation. */
    void removeElement(ElementId id) {
        Element e = checks.requireElement(id);
        if (relations.degree(id) > 0) {
            throw new IllegalEditException("'" + e.name() + "' still has " + relations.degree(id) + " relation(s); remove them first");
        }
        ElementId footprint = tree.removeElement(id);
        relations.elementRemoved(id);
        tree.contents(footprint).remove(id);
        tree.changed();
        events.fire(ChangeType.ELEMENT_REMOVED, id, touched(footprint));
    }

    /** Replaces an element's name, kind, title, note or attributes; its relations must still fit a changed kind. */
    void updateElement(Element e) {
        Element old = checks.requireElement(e.id());
        checks.requireKnownKind(e);
        if (old.type() != e.type()) {
            for (Relation r : relations.of(e.id())) {
                ElementType src = r.source().equals(e.id()) ? e.type() : tree.element(r.source()).type();
                ElementType tgt = r.target().equals(e.id()) ? e.type() : tree.element(r.target()).type();
                if (!r.kind().allowsSource(src) || !r.kind().allowsTarget(tgt)) {
                    throw new IllegalEditException("'" + old.name() + "' cannot become a " + e.kind().label().toLowerCase()
                            + ": its relation " + r.id() + " (" + r.kind().describeEnds() + ") would no longer fit");
                }
            }
        }
        tree.replaceElement(e);
        tree.changed();
        if (!old.equals(e)) {
            events.fire(ChangeType.ELEMENT_CHANGED, e.id(), touched(tree.parent(e.id())));
        }
    }

    /**
     * Moves a footprint (to {@code newParent}, null for a root) or an element (to footprint {@code newParent})
     * to {@code index} among its new siblings (-1: at the end).
     */
    void move(ElementId id, ElementId newParent, int index) {
        ElementId oldParent = tree.parent(id);
        if (tree.footprints.containsKey(id)) {
            Footprint f = tree.footprints.get(id);
            if (newParent != null) {
                Footprint p = checks.requireFootprint(newParent);
                if (tree.isWithin(newParent, id)) {
                    throw new IllegalEditException("cannot move '" + f.name() + "' inside itself");
                }
                requireNests(p, f);
            }
            relocate(id, tree.children(oldParent), tree.childrenToEdit(newParent), index);
            if (newParent == null) {
                tree.parents.remove(id);
            } else {
                tree.parents.put(id, newParent);
            }
            events.fire(ChangeType.FOOTPRINT_MOVED, id, touched(oldParent, newParent, id));
        } else if (tree.hasElement(id)) {
            if (newParent == null) {
                throw new IllegalEditException("every element must sit in a footprint");
            }
            checks.requireFootprint(newParent);
            relocate(id, tree.contents(oldParent), tree.contentsToEdit(newParent), index);
            tree.moveElement(id, newParent);
            events.fire(ChangeType.ELEMENT_MOVED, id, touched(oldParent, newParent));
        } else {
            throw new IllegalEditException("there is no footprint or element with id '" + id + "'");
        }
    }

    /** Moves {@code id} from the list {@code from} to {@code index} in {@code to} (-1: the end), which may be the same list. */
    private void relocate(ElementId id, List<ElementId> from, List<ElementId> to, int index) {
        requireIndex(index, to == from ? to.size() - 1 : to.size());
        from.remove(id);
        insert(to, index, id);
        tree.changed();
    }
}
