package org.icsatlas.analysis;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * What "focus on this body" lights up, computed once for the canvas, the CLI and the exports alike: the body's
 * members, what it is itself a member of, the chain of accountability above it (transitively over
 * {@code REPORTS_TO}, and upstream over {@code DELEGATES_TO}: whoever delegates to a body in the chain is above
 * it), and what it delegates to (transitively downstream), with the relations that join them. Where the chain
 * ends at a body that reports to nothing and is delegated to by no one (a partnership deciding "in principle"),
 * its member organisations, who ratify its decisions, are its accountability: they join the chain, and the walk
 * goes on above them. {@code focused}
 * holds the element itself, or every element inside a footprint when the focus is a footprint.
 * Immutable; sets are sorted by id.
 */
public record FocusSet(ElementId focus, SortedSet<ElementId> focused, SortedSet<ElementId> members, SortedSet<ElementId> memberships,
                       SortedSet<ElementId> chain, SortedSet<ElementId> delegates, SortedSet<ElementId> relations) {

    public FocusSet {
        Objects.requireNonNull(focus, "focus");
        focused = frozen(focused);
        members = frozen(members);
        memberships = frozen(memberships);
        chain = frozen(chain);
        delegates = frozen(delegates);
        relations = frozen(relations);
    }

    /** The focus set of an element or footprint; an id the model does not know gives a set holding only itself. */
    public static FocusSet of(IcsModel model, ElementId id) {
        Collector c = new Collector(model);
        if (model.isFootprint(id)) {
            for (ElementId e : new TreeSet<>(model.elementsWithin(id))) {
                c.collect(e);
            }
        } else if (model.isElement(id)) {
            c.collect(id);
        }
        return new FocusSet(id, c.focused, c.members, c.memberships, c.chain, c.delegates, c.relations);
    }

    /** The focus id and every element lit with it: the focused elements, members, chain and delegates. */
    public SortedSet<ElementId> elements() {
        TreeSet<ElementId> all = new TreeSet<>();
        all.add(focus);
        all.addAll(focused);
        all.addAll(members);
        all.addAll(memberships);
        all.addAll(chain);
        all.addAll(delegates);
        return Collections.unmodifiableSortedSet(all);
    }

    /** Whether an element, footprint id or relation id is in focus. */
    public boolean contains(ElementId id) {
        return focus.equals(id) || focused.contains(id) || members.contains(id) || memberships.contains(id) || chain.contains(id)
                || delegates.contains(id) || relations.contains(id);
    }

    private static SortedSet<ElementId> frozen(SortedSet<ElementId> s) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(s == null ? Collections.emptySortedSet() : s));
    }

    /** Walks the relation graph from each focused element; the visited sets keep cycles finite. */
    private static final class Collector {
        private final IcsModel model;
        final TreeSet<ElementId> members = new TreeSet<>();
        final TreeSet<ElementId> memberships = new TreeSet<>();
        final TreeSet<ElementId> chain = new TreeSet<>();
        final TreeSet<ElementId> delegates = new TreeSet<>();
        final TreeSet<ElementId> relations = new TreeSet<>();
        final TreeSet<ElementId> focused = new TreeSet<>();

        Collector(IcsModel model) {
            this.model = model;
        }

        void collect(ElementId start) {
            focused.add(start);
            members.remove(start);
            memberships.remove(start);
            chain.remove(start);
            delegates.remove(start);
            for (Relation r : model.incoming(start)) {
                if (r.kind() == RelationKind.MEMBER_OF) {
                    relations.add(r.id());
                    addUnlessFocused(members, r.source());
                }
            }
            for (Relation r : model.outgoing(start)) {
                if (r.kind() == RelationKind.MEMBER_OF) {
                    relations.add(r.id());
                    addUnlessFocused(memberships, r.target());
                }
            }
            walkUp(start);
            walkDown(start);
        }

        private void addUnlessFocused(TreeSet<ElementId> set, ElementId id) {
            if (!focused.contains(id)) {
                set.add(id);
            }
        }

        private void walkUp(ElementId start) {
            Deque<ElementId> todo = new ArrayDeque<>();
            todo.add(start);
            TreeSet<ElementId> seen = new TreeSet<>(Collections.singleton(start));
            while (!todo.isEmpty()) {
                ElementId at = todo.poll();
                boolean answers = false;
                for (Relation r : model.outgoing(at)) {
                    if (r.kind() == RelationKind.REPORTS_TO) {
                        answers = true;
                        relations.add(r.id());
                        step(r.target(), seen, todo, chain);
                    }
                }
                for (Relation r : model.incoming(at)) {
                    if (r.kind() == RelationKind.DELEGATES_TO) {
                        answers = true;
                        relations.add(r.id());
                        step(r.source(), seen, todo, chain);
                    }
                }
                if (!answers && isBody(at)) {
                    climbToRatifyingMembers(at, seen, todo);
                }
            }
        }

        /** A body that answers to no one upward answers to its sovereign member organisations. */
        private void climbToRatifyingMembers(ElementId body, TreeSet<ElementId> seen, Deque<ElementId> todo) {
            for (Relation r : model.incoming(body)) {
                if (r.kind() == RelationKind.MEMBER_OF && isOrganisation(r.source())) {
                    relations.add(r.id());
                    step(r.source(), seen, todo, chain);
                }
            }
        }

        private boolean isBody(ElementId id) {
            return model.element(id).map(Element::isBody).orElse(false);
        }

        private boolean isOrganisation(ElementId id) {
            return model.element(id).map(e -> e.type() == ElementType.ORGANISATION).orElse(false);
        }

        private void walkDown(ElementId start) {
            Deque<ElementId> todo = new ArrayDeque<>();
            todo.add(start);
            TreeSet<ElementId> seen = new TreeSet<>(Collections.singleton(start));
            while (!todo.isEmpty()) {
                ElementId at = todo.poll();
                for (Relation r : model.outgoing(at)) {
                    if (r.kind() == RelationKind.DELEGATES_TO) {
                        relations.add(r.id());
                        step(r.target(), seen, todo, delegates);
                    }
                }
            }
        }

        private void step(ElementId next, TreeSet<ElementId> seen, Deque<ElementId> todo, TreeSet<ElementId> into) {
            if (seen.add(next)) {
                addUnlessFocused(into, next);
                todo.add(next);
            }
        }
    }
}
