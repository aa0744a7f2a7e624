package org.icsatlas.ui.diagram;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Task;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.LayoutInput;
import org.icsatlas.layout.LayoutMonitor;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Runs layouts off the JavaFX thread, one at a time, newest wins: every request gets a generation number, a new
 * request cancels the one in flight, and a result is handed over only if no newer request was made since, so a
 * stale layout can never overwrite a newer one. Progress and "running" are FX properties for a progress bar.
 */
final class LayoutRunner {
    private static final ExecutorService LAYOUT_THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "icsatlas-layout");
        t.setDaemon(true);
        return t;
    });

    private final LayoutEngine engine;
    private final Consumer<DiagramLayout> onResult;
    private final Consumer<Throwable> onError;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private long generation;
    private Task<DiagramLayout> current;

    LayoutRunner(LayoutEngine engine, Consumer<DiagramLayout> onResult, Consumer<Throwable> onError) {
        this.engine = engine;
        this.onResult = onResult;
        this.onError = onError;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /**
     * Starts a layout of {@code view} of {@code model} on the layout thread: the engine's snapshot of what the view
     * shows is taken here, on the FX thread, and the model may change as soon as this returns. Footprints outside
     * {@code touched} keep their places from {@code previous}.
     */
    void request(IcsModel model, DiagramView view, DiagramLayout previous, Set<ElementId> touched) {
        request(engine, model, view, previous, touched);
    }

    /** As {@link #request(IcsModel, DiagramView, DiagramLayout, Set)}, laid out by {@code engine} this once. */
    void request(LayoutEngine engine, IcsModel model, DiagramView view, DiagramLayout previous, Set<ElementId> touched) {
        LayoutInput input = engine.snapshot(model, view);
        long gen = ++generation;
        if (current != null) {
            current.cancel(false);
        }
        Set<ElementId> touchedCopy = Set.copyOf(touched);
        Task<DiagramLayout> task = new Task<>() {
            @Override
            protected DiagramLayout call() {
                LayoutMonitor monitor = new LayoutMonitor(this::isCancelled, f -> updateProgress(f, 1));
                return engine.layout(input, previous, touchedCopy, monitor);
            }
        };
        task.setOnSucceeded(e -> finish(gen, () -> onResult.accept(task.getValue())));
        task.setOnFailed(e -> finish(gen, () -> {
            if (!(task.getException() instanceof CancellationException)) {
                onError.accept(task.getException());
            }
        }));
        task.setOnCancelled(e -> finish(gen, () -> { }));
        task.progressProperty().addListener((o, was, now) -> {
            if (gen == generation && now.doubleValue() >= 0) {
                progress.set(now.doubleValue());
            }
        });
        current = task;
        progress.set(0);
        running.set(true);
        LAYOUT_THREAD.execute(task);
    }

    /** Stops the layout in flight, if any; the diagram keeps showing the last finished layout. */
    void cancel() {
        generation++;
        if (current != null) {
            current.cancel(false);
            current = null;
        }
        running.set(false);
    }

    private void finish(long gen, Runnable handOver) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> finish(gen, handOver));
            return;
        }
        if (gen != generation) {
            return;
        }
        current = null;
        running.set(false);
        progress.set(1);
        handOver.run();
    }
}
