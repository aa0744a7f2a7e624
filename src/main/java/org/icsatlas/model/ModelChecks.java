package org.icsatlas.model;

import static org.icsatlas.model.EditChecks.verb;

/**
 * The checks the model's mutators make before they touch anything, which need the model's content: that an id is
 * free, that a footprint or element exists, that a kind is known, that a relation fits its ends. Each refusal is an
 * {@link IllegalEditException} in words.
 */
final class ModelChecks {
    private final IcsModel model;
    private final ContainmentTree tree;

    ModelChecks(IcsModel model, ContainmentTree tree) {
        this.model = model;
        this.tree = tree;
    }

    void requireKnownKind(Element e) {
        if (!model.kinds().knows(e.kind())) {
            throw new IllegalEditException("the kind '" + e.kind().name() + "' of " + (e.name().isEmpty() ? e.id() : "'" + e.name() + "'")
                    + " is not declared in this model; declare it first");
        }
    }

    void requireFreeId(ElementId id) {
        if (model.containsId(id)) {
            throw new IllegalEditException("the id '" + id + "' is already used by " + model.describe(id));
        }
    }

    Footprint requireFootprint(ElementId id) {
        Footprint f = tree.footprints.get(id);
        if (f == null) {
            throw new IllegalEditException(tree.hasElement(id)
                    ? model.describe(id) + " is not a footprint: only footprints contain things"
                    : "there is no footprint with id '" + id + "'");
        }
        return f;
    }

    Element requireElement(ElementId id) {
        Element e = tree.element(id);
        if (e == null) {
            throw new IllegalEditException("there is no element with id '" + id + "'");
        }
        return e;
    }

    void requireFits(Relation r) {
        if (r.source().equals(r.target())) {
            throw new IllegalEditException("a relation cannot go from " + model.describe(r.source()) + " to itself");
        }
        Element s = tree.element(r.source());
        Element t = tree.element(r.target());
        if (s == null) {
            throw new IllegalEditException("relation " + r.id() + " starts at '" + r.source() + "', which is not an element in this model");
        }
        if (t == null) {
            throw new IllegalEditException("relation " + r.id() + " ends at '" + r.target() + "', which is not an element in this model");
        }
        if (!r.kind().allowsSource(s.type()) || !r.kind().allowsTarget(t.type())) {
            throw new IllegalEditException("'" + s.name() + "' (" + s.type().name().toLowerCase() + ") cannot "
                    + verb(r.kind()) + " '" + t.name() + "' (" + t.type().name().toLowerCase() + "): "
                    + r.kind().describeEnds());
        }
    }

    /** The backstop for {@link ViewLimits}: whatever path a view comes by, its numbers are in range. */
}
