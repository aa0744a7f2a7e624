package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Relation;

/**
 * Base of the commands that replace the value of one footprint, element or relation (rename, note, kind, role…);
 * undo puts the old value back. A subclass overrides the {@code change} method for each kind of item it applies to;
 * the others refuse.
 */
abstract class ItemEdit implements Command {
    final ElementId target;
    private Object before;
    private String description;

    ItemEdit(ElementId target) {
        this.target = Objects.requireNonNull(target, "target");
    }

    /** What the command does, in the words of "cannot ... footprint 'Wiltshire'" ("set an attribute of"). */
    abstract String action();

    /** The description for the Edit menu, worded from the model before the change. */
    abstract String describe(IcsModel model);

    Footprint change(Footprint f) {
        throw new IllegalEditException("cannot " + action() + " footprint '" + f.name() + "'");
    }

    Element change(Element e) {
        throw new IllegalEditException("cannot " + action() + " '" + e.name() + "'");
    }

    Relation change(IcsModel model, Relation r) {
        throw new IllegalEditException("cannot " + action() + " the relation " + Wording.relation(model, r));
    }

    @Override
    public final void execute(IcsModel model) {
        try {
            if (model.isFootprint(target)) {
                Footprint old = model.footprint(target).orElseThrow();
                Footprint changed = change(old);
                String d = describe(model);
                model.updateFootprint(changed);
                done(old, d);
            } else if (model.isElement(target)) {
                Element old = model.element(target).orElseThrow();
                Element changed = change(old);
                String d = describe(model);
                model.updateElement(changed);
                done(old, d);
            } else if (model.relation(target).isPresent()) {
                Relation old = model.relation(target).orElseThrow();
                Relation changed = change(model, old);
                String d = describe(model);
                model.updateRelation(changed);
                done(old, d);
            } else {
                throw new IllegalEditException("cannot " + action() + " '" + target + "': there is no such footprint, element or relation");
            }
        } catch (IllegalArgumentException e) {
            // The value types refuse malformed values (a blank name) this way; to the user it is a refused edit.
            throw new IllegalEditException(e.getMessage());
        }
    }

    private void done(Object old, String d) {
        before = old;
        description = d;
    }

    @Override
    public final void undo(IcsModel model) {
        if (before instanceof Footprint f) {
            model.updateFootprint(f);
        } else if (before instanceof Element e) {
            model.updateElement(e);
        } else if (before instanceof Relation r) {
            model.updateRelation(r);
        } else {
            throw new IllegalStateException("undo of a command that never executed: " + description());
        }
    }

    @Override
    public final String description() {
        return description != null ? description : fallbackDescription();
    }

    /** The description before the command has executed, naming the target by id. */
    abstract String fallbackDescription();
}
