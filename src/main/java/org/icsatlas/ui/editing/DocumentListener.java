package org.icsatlas.ui.editing;

import java.util.List;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ModelChange;

/**
 * Told what happened to an open {@link Document}. Every method has an empty default, so a panel overrides only
 * what it shows. All calls come on the thread that ran the edit (the JavaFX thread in the window).
 */
public interface DocumentListener {
    /** The model changed: one batch of primitive changes (one command, undo or redo is one batch). */
    default void modelChanged(List<ModelChange> changes) {
    }

    /** The undo history changed (an edit, undo, redo, save mark): the Edit menu's texts may have changed. */
    default void historyChanged(Document document) {
    }

    /** The document now shows another view (navigation, not an edit), or the shown view was changed by an edit. */
    default void viewShown(DiagramView view) {
    }

    /** A command was refused; nothing changed. {@code reason} is the model's one-line explanation. */
    default void refused(String reason) {
    }
}
