package org.icsatlas.ui.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.icsatlas.model.ModelSnapshot;

/**
 * Keeps the recovery copy of one open document up to date. The UI thread tells it about edits, timer ticks and
 * clean states; it takes an immutable {@link ModelSnapshot} there (cheap: lists of immutable values) and leaves
 * building, serialising and writing the copy to its own background thread. Copies queued faster than they can be
 * written collapse into the newest one; a discard (the document was saved or closed) is ordered after every write
 * queued before it, so no late write brings a deleted copy back.
 *
 * <p>{@link #edited}, {@link #tick}, {@link #saveNow} and {@link #discard} must be called from one thread (the
 * JavaFX thread in the app).
 */
public final class Autosaver implements AutoCloseable {

    /** What the document is now: its content and what it belongs to. Taken on the UI thread. */
    public record Capture(ModelSnapshot snapshot, RecoveryOrigin origin) {
    }

    /** Hears of each finished write or failure, on the background thread. */
    public interface Listener {
        void written(Capture capture, Path copy, long snapshotNanos);

        void failed(String message);
    }

    private record Pending(Capture capture, long snapshotNanos, Runnable afterWrite) {
    }

    private final RecoveryStore store;
    private final String documentId;
    private final AutosavePolicy policy;
    private final Supplier<Capture> capture;
    private final Listener listener;
    private final ExecutorService writer;
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    private int editsSinceCopy;
    private boolean changedSinceCopy;
    private long longestSnapshotNanos;

    public Autosaver(RecoveryStore store, AutosavePolicy policy, Supplier<Capture> capture, Listener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.documentId = UUID.randomUUID().toString();
        this.policy = Objects.requireNonNull(policy, "policy");
        this.capture = Objects.requireNonNull(capture, "capture");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "atlas-autosave");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }

    public String documentId() {
        return documentId;
    }

    public AutosavePolicy policy() {
        return policy;
    }

    /** Where this document's copy lives while it has unsaved changes. */
    public Path copyFile() {
        return store.modelFile(documentId);
    }

    /** One more edit (or undo, or redo) left the document with unsaved changes. */
    public void edited() {
        changedSinceCopy = true;
        editsSinceCopy++;
        if (editsSinceCopy >= policy.editsBetweenCopies()) {
            saveNow();
        }
    }

    /** The interval elapsed: write a copy if anything changed since the last one. */
    public void tick() {
        if (changedSinceCopy) {
            saveNow();
        }
    }

    /** Takes a snapshot now and queues it for writing. */
    public void saveNow() {
        saveNow(null);
    }

    /** Like {@link #saveNow()}; {@code afterWrite} runs on the background thread once this copy is on disk. */
    public void saveNow(Runnable afterWrite) {
        long start = System.nanoTime();
        Capture c = capture.get();
        long took = System.nanoTime() - start;
        longestSnapshotNanos = Math.max(longestSnapshotNanos, took);
        editsSinceCopy = 0;
        changedSinceCopy = false;
        // A copy not yet written is overtaken by this one; its after-write action still runs, after this write.
        Pending previous = pending.getAndUpdate(
                prev -> new Pending(c, took, chain(afterWrite, prev == null ? null : prev.afterWrite())));
        if (previous == null) {
            writer.execute(this::writePending);
        }
    }

    private static Runnable chain(Runnable first, Runnable second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return () -> {
            second.run();
            first.run();
        };
    }

    private void writePending() {
        Pending p = pending.getAndSet(null);
        if (p == null) {
            return;
        }
        try {
            Path written = store.write(documentId, p.capture().origin(), p.capture().snapshot());
            if (p.afterWrite() != null) {
                p.afterWrite().run();
            }
            listener.written(p.capture(), written, p.snapshotNanos());
        } catch (IOException | RuntimeException e) {
            listener.failed("The recovery copy could not be written: " + e.getMessage());
        }
    }

    /** The document matches its file again (saved, or closed on purpose): remove the copy. */
    public void discard() {
        editsSinceCopy = 0;
        changedSinceCopy = false;
        pending.set(null);
        writer.execute(() -> {
            try {
                store.delete(documentId);
            } catch (IOException e) {
                listener.failed("The recovery copy could not be removed: " + e.getMessage());
            }
        });
    }

    /** The longest a snapshot has held the calling thread so far. */
    public long longestSnapshotNanos() {
        return longestSnapshotNanos;
    }

    /** Waits until every queued write and delete is done (tests, shutdown). */
    public void awaitIdle() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        writer.execute(done::countDown);
        done.await();
    }

    /** Discards the copy (the document closes cleanly) and stops the background thread after it. */
    @Override
    public void close() {
        discard();
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
