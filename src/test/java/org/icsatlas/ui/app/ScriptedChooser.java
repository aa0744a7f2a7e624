package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.Optional;

/** Answers the file dialogs from the test instead of the user, and remembers the name a save suggested. */
final class ScriptedChooser implements FileChooserService {
    Path openFrom;
    Path saveTo;
    String suggested;

    @Override
    public Optional<Path> chooseFileToOpen(javafx.stage.Window owner) {
        return Optional.ofNullable(openFrom);
    }

    @Override
    public Optional<Path> chooseFileToSave(javafx.stage.Window owner, String suggestedName) {
        suggested = suggestedName;
        return Optional.ofNullable(saveTo);
    }
}
