package org.icsatlas.ui.editing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.IdGenerator;
import org.icsatlas.edit.UndoHistory;
import org.icsatlas.model.ChangeType;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.ModelChange;
import org.icsatlas.model.ModelListener;

/**
 * The one owner of an open model: every edit of it, from any gesture, menu or panel, is a {@link Command} handed
 * to {@link #execute}, which runs it through the document's {@link UndoHistory}. Everything that shows the model
 * (canvas, outline, search, legend, problems) redraws from the change events it hears through
 * {@link #addListener}; nothing else keeps a copy of the model's state. The document also holds the
 * {@link Selection} and which of the model's views is shown (switching views is navigation, not an edit).
 *
 * <p>Plain Java, no JavaFX: headless tests drive a document exactly as the window does. Call it from one thread
 * (the JavaFX thread in the window).
 */
public final class Document {
    private final IcsModel model;
    private final UndoHistory history;
    private final Selection selection = new Selection();
    private final List<DocumentListener> listeners = new CopyOnWriteArrayList<>();
    private final ModelListener modelListener = this::modelChanged;
    private ElementId viewId;

    /** Opens {@code model} (which must have at least one view) showing its first view. */
    public Document(IcsModel model) {
        this(model, new UndoHistory(model));
    }

    public Document(IcsModel model, UndoHistory history) {
        this.model = Objects.requireNonNull(model, "model");
        this.history = Objects.requireNonNull(history, "history");
        if (history.model() != model) {
            throw new IllegalArgumentException("the history belongs to another model");
        }
        if (model.views().isEmpty()) {
            throw new IllegalArgumentException("a document needs a model with at least one view");
        }
        viewId = model.views().get(0).id();
        model.addListener(modelListener);
        history.addListener(h -> listeners.forEach(l -> l.historyChanged(this)));
    }

    public IcsModel model() {
        return model;
    }

    public UndoHistory history() {
        return history;
    }

    public Selection selection() {
        return selection;
    }

    /** A fresh id maker for commands built now (new elements, relations, pasted copies). */
    public IdGenerator ids() {
        return new IdGenerator(model);
    }

    // ---------------------------------------------------------------- edits

    /**
     * Runs {@code command} as one new undo step. A command the model refuses changes nothing: the outcome says why,
     * and listeners hear {@link DocumentListener#refused}.
     */
    public Outcome execute(Command command) {
        try {
            history.execute(command);
            return Outcome.ok(command.description());
        } catch (IllegalEditException e) {
            String reason = e.getMessage();
            listeners.forEach(l -> l.refused(reason));
            return Outcome.refusedBecause(reason);
        }
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    public boolean canUndo() {
        return history.canUndo();
    }

    public boolean canRedo() {
        return history.canRedo();
    }

    /** "Undo Connect 'Wiltshire Council' member of 'Wiltshire Health and Wellbeing Board'", or "Undo". */
    public String undoText() {
        return history.undoDescription();
    }

    public String redoText() {
        return history.redoDescription();
    }

    // ---------------------------------------------------------------- views

    /** The view shown, as the model holds it now. */
    public DiagramView currentView() {
        return model.view(viewId).orElseGet(() -> model.views().get(0));
    }

    /** Shows another of the model's views; not an edit. Unknown ids are ignored. */
    public void showView(ElementId id) {
        if (id != null && !id.equals(viewId) && model.view(id).isPresent()) {
            viewId = id;
            DiagramView v = currentView();
            listeners.forEach(l -> l.viewShown(v));
        }
    }

    /**
     * Keeps with view {@code id}, when it has none, the arrangement a window laid it out for (width / height
     * {@code aspect}), so the next save records it and a later open or command-line export draws the same boxes.
     * Not an edit: no undo step, and the document does not become unsaved by it.
     */
    public void recordArrangement(ElementId id, double aspect) {
        model.view(id).filter(v -> !v.hasArrangement() && aspect > 0)
                .ifPresent(v -> history.record(m -> m.updateView(v.withArrangedAspect(aspect))));
    }

    // ---------------------------------------------------------------- listening

    public void addListener(DocumentListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(DocumentListener l) {
        listeners.remove(l);
    }

    /** Stops listening to the model (the window opened another file). */
    public void close() {
        model.removeListener(modelListener);
        listeners.clear();
    }

    private void modelChanged(List<ModelChange> changes) {
        boolean viewTouched = false;
        boolean contentTouched = false;
        for (ModelChange c : changes) {
            ChangeType t = c.type();
            if (t == ChangeType.VIEW_ADDED || t == ChangeType.VIEW_REMOVED || t == ChangeType.VIEW_CHANGED) {
                viewTouched |= c.subject().equals(viewId) || t == ChangeType.VIEW_REMOVED;
            } else {
                contentTouched = true;
            }
        }
        if (viewTouched && model.view(viewId).isEmpty()) {
            viewId = model.views().get(0).id();
        }
        if (contentTouched) {
            selection.retain(id -> model.containsId(id) || model.relation(id).isPresent());
        }
        for (DocumentListener l : listeners) {
            l.modelChanged(changes);
        }
        if (viewTouched) {
            DiagramView v = currentView();
            listeners.forEach(l -> l.viewShown(v));
        }
    }
}
