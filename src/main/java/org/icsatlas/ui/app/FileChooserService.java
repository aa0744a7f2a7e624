package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Chooses a file to open or save. The window uses the native dialogs; tests inject their own answer so they
 * can open and save files without a dialog they cannot drive.
 */
public interface FileChooserService {
    /** The file to open, or empty if the user cancelled. */
    Optional<Path> chooseFileToOpen(Window owner);

    /** Where to save, or empty if the user cancelled; {@code suggestedName} is the name to offer. */
    Optional<Path> chooseFileToSave(Window owner, String suggestedName);

    /** A file of another format to import, e.g. {@code ("GraphML", "*.graphml")}; by default the open dialog. */
    default Optional<Path> chooseFileToImport(Window owner, String formatName, String... patterns) {
        return chooseFileToOpen(owner);
    }

    /** Where to export in another format; by default the save dialog. */
    default Optional<Path> chooseFileToExport(Window owner, String suggestedName, String formatName, String... patterns) {
        return chooseFileToSave(owner, suggestedName);
    }

    /** A membership register to import: an .xlsx workbook, or a CSV file of a register folder (or the folder). */
    default Optional<Path> chooseRegisterToImport(Window owner) {
        return chooseFileToOpen(owner);
    }

    /** Where to export a membership register: an .xlsx workbook, or a folder for CSV files. */
    default Optional<Path> chooseRegisterExport(Window owner, String suggestedName) {
        return chooseFileToSave(owner, suggestedName);
    }
}
