package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Changes a relation's kind (a reporting line becomes advice); the new kind must fit the relation's ends.
 * A role, vote or scope the new kind does not carry is dropped, and comes back on undo.
 */
public final class ChangeRelationKindCommand extends ItemEdit {
    private final RelationKind kind;

    public ChangeRelationKindCommand(ElementId relation, RelationKind kind) {
        super(relation);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    String action() {
        return "change the relation kind of";
    }

    @Override
    Relation change(IcsModel model, Relation r) {
        return r.withKind(kind);
    }

    @Override
    String describe(IcsModel model) {
        return "Change " + Wording.relation(model, model.relation(target).orElseThrow()) + " to " + kind.label().toLowerCase();
    }

    @Override
    String fallbackDescription() {
        return "Change relation '" + target + "' to " + kind.label().toLowerCase();
    }
}
