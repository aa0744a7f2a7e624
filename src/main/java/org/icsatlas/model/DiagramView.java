package org.icsatlas.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Collections;

/**
 * A named way of looking at the model: which footprint it starts from ({@code root}, null for the whole model),
 * which footprints are collapsed, which element and relation kinds are hidden, the positions the user pinned
 * (by element id, relative to the parent footprint), the zoom, and which statuses it leaves out
 * ({@code hiddenStatuses}: e.g. {@code PROPOSED} for "show proposed" off). By default a view shows every status:
 * proposed, shadow and abolished elements and relations are drawn, marked as such, because a board paper about a
 * transition needs both sides; a view hides them explicitly. Hiding a status hides the elements and relations
 * that have it and the relations of hidden elements. The view also records the arrangement the user saw
 * ({@code arrangedAspect}: the width / height ratio the layout wrapped places into rows for, 0 when none was
 * recorded), so a later open or a command-line export draws the same boxes. Immutable; the model stores no
 * geometry anywhere else. With {@code membersAsList} a body's memberships are listed inside its box (chair first, each
 * role in brackets) instead of being drawn as lines; every other relation stays a line.
 */
public record DiagramView(ElementId id, String name, ElementId root, SortedSet<ElementId> collapsed,
                          SortedSet<String> hiddenElementKinds, SortedSet<RelationKind> hiddenRelationKinds,
                          SortedMap<ElementId, Position> pinned, double zoom, SortedSet<Status> hiddenStatuses,
                          double arrangedAspect, boolean membersAsList) {

    public DiagramView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        collapsed = Collections.unmodifiableSortedSet(new TreeSet<>(collapsed == null ? Set.of() : collapsed));
        hiddenElementKinds = Collections.unmodifiableSortedSet(new TreeSet<>(hiddenElementKinds == null ? Set.of() : hiddenElementKinds));
        TreeSet<RelationKind> rk = new TreeSet<>(Comparator.comparing(Enum::ordinal));
        if (hiddenRelationKinds != null) {
            rk.addAll(hiddenRelationKinds);
        }
        hiddenRelationKinds = Collections.unmodifiableSortedSet(rk);
        pinned = Collections.unmodifiableSortedMap(new TreeMap<>(pinned == null ? Map.of() : pinned));
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            zoom = 1.0;
        }
        hiddenStatuses = Collections.unmodifiableSortedSet(new TreeSet<>(hiddenStatuses == null ? Set.of() : hiddenStatuses));
        if (hiddenStatuses.contains(Status.CURRENT)) {
            throw new IllegalArgumentException("a view always shows current elements and relations");
        }
        if (!(arrangedAspect > 0) || Double.isInfinite(arrangedAspect)) {
            arrangedAspect = 0;
        }
    }

    /** A view that draws memberships as lines (the form every view had before member lists). */
    public DiagramView(ElementId id, String name, ElementId root, SortedSet<ElementId> collapsed,
                       SortedSet<String> hiddenElementKinds, SortedSet<RelationKind> hiddenRelationKinds,
                       SortedMap<ElementId, Position> pinned, double zoom, SortedSet<Status> hiddenStatuses,
                       double arrangedAspect) {
        this(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, hiddenStatuses, arrangedAspect, false);
    }

    /** A view with the given hidden statuses and no recorded arrangement. */
    public DiagramView(ElementId id, String name, ElementId root, SortedSet<ElementId> collapsed,
                       SortedSet<String> hiddenElementKinds, SortedSet<RelationKind> hiddenRelationKinds,
                       SortedMap<ElementId, Position> pinned, double zoom, SortedSet<Status> hiddenStatuses) {
        this(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, hiddenStatuses, 0);
    }

    /** A view that shows every status, with the recorded arrangement. */
    public DiagramView(ElementId id, String name, ElementId root, SortedSet<ElementId> collapsed,
                       SortedSet<String> hiddenElementKinds, SortedSet<RelationKind> hiddenRelationKinds,
                       SortedMap<ElementId, Position> pinned, double zoom, double arrangedAspect) {
        this(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, null, arrangedAspect);
    }

    /** A view that shows every status (the form every view had before statuses). */
    public DiagramView(ElementId id, String name, ElementId root, SortedSet<ElementId> collapsed,
                       SortedSet<String> hiddenElementKinds, SortedSet<RelationKind> hiddenRelationKinds,
                       SortedMap<ElementId, Position> pinned, double zoom) {
        this(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, null, 0);
    }

    public boolean shows(Status status) {
        return !hiddenStatuses.contains(status);
    }

    /** Whether the element is drawn: its kind and its status are shown. */
    public boolean shows(Element element) {
        return shows(element.kind()) && shows(element.status());
    }

    /** Whether the relation is drawn as far as it alone goes: its kind and its status are shown (its ends aside). */
    public boolean shows(Relation relation) {
        return shows(relation.kind()) && shows(relation.status());
    }

    public DiagramView withStatusShown(Status status, boolean shown) {
        TreeSet<Status> h = new TreeSet<>(hiddenStatuses);
        if (shown) {
            h.remove(status);
        } else {
            h.add(status);
        }
        return new DiagramView(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, h, arrangedAspect, membersAsList);
    }

    /**
     * A copy that draws memberships as a list inside each body's box ({@code true}) or as lines ({@code false}).
     * Reporting, delegation and the other kinds stay lines either way.
     */
    public DiagramView withMembersAsList(boolean asList) {
        return new DiagramView(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, hiddenStatuses,
                arrangedAspect, asList);
    }

    /** Whether the view records the arrangement the user saw. */
    public boolean hasArrangement() {
        return arrangedAspect > 0;
    }

    /** A copy recording that places were wrapped into rows for a frame of width / height {@code aspect} (0 forgets it). */
    public DiagramView withArrangedAspect(double aspect) {
        return new DiagramView(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, hiddenStatuses, aspect, membersAsList);
    }

    /** A view of the whole model with everything shown. */
    public static DiagramView whole(String id, String name) {
        return new DiagramView(ElementId.of(id), name, null, null, null, null, null, 1.0, 0);
    }

    public boolean isCollapsed(ElementId footprint) {
        return collapsed.contains(footprint);
    }

    public boolean shows(ElementKind kind) {
        return !hiddenElementKinds.contains(kind.name());
    }

    public boolean shows(RelationKind kind) {
        return !hiddenRelationKinds.contains(kind);
    }

    public DiagramView withName(String newName) {
        return new DiagramView(id, newName, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, hiddenStatuses, arrangedAspect, membersAsList);
    }

    public DiagramView withRoot(ElementId newRoot) {
        return new DiagramView(id, name, newRoot, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, hiddenStatuses, arrangedAspect, membersAsList);
    }

    public DiagramView withCollapsed(ElementId footprint, boolean isCollapsed) {
        TreeSet<ElementId> c = new TreeSet<>(collapsed);
        if (isCollapsed) {
            c.add(footprint);
        } else {
            c.remove(footprint);
        }
        return new DiagramView(id, name, root, c, hiddenElementKinds, hiddenRelationKinds, pinned, zoom, hiddenStatuses, arrangedAspect, membersAsList);
    }

    public DiagramView withElementKindShown(ElementKind kind, boolean shown) {
        TreeSet<String> h = new TreeSet<>(hiddenElementKinds);
        if (shown) {
            h.remove(kind.name());
        } else {
            h.add(kind.name());
        }
        return new DiagramView(id, name, root, collapsed, h, hiddenRelationKinds, pinned, zoom, hiddenStatuses, arrangedAspect, membersAsList);
    }

    public DiagramView withRelationKindShown(RelationKind kind, boolean shown) {
        TreeSet<RelationKind> h = new TreeSet<>(Comparator.comparing(Enum::ordinal));
        h.addAll(hiddenRelationKinds);
        if (shown) {
            h.remove(kind);
        } else {
            h.add(kind);
        }
        return new DiagramView(id, name, root, collapsed, hiddenElementKinds, h, pinned, zoom, hiddenStatuses, arrangedAspect, membersAsList);
    }

    public DiagramView withHiddenRelationKinds(Collection<RelationKind> kinds) {
        return new DiagramView(id, name, root, collapsed, hiddenElementKinds, new TreeSet<>(kinds), pinned, zoom, hiddenStatuses, arrangedAspect, membersAsList);
    }

    /** A copy with the element pinned at {@code position}, or unpinned when {@code position} is null. */
    public DiagramView withPinned(ElementId element, Position position) {
        TreeMap<ElementId, Position> p = new TreeMap<>(pinned);
        if (position == null) {
            p.remove(element);
        } else {
            p.put(element, position);
        }
        return new DiagramView(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, p, zoom, hiddenStatuses, arrangedAspect, membersAsList);
    }

    public DiagramView withZoom(double newZoom) {
        return new DiagramView(id, name, root, collapsed, hiddenElementKinds, hiddenRelationKinds, pinned, newZoom, hiddenStatuses, arrangedAspect, membersAsList);
    }
}
