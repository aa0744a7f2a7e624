package org.icsatlas.layout;

import java.util.Objects;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;

/**
 * One view of a model as a layout reads it, taken at one moment by {@link LayoutEngine#snapshot}: nothing in it
 * changes afterwards, so it can be laid out on another thread while the user goes on editing the model. For the
 * standard engine it holds only what the view shows (a small fraction of copying the whole model); for other
 * engines, a private copy of the model.
 */
public final class LayoutInput {
    private final DiagramView view;
    private final VisibleDiagram visible;
    private final IcsModel model;

    private LayoutInput(DiagramView view, VisibleDiagram visible, IcsModel model) {
        this.view = Objects.requireNonNull(view);
        this.visible = visible;
        this.model = model;
    }

    /** What {@code view} shows of {@code model}, read now. */
    static LayoutInput visible(IcsModel model, DiagramView view) {
        return new LayoutInput(view, VisibleDiagram.of(model, view), null);
    }

    /** A private copy of the whole model, for engines that read the model itself. */
    public static LayoutInput copyOf(IcsModel model, DiagramView view) {
        return new LayoutInput(view, null, model.copy());
    }

    public DiagramView view() {
        return view;
    }

    /** The private copy of the model; present only for inputs made by {@link #copyOf}. */
    public IcsModel model() {
        if (model == null) {
            throw new IllegalStateException("this input holds what the view shows, not a copy of the model");
        }
        return model;
    }

    /** What the view shows: taken by {@link #visible} or worked out from the copy. */
    VisibleDiagram visibleDiagram() {
        return visible != null ? visible : VisibleDiagram.of(model, view);
    }
}
