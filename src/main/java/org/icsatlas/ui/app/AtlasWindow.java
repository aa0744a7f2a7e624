package org.icsatlas.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.IcsModel;
import org.icsatlas.ui.document.AtlasSettings;
import org.icsatlas.ui.document.RecentFiles;
import org.icsatlas.ui.document.RecoveryCopy;
import org.icsatlas.ui.document.RecoveryOrigin;
import org.icsatlas.ui.document.RecoveryStore;

/**
 * Puts the whole main window together on a stage: the model store, the problem checker, the view model, the
 * File actions and the FXML view, with the window title bound, closing guarded by the unsaved-changes question, and
 * the document autosaved to a recovery copy that a clean close removes and the next start after a crash offers.
 */
public final class AtlasWindow {
    private static final String STYLESHEET = "/org/icsatlas/ui/atlas.css";

    private final Stage stage;
    private final MainViewModel viewModel;
    private final FileActions files;
    private final MainWindow window;
    private final ExecutorService checking;
    private final FileChooserService chooser;
    private final Dialogs dialogs;
    private final RecoveryStore recovery;
    private final DocumentAutosave autosave;
    private final RecentFiles recent;
    private boolean autosaveProblemShown;

    private AtlasWindow(Stage stage, FileChooserService chooser, Dialogs dialogs, int width, int height) {
        this.stage = stage;
        this.chooser = chooser;
        this.dialogs = dialogs;
        AtlasSettings settings = AtlasSettings.forCurrentUser();
        this.recent = new RecentFiles(settings);
        this.recovery = RecoveryStore.forCurrentUser();
        this.checking = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-problem-checker");
            t.setDaemon(true);
            return t;
        });
        this.viewModel = new MainViewModel(new ModelStore(), new ProblemChecker(RuleBook.standard(), checking, Platform::runLater));
        this.files = new FileActions(viewModel, chooser, dialogs, () -> stage, this::close, recent);
        this.window = MainWindow.load(viewModel, files);
        ScaledRoot scaled = new ScaledRoot(window.root());
        Scene scene = new Scene(scaled, width, height);
        scene.getStylesheets().add(AtlasWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            if (!files.unsavedChangesSettled()) {
                e.consume();
            }
        });
        this.autosave = new DocumentAutosave(viewModel, recovery, settings.autosavePolicy(), this::autosaveFailed);
        window.installWorkshop(stage, scaled, new ViewActions(viewModel, dialogs, () -> stage), recent);
        stage.setOnHidden(e -> {
            checking.shutdownNow();
            // Closed on purpose (saved, or the user chose not to save): the recovery copy goes.
            autosave.close();
        });
    }

    private void autosaveFailed(String message) {
        if (autosaveProblemShown) {
            System.err.println("ics-atlas: " + message);
        } else {
            autosaveProblemShown = true;
            dialogs.showError(stage, "Autosave is not working", message);
        }
    }

    /**
     * After a crash: offers the recovery copies that sessions no longer running left behind. The first one restored
     * replaces this window's model (when it has no unsaved changes), each further one opens in a window of its own.
     */
    public void offerRecovery() {
        List<RecoveryCopy> copies;
        try {
            copies = recovery.orphans();
        } catch (UncheckedIOException e) {
            dialogs.showError(stage, "The autosaved models could not be looked for", e.getMessage());
            return;
        }
        if (copies.isEmpty()) {
            return;
        }
        Dialogs.RecoveryAnswer answer = dialogs.askToRestore(stage, copies);
        for (RecoveryCopy c : answer.discard()) {
            try {
                recovery.discard(c);
            } catch (IOException e) {
                dialogs.showError(stage, "The autosaved model could not be deleted", e.getMessage());
            }
        }
        boolean useThisWindow = !viewModel.isDirty();
        for (RecoveryCopy c : answer.restore()) {
            AtlasWindow target = useThisWindow ? this
                    : show(new Stage(), chooser, dialogs, Optional.empty(), (int) stage.getWidth(), (int) stage.getHeight());
            target.restore(c);
            useThisWindow = false;
        }
    }

    /** Opens a recovery copy as unsaved changes to the file it belongs to; its own copy replaces the old one. */
    public void restore(RecoveryCopy copy) {
        IcsModel model;
        try {
            model = recovery.read(copy);
        } catch (ImportException e) {
            dialogs.showError(stage, "The autosaved model could not be opened (it is kept)", e.getMessage());
            return;
        }
        viewModel.openRecovered(model, sourceOf(copy.origin()));
        autosave.adopt(copy);
    }

    private static ModelSource sourceOf(RecoveryOrigin origin) {
        if (origin.file().isPresent()) {
            return ModelSource.ofFile(origin.file().get());
        }
        for (Sample s : Sample.values()) {
            if (origin.sample().filter(s.label()::equals).isPresent()) {
                return ModelSource.ofSample(s);
            }
        }
        return ModelSource.ofSample(Sample.SOUTH_YORKSHIRE_AND_BASSETLAW);
    }

    public DocumentAutosave autosave() {
        return autosave;
    }

    public RecentFiles recentFiles() {
        return recent;
    }

    /**
     * Builds the window on {@code stage} in the AtlantaFX Primer Light theme, opens {@code file} (or, without one or when it cannot be opened, the
     * South Yorkshire and Bassetlaw sample) and shows it. An unreadable file is reported once the window is up.
     */
    public static AtlasWindow show(Stage stage, FileChooserService chooser, Dialogs dialogs, Optional<Path> file,
                                   int width, int height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AtlasWindow w = new AtlasWindow(stage, chooser, dialogs, width, height);
        Optional<String> failure = Optional.empty();
        if (file.isPresent()) {
            try {
                w.viewModel.open(file.get());
                w.recent.add(file.get());
            } catch (ModelStore.OpenException e) {
                failure = Optional.of(e.getMessage());
            }
        }
        if (w.viewModel.getModel() == null) {
            w.openStartSample();
        }
        stage.show();
        // Keys go to the diagram first (F to focus, arrows to pan); the search box shows its prompt.
        w.window.diagram().node().requestFocus();
        failure.ifPresent(message -> Platform.runLater(() ->
                dialogs.showError(stage, "The file could not be opened; showing the sample instead", message)));
        return w;
    }

    private void openStartSample() {
        try {
            viewModel.openSample(Sample.SOUTH_YORKSHIRE_AND_BASSETLAW);
        } catch (ModelStore.OpenException e) {
            throw new IllegalStateException("the built-in sample cannot be read: " + e.getMessage(), e);
        }
    }

    private void close() {
        stage.setOnCloseRequest(null);
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public FileActions files() {
        return files;
    }

    public MainWindow window() {
        return window;
    }
}
