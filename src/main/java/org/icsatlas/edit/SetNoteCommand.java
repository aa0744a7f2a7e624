package org.icsatlas.edit;

import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;

/** Sets (or, with an empty text, clears) the note of a footprint, an element or a relation. */
public final class SetNoteCommand extends ItemEdit {
    private final String note;

    public SetNoteCommand(ElementId target, String note) {
        super(target);
        this.note = note == null ? "" : note;
    }

    @Override
    String action() {
        return "set the note of";
    }

    @Override
    Footprint change(Footprint f) {
        return f.withNote(note);
    }

    @Override
    Element change(Element e) {
        return e.withNote(note);
    }

    @Override
    Relation change(IcsModel model, Relation r) {
        return r.withNote(note);
    }

    @Override
    String describe(IcsModel model) {
        String what = model.relation(target).map(r -> Wording.relation(model, r)).orElseGet(() -> Wording.quoted(model, target));
        return (note.isEmpty() ? "Clear note of " : "Edit note of ") + what;
    }

    @Override
    String fallbackDescription() {
        return (note.isEmpty() ? "Clear note of '" : "Edit note of '") + target + "'";
    }
}
