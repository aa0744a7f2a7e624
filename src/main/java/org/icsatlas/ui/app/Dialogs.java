package org.icsatlas.ui.app;

import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.icsatlas.ui.document.RecoveryCopy;

/** The questions and messages the window puts to the user; injectable so tests answer without a modal dialog. */
public interface Dialogs {
    /** What to do with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Which recovery copies to open again and which to delete; the rest stay for the next start. */
    record RecoveryAnswer(List<RecoveryCopy> restore, List<RecoveryCopy> discard) {
        public RecoveryAnswer {
            restore = List.copyOf(restore);
            discard = List.copyOf(discard);
        }

        /** Keep every copy for later. */
        public static RecoveryAnswer later() {
            return new RecoveryAnswer(List.of(), List.of());
        }
    }

    void showError(Window owner, String title, String message);

    UnsavedChoice askToSaveChanges(Window owner, String modelTitle);

    /** Tells the user something worth knowing that went well (what an import had to guess, say). */
    default void showInformation(Window owner, String title, String message) {
        showError(owner, title, message);
    }

    /**
     * After a crash: offers the copies the last sessions left behind (each with its time and the file it belongs
     * to), newest first. Unless overridden, keeps them all for later.
     */
    default RecoveryAnswer askToRestore(Window owner, List<RecoveryCopy> copies) {
        return RecoveryAnswer.later();
    }

    /** Asks for a name ("New view", "Rename view"); empty when the user cancels. Unless overridden, cancels. */
    default Optional<String> askForName(Window owner, String question, String initialName) {
        return Optional.empty();
    }
}
