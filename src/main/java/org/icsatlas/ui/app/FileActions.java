package org.icsatlas.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.icsatlas.ui.document.RecentFiles;

/**
 * The File menu's work: open a file (also from the recent files) or a sample, save, save as and quit, asking to save unsaved changes first
 * and reporting failures in a dialog. Files are chosen through an injectable {@link FileChooserService}.
 */
public final class FileActions {
    private final MainViewModel viewModel;
    private final FileChooserService chooser;
    private final Dialogs dialogs;
    private final Supplier<Window> owner;
    private final Runnable exit;
    private final Optional<RecentFiles> recent;

    public FileActions(MainViewModel viewModel, FileChooserService chooser, Dialogs dialogs, Supplier<Window> owner, Runnable exit) {
        this(viewModel, chooser, dialogs, owner, exit, null);
    }

    /** Like the other constructor; every file opened or saved goes to the front of {@code recent}. */
    public FileActions(MainViewModel viewModel, FileChooserService chooser, Dialogs dialogs, Supplier<Window> owner, Runnable exit,
                       RecentFiles recent) {
        this.viewModel = viewModel;
        this.chooser = chooser;
        this.dialogs = dialogs;
        this.owner = owner;
        this.exit = exit;
        this.recent = Optional.ofNullable(recent);
    }

    /** Opens a file from File &gt; Open Recent, asking about unsaved changes first; a file gone is dropped from the list. */
    public void openRecent(Path file) {
        if (!unsavedChangesSettled()) {
            return;
        }
        if (!openFile(file) && !java.nio.file.Files.isRegularFile(file)) {
            recent.ifPresent(r -> r.remove(file));
        }
    }

    /** The file chooser the window uses, for other file menu items (import, export). */
    public FileChooserService chooser() {
        return chooser;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    /** The window dialogs belong to. */
    public Window owner() {
        return owner.get();
    }

    public void open() {
        if (!unsavedChangesSettled()) {
            return;
        }
        chooser.chooseFileToOpen(owner.get()).ifPresent(this::openFile);
    }

    /** Opens {@code file} without asking about unsaved changes; true if it opened. */
    public boolean openFile(Path file) {
        try {
            viewModel.open(file);
            recent.ifPresent(r -> r.add(file));
            return true;
        } catch (ModelStore.OpenException e) {
            dialogs.showError(owner.get(), "The file could not be opened", e.getMessage());
            return false;
        }
    }

    public void openSample(Sample sample) {
        if (!unsavedChangesSettled()) {
            return;
        }
        try {
            viewModel.openSample(sample);
        } catch (ModelStore.OpenException e) {
            dialogs.showError(owner.get(), "The sample could not be opened", e.getMessage());
        }
    }

    /** Saves to the model's file, or asks where when it came from the classpath; true if it saved. */
    public boolean save() {
        if (!viewModel.hasFile()) {
            return saveAs();
        }
        try {
            viewModel.save();
            viewModel.sourceProperty().get().file().ifPresent(f -> recent.ifPresent(r -> r.add(f)));
            return true;
        } catch (IOException e) {
            dialogs.showError(owner.get(), "The model could not be saved", e.getMessage());
            return false;
        }
    }

    /** Asks where to save and saves there; true if it saved. */
    public boolean saveAs() {
        Optional<Path> target = chooser.chooseFileToSave(owner.get(), viewModel.sourceProperty().get().suggestedFileName());
        if (target.isEmpty()) {
            return false;
        }
        try {
            viewModel.saveAs(target.get());
            recent.ifPresent(r -> r.add(target.get()));
            return true;
        } catch (IOException e) {
            dialogs.showError(owner.get(), "The model could not be saved", e.getMessage());
            return false;
        }
    }

    /** Quits, unless the user cancels when asked about unsaved changes. */
    public void quit() {
        if (unsavedChangesSettled()) {
            exit.run();
        }
    }

    /** True when nothing unsaved would be lost: no changes, or the user saved or chose to discard them. */
    public boolean unsavedChangesSettled() {
        if (!viewModel.isDirty()) {
            return true;
        }
        return switch (dialogs.askToSaveChanges(owner.get(), viewModel.getModel().info().title())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** Where to write an export, through the same chooser as Save As; empty when the user cancelled. */
    public java.util.Optional<Path> chooseExportTarget(String suggestedName) {
        return chooser.chooseFileToSave(owner.get(), suggestedName);
    }
}
