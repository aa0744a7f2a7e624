package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/** Adds a named view; its root and collapsed entries must be footprints, its pins footprints or elements. */
public final class AddViewCommand implements Command {
    private final DiagramView view;
    private final int index;

    /** {@code index} is the view's place among the views, -1 for the end. */
    public AddViewCommand(DiagramView view, int index) {
        this.view = Objects.requireNonNull(view, "view");
        this.index = index;
    }

    public AddViewCommand(DiagramView view) {
        this(view, -1);
    }

    @Override
    public void execute(IcsModel model) {
        if (view.name().isBlank()) {
            throw new IllegalEditException("a view needs a name");
        }
        if (view.root() != null) {
            requireFootprint(model, view.root(), "start from");
        }
        for (ElementId f : view.collapsed()) {
            requireFootprint(model, f, "collapse");
        }
        for (ElementId p : view.pinned().keySet()) {
            if (!model.isFootprint(p) && !model.isElement(p)) {
                throw new IllegalEditException("view '" + view.name() + "' pins '" + p + "', which is no footprint or element");
            }
        }
        model.addView(view, index);
    }

    private void requireFootprint(IcsModel model, ElementId id, String verb) {
        if (!model.isFootprint(id)) {
            throw new IllegalEditException("view '" + view.name() + "' cannot " + verb + " '" + id + "': it is not a footprint");
        }
    }

    @Override
    public void undo(IcsModel model) {
        model.removeView(view.id());
    }

    @Override
    public String description() {
        return "Add view '" + view.name() + "'";
    }
}
