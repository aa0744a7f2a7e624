package org.icsatlas.ui.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own open and save dialogs, filtered to ICS Atlas files, remembering the last folder used. */
public final class NativeFileChooser implements FileChooserService {
    private static final FileChooser.ExtensionFilter ATLAS_FILES =
            new FileChooser.ExtensionFilter("ICS Atlas model (*.icsatlas.json)", "*.icsatlas.json");
    private static final FileChooser.ExtensionFilter ALL_FILES = new FileChooser.ExtensionFilter("All files", "*.*");

    private File lastFolder;

    @Override
    public Optional<Path> chooseFileToOpen(Window owner) {
        FileChooser chooser = chooser("Open an ICS Atlas model");
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(Window owner, String suggestedName) {
        FileChooser chooser = chooser("Save the model as");
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToImport(Window owner, String formatName, String... patterns) {
        FileChooser chooser = chooser("Import " + formatName);
        chooser.getExtensionFilters().setAll(filter(formatName, patterns), ALL_FILES);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseRegisterToImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a membership register (a workbook, or any CSV file of a register folder)");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Membership register (*.xlsx, *.csv)", "*.xlsx", "*.csv"), ALL_FILES);
        initialFolder(chooser);
        return remember(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToExport(Window owner, String suggestedName, String formatName, String... patterns) {
        FileChooser chooser = chooser("Export as " + formatName);
        chooser.getExtensionFilters().setAll(filter(formatName, patterns), ALL_FILES);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner));
    }

    private static FileChooser.ExtensionFilter filter(String formatName, String... patterns) {
        return new FileChooser.ExtensionFilter(formatName + " (" + String.join(", ", patterns) + ")", patterns);
    }

    public Optional<Path> chooseRegisterExport(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export a membership register (a name without .xlsx writes a folder of CSV files)");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx"), ALL_FILES);
        initialFolder(chooser);
        return remember(chooser.showSaveDialog(owner));
    }

    private void initialFolder(FileChooser chooser) {
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(ATLAS_FILES, ALL_FILES);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
