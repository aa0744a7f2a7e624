package org.icsatlas.model;

import java.util.List;

/**
 * The complete content of a model as plain immutable values in canonical order (the containment tree depth
 * first, relations and views in model order, declared kinds in declaration order). Two models are the same model exactly when their snapshots are equal.
 */
public record ModelSnapshot(ModelInfo info, List<PlacedFootprint> footprints, List<PlacedElement> elements,
                            List<Relation> relations, List<DiagramView> views, List<DeclaredKind> kinds) {

    /** A footprint with its parent (null for a root footprint). */
    public record PlacedFootprint(Footprint footprint, ElementId parent) {
    }

    /** An element with the footprint it sits in. */
    public record PlacedElement(Element element, ElementId footprint) {
    }

    public ModelSnapshot {
        footprints = List.copyOf(footprints);
        elements = List.copyOf(elements);
        relations = List.copyOf(relations);
        views = List.copyOf(views);
        kinds = List.copyOf(kinds == null ? List.of() : kinds);
    }

    /** A snapshot of a model that declares no kinds of its own. */
    public ModelSnapshot(ModelInfo info, List<PlacedFootprint> footprints, List<PlacedElement> elements,
                         List<Relation> relations, List<DiagramView> views) {
        this(info, footprints, elements, relations, views, List.of());
    }
}
