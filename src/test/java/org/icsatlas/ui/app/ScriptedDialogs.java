package org.icsatlas.ui.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Window;
import org.icsatlas.ui.document.RecoveryCopy;

/** Answers the window's questions from the test's script, and records what was asked and shown. */
final class ScriptedDialogs implements Dialogs {
    final List<String> errors = new ArrayList<>();
    final List<String> savePrompts = new ArrayList<>();
    final Deque<String> names = new ArrayDeque<>();
    final List<List<RecoveryCopy>> offers = new ArrayList<>();
    UnsavedChoice unsavedChoice = UnsavedChoice.CANCEL;
    Function<List<RecoveryCopy>, RecoveryAnswer> recovery = copies -> RecoveryAnswer.later();

    @Override
    public void showError(Window owner, String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public UnsavedChoice askToSaveChanges(Window owner, String modelTitle) {
        savePrompts.add(modelTitle);
        return unsavedChoice;
    }

    @Override
    public RecoveryAnswer askToRestore(Window owner, List<RecoveryCopy> copies) {
        offers.add(copies);
        return recovery.apply(copies);
    }

    @Override
    public Optional<String> askForName(Window owner, String question, String initialName) {
        return Optional.ofNullable(names.poll());
    }
}
