package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.icsatlas.edit.HistoryListener;
import org.icsatlas.edit.UndoHistory;
import org.icsatlas.model.IcsModel;
import org.icsatlas.ui.document.AutosavePolicy;
import org.icsatlas.ui.document.Autosaver;
import org.icsatlas.ui.document.RecoveryCopy;
import org.icsatlas.ui.document.RecoveryOrigin;
import org.icsatlas.ui.document.RecoveryStore;

/**
 * Connects the window's document to an {@link Autosaver}: every edit, undo or redo that leaves unsaved changes
 * counts towards the next recovery copy, a timer writes one every interval, and a save (or an undo back to the
 * saved state) or a clean close removes it. Opening another model starts a new document with its own copy.
 */
public final class DocumentAutosave {
    private final MainViewModel viewModel;
    private final RecoveryStore store;
    private final AutosavePolicy policy;
    private final Consumer<String> problems;
    private final HistoryListener historyListener = this::historyChanged;
    private final Timeline timer;
    private Autosaver autosaver;
    private UndoHistory watched;
    private volatile long lastSnapshotNanos;

    /** {@code problems} hears, on the JavaFX thread, when a copy cannot be written. */
    public DocumentAutosave(MainViewModel viewModel, RecoveryStore store, AutosavePolicy policy, Consumer<String> problems) {
        this.viewModel = viewModel;
        this.store = store;
        this.policy = policy;
        this.problems = problems;
        this.timer = new Timeline(new KeyFrame(Duration.millis(policy.interval().toMillis()), e -> autosaver.tick()));
        timer.setCycleCount(Animation.INDEFINITE);
        viewModel.modelProperty().addListener((o, was, now) -> documentChanged(now));
        documentChanged(viewModel.getModel());
        timer.play();
    }

    private void documentChanged(IcsModel now) {
        if (watched != null) {
            watched.removeListener(historyListener);
        }
        if (autosaver != null) {
            // The previous document was saved or given up on purpose before another one replaced it.
            autosaver.close();
        }
        autosaver = new Autosaver(store, policy, this::capture, new Autosaver.Listener() {
            @Override
            public void written(Autosaver.Capture capture, Path copy, long snapshotNanos) {
                lastSnapshotNanos = snapshotNanos;
            }

            @Override
            public void failed(String message) {
                Platform.runLater(() -> problems.accept(message));
            }
        });
        watched = now == null ? null : viewModel.undoHistory();
        if (watched != null) {
            watched.addListener(historyListener);
        }
    }

    private void historyChanged(UndoHistory history) {
        if (history.isDirty()) {
            autosaver.edited();
        } else {
            autosaver.discard();
        }
    }

    private Autosaver.Capture capture() {
        IcsModel m = viewModel.getModel();
        return new Autosaver.Capture(m.snapshot(), origin());
    }

    private RecoveryOrigin origin() {
        ModelSource s = viewModel.sourceProperty().get();
        String title = viewModel.getModel().info().title();
        Optional<Path> file = s == null ? Optional.empty() : s.file();
        return file.map(f -> RecoveryOrigin.ofFile(f, title))
                .orElseGet(() -> RecoveryOrigin.ofSample(s == null ? null : s.sample().map(Sample::label).orElse(null), title));
    }

    /**
     * Takes over a copy from a crashed session: writes this document's own copy first, then removes the old one,
     * so a second crash in between still leaves one.
     */
    public void adopt(RecoveryCopy old) {
        autosaver.saveNow(() -> {
            try {
                store.discard(old);
            } catch (java.io.IOException e) {
                Platform.runLater(() -> problems.accept("The old recovery copy could not be removed: " + e.getMessage()));
            }
        });
    }

    /** Writes a copy now if there are unsaved changes. */
    public void saveNowIfDirty() {
        if (viewModel.isDirty()) {
            autosaver.saveNow();
        }
    }

    public Autosaver autosaver() {
        return autosaver;
    }

    /** How long the last written copy's snapshot held the JavaFX thread. */
    public long lastSnapshotNanos() {
        return lastSnapshotNanos;
    }

    /** The window closes cleanly: stop the timer and remove the copy. */
    public void close() {
        timer.stop();
        if (watched != null) {
            watched.removeListener(historyListener);
        }
        autosaver.close();
    }
}
