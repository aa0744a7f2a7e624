package org.icsatlas.ui.app;

import javafx.stage.Window;

/** The questions and messages the window puts to the user; injectable so tests answer without a modal dialog. */
public interface Dialogs {
    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    void showError(Window owner, String title, String message);

    UnsavedChoice askToSaveChanges(Window owner, String modelTitle);

    /** Tells the user something worth knowing that went well (what an import had to guess, say). */
    default void showInformation(Window owner, String title, String message) {
        showError(owner, title, message);
    }
}
