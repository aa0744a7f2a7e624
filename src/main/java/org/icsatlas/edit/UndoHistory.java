package org.icsatlas.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.icsatlas.model.IcsModel;

/**
 * The undo and redo stacks of one model. Every user edit goes through {@link #execute}; a refused command is not
 * recorded. Consecutive mergeable commands become one undo step; the oldest steps fall off beyond the size limit.
 * A saved-point marker tells the UI whether the model differs from what was last saved.
 *
 * <p>While a model has a history, the history is its only writer (on the thread that owns the model, the JavaFX
 * thread in the app), and every change runs under a write lock, so other threads can read a consistent model
 * between two edits with {@link #read} (the problems panel copies the model that way, off the JavaFX thread).
 */
public final class UndoHistory {
    /** Steps kept when no limit is given. */
    public static final int DEFAULT_LIMIT = 200;

    /** Marker value for a saved point that no sequence of undo and redo can reach any more. */
    private static final int UNREACHABLE = -1;

    private final IcsModel model;
    private final int limit;
    private final Deque<Command> undoStack = new ArrayDeque<>();
    private final Deque<Command> redoStack = new ArrayDeque<>();
    private final List<HistoryListener> listeners = new CopyOnWriteArrayList<>();
    /** The undo stack's size when the model was last saved; the model is clean exactly when the size is back there. */
    private int savedDepth;
    /** Held for writing by each execute, undo and redo; for reading by {@link #read}. */
    private final ReentrantReadWriteLock writing = new ReentrantReadWriteLock();

    public UndoHistory(IcsModel model, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("an undo history must keep at least one step, not " + limit);
        }
        this.model = Objects.requireNonNull(model, "model");
        this.limit = limit;
    }

    public UndoHistory(IcsModel model) {
        this(model, DEFAULT_LIMIT);
    }

    public IcsModel model() {
        return model;
    }

    public int limit() {
        return limit;
    }

    /**
     * Executes {@code command} on the model and records it as the newest undo step (merged into the previous step
     * when that one accepts it). Clears the redo stack. If the command is refused, its exception propagates and
     * neither the model nor the history changes.
     */
    public void execute(Command command) {
        locked(() -> command.execute(model));
        redoStack.clear();
        if (savedDepth > undoStack.size()) {
            savedDepth = UNREACHABLE;
        }
        Optional<Command> merged = canMergeIntoTop() ? undoStack.peek().mergeWith(command) : Optional.empty();
        if (merged.isPresent()) {
            undoStack.pop();
            undoStack.push(merged.get());
        } else {
            undoStack.push(command);
            trimToLimit();
        }
        fire();
    }

    /** A step that was saved must stay its own step, or undoing it would no longer reach the saved state. */
    private boolean canMergeIntoTop() {
        return !undoStack.isEmpty() && savedDepth != undoStack.size();
    }

    private void trimToLimit() {
        while (undoStack.size() > limit) {
            undoStack.removeLast();
            savedDepth = savedDepth <= 0 ? UNREACHABLE : savedDepth - 1;
        }
    }

    /** Undoes the newest step; does nothing when there is none. */
    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        Command c = undoStack.pop();
        locked(() -> c.undo(model));
        redoStack.push(c);
        fire();
    }

    /** Redoes the most recently undone step; does nothing when there is none. */
    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        Command c = redoStack.pop();
        locked(() -> c.execute(model));
        undoStack.push(c);
        fire();
    }

    /**
     * Applies bookkeeping that is not an edit (the arrangement a window chose for a view that had none): under the
     * same lock as every edit, so readers on other threads see it whole, but with no undo step, and without making
     * the model unsaved. Nothing the user asked for changes, so there is nothing to undo.
     */
    public void record(java.util.function.Consumer<IcsModel> bookkeeping) {
        locked(() -> bookkeeping.accept(model));
    }

    private void locked(Runnable change) {
        writing.writeLock().lock();
        try {
            change.run();
        } finally {
            writing.writeLock().unlock();
        }
    }

    /**
     * Reads the model from any thread, between two edits: {@code reader} runs while no execute, undo or redo is
     * changing it (an edit on the owning thread waits for it, so keep it short: a {@link IcsModel#copy()}).
     */
    public <T> T read(Function<IcsModel, T> reader) {
        writing.readLock().lock();
        try {
            return reader.apply(model);
        } finally {
            writing.readLock().unlock();
        }
    }

    public boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** The Edit menu text for undo: "Undo Move 'Barnsley ACP' to Sheffield", or plain "Undo" when there is nothing. */
    public String undoDescription() {
        return undoStack.isEmpty() ? "Undo" : "Undo " + undoStack.peek().description();
    }

    /** The Edit menu text for redo, like {@link #undoDescription()}. */
    public String redoDescription() {
        return redoStack.isEmpty() ? "Redo" : "Redo " + redoStack.peek().description();
    }

    /** The number of steps that can be undone. */
    public int undoSize() {
        return undoStack.size();
    }

    /** The number of steps that can be redone. */
    public int redoSize() {
        return redoStack.size();
    }

    /** Forgets every step (after opening another file); the current model counts as saved. */
    public void clear() {
        undoStack.clear();
        redoStack.clear();
        savedDepth = 0;
        fire();
    }

    /** Records that the model as it is now has been saved. */
    public void markSaved() {
        savedDepth = undoStack.size();
        fire();
    }

    /** Whether the model differs from the last saved state (or the saved state can no longer be reached). */
    public boolean isDirty() {
        return savedDepth != undoStack.size();
    }

    /** What each undo step does, oldest first (the last one is what Undo would undo). */
    public List<String> undoSteps() {
        List<String> out = new java.util.ArrayList<>(undoStack.size());
        undoStack.descendingIterator().forEachRemaining(c -> out.add(c.description()));
        return out;
    }

    /** What each redo step does, next first (the first one is what Redo would redo). */
    public List<String> redoSteps() {
        List<String> out = new java.util.ArrayList<>(redoStack.size());
        redoStack.forEach(c -> out.add(c.description()));
        return out;
    }

    /** Records that the model differs from any saved file (a model recovered after a crash), until the next save. */
    public void markUnsaved() {
        savedDepth = UNREACHABLE;
        fire();
    }

    public void addListener(HistoryListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(HistoryListener l) {
        listeners.remove(l);
    }

    private void fire() {
        for (HistoryListener l : listeners) {
            l.historyChanged(this);
        }
    }
}
