package org.icsatlas.ui.diagram;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.icsatlas.analysis.FocusSet;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Holds the focus: the focused id and its {@link FocusSet} (computed in {@code analysis}, so exports and the CLI
 * light up exactly what the screen does). The set is recomputed when the model changes.
 */
final class FocusController {
    private final ReadOnlyObjectWrapper<ElementId> focus = new ReadOnlyObjectWrapper<>(this, "focus");
    private FocusSet set;

    ReadOnlyObjectProperty<ElementId> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** The current focus set; null when nothing is focused. */
    FocusSet current() {
        return set;
    }

    void focus(IcsModel model, ElementId id) {
        set = id == null || model == null || !model.containsId(id) ? null : FocusSet.of(model, id);
        focus.set(set == null ? null : id);
    }

    void clear() {
        set = null;
        focus.set(null);
    }

    /** Recomputes the set after a model change; the focus ends when its element or footprint is gone. */
    void refresh(IcsModel model) {
        ElementId id = focus.get();
        if (id == null) {
            return;
        }
        if (model.containsId(id)) {
            set = FocusSet.of(model, id);
        } else {
            clear();
        }
    }
}
