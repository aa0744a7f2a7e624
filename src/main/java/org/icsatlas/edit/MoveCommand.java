package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Moves an element to another footprint, or a footprint under another footprint (or to the top level), at a
 * position among its new siblings; moving within the same footprint reorders. Undo puts it back at its old position.
 */
public final class MoveCommand implements Command {
    private final ElementId item;
    private final ElementId newParent;
    private final int index;
    private ElementId oldParent;
    private int oldIndex = -1;
    private String description;

    /** {@code newParent} null moves a footprint to the top level; {@code index} -1 puts it after the last sibling. */
    public MoveCommand(ElementId item, ElementId newParent, int index) {
        this.item = Objects.requireNonNull(item, "item");
        this.newParent = newParent;
        this.index = index;
        this.description = "Move '" + item + "'" + (newParent == null ? " to the top level" : " to '" + newParent + "'");
    }

    public MoveCommand(ElementId item, ElementId newParent) {
        this(item, newParent, -1);
    }

    @Override
    public void execute(IcsModel model) {
        ElementId parentBefore = model.parentOf(item).orElse(null);
        int indexBefore = model.indexOf(item);
        String d = describe(model, parentBefore);
        model.move(item, newParent, index);
        oldParent = parentBefore;
        oldIndex = indexBefore;
        description = d;
    }

    private String describe(IcsModel model, ElementId parentBefore) {
        String what = Wording.quoted(model, item);
        if (Objects.equals(parentBefore, newParent)) {
            return "Reorder " + what + (newParent == null ? " at the top level" : " in " + Wording.plain(model, newParent));
        }
        return "Move " + what + (newParent == null ? " to the top level" : " to " + Wording.plain(model, newParent));
    }

    @Override
    public void undo(IcsModel model) {
        model.move(item, oldParent, oldIndex);
    }

    @Override
    public String description() {
        return description;
    }
}
