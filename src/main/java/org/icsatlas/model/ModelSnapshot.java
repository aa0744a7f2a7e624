package org.icsatlas.model;

import java.util.ArrayList;
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

    /** The snapshot of {@code model}: what {@link IcsModel#snapshot()} returns. */
    static ModelSnapshot of(IcsModel model) {
        List<PlacedFootprint> fs = new ArrayList<>();
        for (Footprint f : model.footprints()) {
            fs.add(new PlacedFootprint(f, model.parentOf(f.id()).orElse(null)));
        }
        List<PlacedElement> es = new ArrayList<>();
        for (Element e : model.elements()) {
            es.add(new PlacedElement(e, model.parentOf(e.id()).orElse(null)));
        }
        return new ModelSnapshot(model.info(), fs, es, model.relations(), model.views(), model.kinds().declared());
    }

    /** A new model holding exactly this content, built through its checked mutators: {@link IcsModel#fromSnapshot}. */
    IcsModel toModel() {
        IcsModel m = new IcsModel(info);
        for (DeclaredKind k : kinds) {
            m.declareKind(k);
        }
        for (PlacedFootprint f : footprints) {
            m.addFootprint(f.footprint(), f.parent(), -1);
        }
        for (PlacedElement e : elements) {
            m.addElement(e.element(), e.footprint(), -1);
        }
        for (Relation r : relations) {
            m.addRelation(r, -1);
        }
        for (DiagramView v : views) {
            m.addView(v, -1);
        }
        return m;
    }
}
