package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Relation;

/** Removes one relation; undo puts it back at its place in model order. */
public final class DisconnectCommand implements Command {
    private final ElementId relationId;
    private Relation removed;
    private int index;
    private String description;

    public DisconnectCommand(ElementId relationId) {
        this.relationId = Objects.requireNonNull(relationId, "relationId");
        this.description = "Disconnect '" + relationId + "'";
    }

    @Override
    public void execute(IcsModel model) {
        Relation r = model.relation(relationId)
                .orElseThrow(() -> new IllegalEditException("there is no relation with id '" + relationId + "' to remove"));
        int at = model.indexOf(relationId);
        String d = "Disconnect " + Wording.relation(model, r);
        model.removeRelation(relationId);
        removed = r;
        index = at;
        description = d;
    }

    @Override
    public void undo(IcsModel model) {
        model.addRelation(removed, index);
    }

    @Override
    public String description() {
        return description;
    }
}
