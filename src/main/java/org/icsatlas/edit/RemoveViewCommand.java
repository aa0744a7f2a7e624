package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/** Removes a named view; undo puts it back in its place among the views. */
public final class RemoveViewCommand implements Command {
    private final ElementId viewId;
    private DiagramView removed;
    private int index;

    public RemoveViewCommand(ElementId viewId) {
        this.viewId = Objects.requireNonNull(viewId, "viewId");
    }

    @Override
    public void execute(IcsModel model) {
        DiagramView v = model.view(viewId)
                .orElseThrow(() -> new IllegalEditException("there is no view with id '" + viewId + "' to remove"));
        int at = model.indexOf(viewId);
        model.removeView(viewId);
        removed = v;
        index = at;
    }

    @Override
    public void undo(IcsModel model) {
        model.addView(removed, index);
    }

    @Override
    public String description() {
        return "Remove view '" + (removed == null ? viewId.value() : removed.name()) + "'";
    }
}
