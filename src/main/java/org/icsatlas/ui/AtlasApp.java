package org.icsatlas.ui;

import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.icsatlas.ui.app.AlertDialogs;
import org.icsatlas.ui.app.AtlasWindow;
import org.icsatlas.ui.app.Dialogs;
import org.icsatlas.ui.app.LaunchOptions;
import org.icsatlas.ui.app.NativeFileChooser;
import org.icsatlas.ui.app.SelfScreenshot;

/**
 * The JavaFX application: the main window, in the AtlantaFX Primer Light theme. Arguments: an optional file to
 * open, and {@code --screenshot=out.png [--size=1600x1000]} to picture the window and exit.
 */
public class AtlasApp extends Application {
    public static void launchWith(String[] args) {
        Application.launch(AtlasApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            System.err.println("ics-atlas: " + e.getMessage());
            Platform.exit();
            return;
        }
        // A screenshot run must never stop at a modal dialog, so it reports problems on stderr instead.
        Dialogs dialogs = options.screenshot().isPresent() ? new ConsoleDialogs() : new AlertDialogs();
        AtlasWindow window = AtlasWindow.show(stage, new NativeFileChooser(), dialogs, options.file(),
                options.width(), options.height());
        options.screenshot().ifPresent(target -> SelfScreenshot.takeWhenReady(window, target));
        if (options.screenshot().isEmpty()) {
            // Once the window is up: the models a crashed session left unsaved are offered back.
            Platform.runLater(window::offerRecovery);
        }
    }

    /** Dialogs for unattended runs: errors go to stderr, unsaved changes are never at stake. */
    private static final class ConsoleDialogs implements Dialogs {
        @Override
        public void showError(Window owner, String title, String message) {
            System.err.println(title + ": " + message);
        }

        @Override
        public UnsavedChoice askToSaveChanges(Window owner, String modelTitle) {
            return UnsavedChoice.DISCARD;
        }
    }
}
