package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Relation;

/**
 * Re-points one end of a relation to another element (dragging an arrow's head from one body to another): the
 * relation keeps its id, kind and attributes. The new end must fit the kind, as for a new relation.
 */
public final class ReconnectCommand extends ItemEdit {
    /** Which end of the relation moves. */
    public enum End { SOURCE, TARGET }

    private final End end;
    private final ElementId newEnd;

    public ReconnectCommand(ElementId relation, End end, ElementId newEnd) {
        super(relation);
        this.end = Objects.requireNonNull(end, "end");
        this.newEnd = Objects.requireNonNull(newEnd, "newEnd");
    }

    @Override
    String action() {
        return "re-point";
    }

    @Override
    Relation change(IcsModel model, Relation r) {
        ElementId current = end == End.SOURCE ? r.source() : r.target();
        if (current.equals(newEnd)) {
            throw new IllegalEditException(Wording.relation(model, r) + " already " + (end == End.SOURCE ? "starts" : "ends")
                    + " at " + Wording.quoted(model, newEnd));
        }
        return end == End.SOURCE ? r.withEnds(newEnd, r.target()) : r.withEnds(r.source(), newEnd);
    }

    @Override
    String describe(IcsModel model) {
        Relation r = model.relation(target).orElseThrow();
        return "Re-point " + Wording.relation(model, r) + " to " + Wording.quoted(model, newEnd);
    }

    @Override
    String fallbackDescription() {
        return "Re-point '" + target + "' to '" + newEnd + "'";
    }
}
