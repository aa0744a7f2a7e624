package org.icsatlas.render.export;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.icsatlas.model.ElementId;

/**
 * What of a laid-out view goes onto the page: all of it, a chosen set of elements (the selection, or a focused
 * element with what focus shows), or one footprint with everything in it. Hidden kinds and collapsed footprints
 * stay hidden whatever the scope: a scope only narrows what the layout shows.
 */
public record ExportScope(String label, SortedSet<ElementId> elements, ElementId footprint) {
    public ExportScope {
        Objects.requireNonNull(label, "label");
        elements = elements == null ? null : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(elements));
    }

    /** Everything the view shows. */
    public static ExportScope wholeView() {
        return new ExportScope("view", null, null);
    }

    /** Just these elements (and collapsed footprints), with the footprints around them and the relations between them. */
    public static ExportScope elements(String label, Set<ElementId> ids) {
        return new ExportScope(label, new TreeSet<>(ids), null);
    }

    /** One footprint and everything drawn inside it. */
    public static ExportScope footprint(ElementId id) {
        return new ExportScope("footprint", null, id);
    }

    public boolean isWholeView() {
        return elements == null && footprint == null;
    }
}
