package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsatlas.analysis.RuleBook;

/**
 * Puts the whole main window together on a stage: the model store, the problem checker, the view model, the
 * File actions and the FXML view, with the window title bound and closing guarded by the unsaved-changes question.
 */
public final class AtlasWindow {
    private static final String STYLESHEET = "/org/icsatlas/ui/atlas.css";

    private final Stage stage;
    private final MainViewModel viewModel;
    private final FileActions files;
    private final MainWindow window;
    private final ExecutorService checking;

    private AtlasWindow(Stage stage, FileChooserService chooser, Dialogs dialogs, int width, int height) {
        this.stage = stage;
        this.checking = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-problem-checker");
            t.setDaemon(true);
            return t;
        });
        this.viewModel = new MainViewModel(new ModelStore(), new ProblemChecker(RuleBook.standard(), checking, Platform::runLater));
        this.files = new FileActions(viewModel, chooser, dialogs, () -> stage, this::close);
        this.window = MainWindow.load(viewModel, files);
        Scene scene = new Scene(window.root(), width, height);
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
        stage.setOnHidden(e -> checking.shutdownNow());
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
