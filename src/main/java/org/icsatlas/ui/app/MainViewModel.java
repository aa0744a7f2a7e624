package org.icsatlas.ui.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icsatlas.analysis.Finding;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.UndoHistory;
import org.icsatlas.edit.ChangeViewCommand;
import org.icsatlas.edit.PinCommand;
import org.icsatlas.model.ChangeType;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelChange;
import org.icsatlas.model.ModelListener;
import org.icsatlas.model.RelationKind;
import org.icsatlas.ui.editing.DiagramEditor;
import org.icsatlas.ui.editing.Document;
import org.icsatlas.ui.editing.DocumentListener;
import org.icsatlas.ui.editing.Outcome;

/**
 * The state of the main window: the open model and where it came from, its undo history, the view being shown,
 * the selection, the window title and the findings. Controls bind to it; it never touches a control. Every change
 * to the model, view changes included, goes through an edit command so it can be undone and is saved.
 */
public final class MainViewModel {
    /** The id and name of the view made for a model that brings none. */
    static final String DEFAULT_VIEW_ID = "view-whole";
    static final String DEFAULT_VIEW_NAME = "Whole system";
    private static final Set<ChangeType> VIEW_CHANGES = EnumSet.of(ChangeType.VIEW_ADDED, ChangeType.VIEW_REMOVED, ChangeType.VIEW_CHANGED);

    private final ModelStore store;
    private final ProblemChecker checker;
    private final ReadOnlyObjectWrapper<IcsModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ReadOnlyObjectWrapper<ModelSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<DiagramView> currentView = new ReadOnlyObjectWrapper<>(this, "currentView");
    private final ObservableList<DiagramView> views = FXCollections.observableArrayList();
    private final ObjectProperty<ElementId> selection = new SimpleObjectProperty<>(this, "selection");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "ICS Atlas");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    /** Goes up by one after every change to the open model's content (not its views), so lists can refresh. */
    private final ReadOnlyIntegerWrapper contentRevision = new ReadOnlyIntegerWrapper(this, "contentRevision");
    /** Counts changes of the whole selection (several items), which {@link #selectionProperty()} (the primary) misses. */
    private final ReadOnlyIntegerWrapper selectionRevision = new ReadOnlyIntegerWrapper(this, "selectionRevision");
    private List<ModelChange> lastContentChanges;
    /** The last thing an edit said: a refusal's reason, or what was done. */
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final DocumentListener listener = new DocumentListener() {
        @Override
        public void modelChanged(List<ModelChange> changes) {
            MainViewModel.this.modelChanged(changes);
        }

        @Override
        public void historyChanged(Document d) {
            refreshHistoryState();
        }

        @Override
        public void viewShown(DiagramView view) {
            currentView.set(view);
        }

        @Override
        public void refused(String reason) {
            status.set("Not done: " + reason);
        }
    };
    private final Runnable selectionFollower = this::documentSelectionChanged;
    private UndoHistory history;
    /** An imported model counts as unsaved until it is saved, though nothing was edited yet. */
    private boolean unsavedImport;
    private DiagramEditor editor;

    public MainViewModel(ModelStore store, ProblemChecker checker) {
        this.store = store;
        this.checker = checker;
        selection.addListener((o, was, now) -> {
            Document d = document.get();
            if (d != null && !java.util.Objects.equals(d.selection().primary(), now)) {
                d.selection().set(now);
            }
        });
    }

    private void documentSelectionChanged() {
        selectionRevision.set(selectionRevision.get() + 1);
        ElementId primary = document.get().selection().primary();
        if (!java.util.Objects.equals(selection.get(), primary)) {
            selection.set(primary);
        }
    }

    // ---------------------------------------------------------------- opening and saving

    /** Opens a file; on failure the open model stays as it was and the exception says file:line:column. */
    public void open(Path file) throws ModelStore.OpenException {
        show(store.read(file), ModelSource.ofFile(file));
    }

    public void openSample(Sample sample) throws ModelStore.OpenException {
        show(store.read(sample), ModelSource.ofSample(sample));
    }

    /** Shows a model imported from another format as a new document that has not been saved (Save asks where). */
    public void openImported(IcsModel imported, Path from) {
        show(imported, ModelSource.ofImport(from));
        unsavedImport = true;
        refreshHistoryState();
    }

    /** Whether Save can write without asking where: the model came from a file, not from the classpath. */
    public boolean hasFile() {
        return source.get() != null && source.get().file().isPresent();
    }

    /** Saves to the file the model came from. */
    public void save() throws IOException {
        saveAs(source.get().file().orElseThrow(() -> new IllegalStateException("a sample has no file; use Save As")));
    }

    /** Saves atomically to {@code file}, which becomes the model's file. */
    public void saveAs(Path file) throws IOException {
        store.write(model.get(), file);
        history.markSaved();
        unsavedImport = false;
        source.set(ModelSource.ofFile(file));
        refreshHistoryState();
    }

    private void show(IcsModel newModel, ModelSource newSource) {
        Document old = document.get();
        if (old != null) {
            old.selection().removeListener(selectionFollower);
            old.close();
        }
        if (newModel.views().isEmpty()) {
            // Every diagram needs a view; a model that brings none gets the whole system, saved with it.
            newModel.addView(DiagramView.whole(uniqueViewId(newModel), DEFAULT_VIEW_NAME), -1);
        }
        history = new UndoHistory(newModel);
        unsavedImport = false;
        Document next = new Document(newModel, history);
        editor = new DiagramEditor(next);
        selection.set(null);
        source.set(newSource);
        status.set("");
        // No view while the model changes, so nothing pairs the new model with the old model's view.
        currentView.set(null);
        document.set(next);
        model.set(newModel);
        views.setAll(newModel.views());
        currentView.set(next.currentView());
        next.addListener(listener);
        next.selection().addListener(selectionFollower);
        contentChanged(null);
        refreshHistoryState();
    }

    private static String uniqueViewId(IcsModel m) {
        String id = DEFAULT_VIEW_ID;
        for (int i = 2; m.containsId(ElementId.of(id)); i++) {
            id = DEFAULT_VIEW_ID + "-" + i;
        }
        return id;
    }

    // ---------------------------------------------------------------- views

    /** Shows another of the model's named views. Switching views is not an edit. */
    public void switchView(ElementId viewId) {
        document.get().showView(viewId);
    }

    public void setCollapsed(ElementId footprint, boolean collapsed) {
        if (currentView.get().isCollapsed(footprint) != collapsed) {
            execute(ChangeViewCommand.collapse(currentView.get().id(), footprint, collapsed));
        }
    }

    /** Whether {@code id}'s position is pinned (by a drag) in the current view. */
    public boolean isPinned(ElementId id) {
        DiagramView v = currentView.get();
        return id != null && v != null && v.pinned().containsKey(id);
    }

    /** Unpins {@code id} in the current view (one undoable step), so the automatic layout places it again. */
    public void unpin(ElementId id) {
        if (isPinned(id)) {
            execute(PinCommand.unpin(currentView.get().id(), id));
        }
    }

    public void toggleCollapsed(ElementId footprint) {
        setCollapsed(footprint, !currentView.get().isCollapsed(footprint));
    }

    public void setRelationKindShown(RelationKind kind, boolean shown) {
        if (currentView.get().shows(kind) != shown) {
            execute(ChangeViewCommand.showRelationKind(currentView.get().id(), kind, shown));
        }
    }

    /** "Show proposed" / "Show abolished": whether the current view draws what has {@code status}; undoable. */
    public void setStatusShown(org.icsatlas.model.Status status, boolean shown) {
        if (currentView.get().shows(status) != shown) {
            execute(ChangeViewCommand.showStatus(currentView.get().id(), status, shown));
        }
    }

    public void setElementKindShown(ElementKind kind, boolean shown) {
        if (currentView.get().shows(kind) != shown) {
            execute(ChangeViewCommand.showElementKind(currentView.get().id(), kind, shown));
        }
    }

    // ---------------------------------------------------------------- undo

    /** Runs {@code command} through the open document (one undo step); a refusal shows in {@link #statusProperty()}. */
    public Outcome execute(Command command) {
        Outcome o = document.get().execute(command);
        if (o.done()) {
            status.set("");
        }
        return o;
    }

    public void undo() {
        if (history.canUndo()) {
            status.set("");
            history.undo();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            status.set("");
            history.redo();
        }
    }

    private void refreshHistoryState() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription());
        redoText.set(history.redoDescription());
        dirty.set(history.isDirty() || unsavedImport);
        String name = model.get() == null ? "" : model.get().info().title();
        title.set("ICS Atlas — " + (name.isBlank() ? "Untitled" : name) + (dirty.get() ? " •" : ""));
    }

    // ---------------------------------------------------------------- model events

    private void modelChanged(List<ModelChange> changes) {
        IcsModel m = model.get();
        boolean viewsChanged = changes.stream().anyMatch(c -> VIEW_CHANGES.contains(c.type()));
        boolean contentChanged = changes.stream().anyMatch(c -> !VIEW_CHANGES.contains(c.type()));
        if (viewsChanged && !views.equals(m.views())) {
            views.setAll(m.views());
        }
        if (contentChanged) {
            contentChanged(changes);
        }
    }

    private void contentChanged(List<ModelChange> changes) {
        IcsModel m = model.get();
        lastContentChanges = changes == null ? null : List.copyOf(changes);
        long places = m.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).count();
        counts.set(plural(places, "place") + " · " + plural(m.elementCount(), "element") + " · "
                + plural(m.relationCount(), "relation"));
        contentRevision.set(contentRevision.get() + 1);
        checker.recheck(history);
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---------------------------------------------------------------- properties

    /** The one owner of the open model: run edits, listen to changes, read and set the selection (see editing-api). */
    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public Document getDocument() {
        return document.get();
    }

    /** The gestures as edits on the open document (what the canvas, menus and keyboard call). */
    public DiagramEditor editor() {
        return editor;
    }

    /** What the last edit said: the reason it was refused ("Not done: …"), or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Shows a message in the status bar (a gesture's hint or refusal). */
    public void say(String message) {
        status.set(message == null ? "" : message);
    }

    public ReadOnlyObjectProperty<IcsModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public IcsModel getModel() {
        return model.get();
    }

    public ReadOnlyObjectProperty<ModelSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiagramView> currentViewProperty() {
        return currentView.getReadOnlyProperty();
    }

    public DiagramView getCurrentView() {
        return currentView.get();
    }

    /** The model's named views, in model order. */
    public ObservableList<DiagramView> views() {
        return FXCollections.unmodifiableObservableList(views);
    }

    /** The selected element or footprint; null for none. */
    public ObjectProperty<ElementId> selectionProperty() {
        return selection;
    }

    /** Everything selected (boxes, footprints, lines), primary first; empty with no document. */
    public List<ElementId> selectedItems() {
        Document d = document.get();
        if (d == null) {
            return List.of();
        }
        List<ElementId> items = new java.util.ArrayList<>(d.selection().items());
        ElementId primary = d.selection().primary();
        if (primary != null && items.remove(primary)) {
            items.add(0, primary);
        }
        return items;
    }

    /** Changes whenever the set of selected items changes. */
    public ReadOnlyIntegerProperty selectionRevisionProperty() {
        return selectionRevision.getReadOnlyProperty();
    }

    public Optional<ElementId> selection() {
        return Optional.ofNullable(selection.get());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "5 places · 64 elements · 120 relations". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /**
     * The changes behind the latest {@link #contentRevisionProperty() content revision}, so a list can update just
     * what they touched; null when a whole new model was opened (rebuild everything).
     */
    public List<ModelChange> lastContentChanges() {
        return lastContentChanges;
    }

    public ReadOnlyIntegerProperty contentRevisionProperty() {
        return contentRevision.getReadOnlyProperty();
    }

    public ObservableList<Finding> findings() {
        return checker.findings();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checker.checkingProperty();
    }

    // ---------------------------------------------------------------- never lose work, history panel (workshop)

    /** The open model's undo history; a new one replaces it (before {@link #modelProperty()} changes) on open. */
    public UndoHistory undoHistory() {
        return history;
    }

    /** Shows a model recovered after a crash: it belongs to {@code origin} and counts as unsaved until saved. */
    public void openRecovered(IcsModel recovered, ModelSource origin) {
        show(recovered, origin);
        history.markUnsaved();
        refreshHistoryState();
    }
}
