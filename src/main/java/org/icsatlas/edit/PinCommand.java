package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Position;
import org.icsatlas.model.ViewLimits;

/**
 * Pins an element or footprint at a position in one view (relative to its parent footprint), or unpins it.
 * Every pin is its own undo step: two drags of the same box are two steps (one gesture, one command).
 */
public final class PinCommand implements Command {
    private final ElementId viewId;
    private final ElementId item;
    private final Position position;
    private DiagramView before;
    private String description;

    private PinCommand(ElementId viewId, ElementId item, Position position) {
        this.viewId = Objects.requireNonNull(viewId, "viewId");
        this.item = Objects.requireNonNull(item, "item");
        this.position = position;
        this.description = (position == null ? "Unpin '" : "Pin '") + item + "'";
    }

    public static PinCommand pin(ElementId viewId, ElementId item, Position position) {
        return new PinCommand(viewId, item, Objects.requireNonNull(position, "position"));
    }

    public static PinCommand unpin(ElementId viewId, ElementId item) {
        return new PinCommand(viewId, item, null);
    }

    @Override
    public void execute(IcsModel model) {
        DiagramView v = model.view(viewId)
                .orElseThrow(() -> new IllegalEditException("there is no view with id '" + viewId + "'"));
        if (position == null) {
            if (!v.pinned().containsKey(item)) {
                throw new IllegalEditException(Wording.quoted(model, item) + " is not pinned in view '" + v.name() + "'");
            }
        } else {
            if (!model.isFootprint(item) && !model.isElement(item)) {
                throw new IllegalEditException("there is no footprint or element with id '" + item + "' to pin");
            }
            String outOfRange = ViewLimits.checkPosition(position);
            if (outOfRange != null) {
                throw new IllegalEditException("cannot pin " + Wording.quoted(model, item) + ": " + outOfRange);
            }
        }
        String d = (position == null ? "Unpin " : "Pin ") + Wording.quoted(model, item) + " in view '" + v.name() + "'";
        model.updateView(v.withPinned(item, position));
        before = v;
        description = d;
    }

    @Override
    public void undo(IcsModel model) {
        model.updateView(before);
    }

    @Override
    public String description() {
        return description;
    }
}
