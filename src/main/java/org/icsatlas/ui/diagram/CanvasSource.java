package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.icsatlas.edit.Command;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelChange;
import org.icsatlas.model.ModelListener;
import org.icsatlas.ui.editing.DiagramEditor;
import org.icsatlas.ui.editing.Document;
import org.icsatlas.ui.editing.DocumentListener;
import org.icsatlas.ui.editing.Outcome;
import org.icsatlas.ui.editing.Selection;

/**
 * What the canvas shows and how it keeps up with it: the model, the open document the canvas edits through (none
 * for a view that is not part of its model, which is only looked at), and the view drawn, which is the model's own
 * (one copy). View changes are commands run by the document; the canvas follows the document's change events,
 * collected by its {@link LayoutFollower} into one relayout per batch.
 */
final class CanvasSource {
    /** What the canvas does when its source moves. */
    interface Host {
        /** Another model or document is about to be shown afresh: drop selection, focus and pending gestures. */
        void showing(Selection selection);

        /** Lay out again: afresh, or only what changed since the layout on screen. */
        void relayout(boolean fresh);

        /** Another of the model's views is drawn now (navigation): show it whole once it is laid out. */
        void switchedView();

        /** The document refused an edit, for this reason. */
        void refused(String reason);
    }

    private final Host host;
    private final LayoutFollower follower;
    private final ObjectProperty<DiagramView> view;
    private final ModelListener modelListener = this::modelChanged;
    private final DocumentListener documentListener = new DocumentListener() {
        @Override
        public void modelChanged(List<ModelChange> changes) {
            documentChanged(changes);
        }

        @Override
        public void viewShown(DiagramView v) {
            if (!v.equals(view.get())) {
                view.set(v);
            }
        }

        @Override
        public void refused(String reason) {
            host.refused(reason);
        }
    };
    private IcsModel model;
    private Document document;
    private DiagramEditor editor;
    /** True while the canvas brings its view up to the model's within one batch of changes (one relayout for both). */
    private boolean syncingView;
    private boolean settingModel;

    CanvasSource(Object bean, LayoutFollower follower, Host host) {
        this.host = host;
        this.follower = follower;
        this.view = new SimpleObjectProperty<>(bean, "view");
        view.addListener((o, was, now) -> viewChanged(was, now));
    }

    /** See {@link DiagramCanvas#setModel}. */
    void setModel(IcsModel newModel, DiagramView newView) {
        if (newModel != null && newView != null && newModel.view(newView.id()).filter(newView::equals).isPresent()) {
            Document d = new Document(newModel);
            d.showView(newView.id());
            setDocument(d);
            return;
        }
        attach(newModel, null);
        show(newView);
    }

    void setDocument(Document newDocument) {
        attach(newDocument.model(), newDocument);
        show(newDocument.currentView());
    }

    IcsModel model() {
        return model;
    }

    Document document() {
        return document;
    }

    DiagramEditor editor() {
        return editor;
    }

    ObjectProperty<DiagramView> view() {
        return view;
    }

    private void attach(IcsModel newModel, Document newDocument) {
        if (document != null) {
            document.removeListener(documentListener);
        } else if (model != null) {
            model.removeListener(modelListener);
        }
        model = newModel;
        document = newDocument;
        editor = newDocument == null ? null : new DiagramEditor(newDocument);
        if (document != null) {
            document.addListener(documentListener);
        } else if (model != null) {
            model.addListener(modelListener);
        }
    }

    private void show(DiagramView newView) {
        host.showing(document != null ? document.selection() : new Selection());
        follower.clear();
        settingModel = true;
        try {
            view.set(newView != null ? newView : DiagramView.whole("view-whole", "Whole system"));
        } finally {
            settingModel = false;
        }
        host.relayout(true);
    }

    /**
     * Changes the view by a command run through the document; the canvas follows when the model says the view
     * changed. A view that is not part of the model (no document) is only looked at, so it changes in place.
     */
    Outcome editView(Command command, UnaryOperator<DiagramView> local) {
        if (document != null) {
            return document.execute(command);
        }
        DiagramView next = local.apply(view.get());
        if (!next.equals(view.get())) {
            view.set(next);
        }
        return new Outcome(true, command.description());
    }

    /**
     * Keeps with a view that had no arrangement the one the window chose for it (width / height {@code aspect}), so
     * the file saved next opens, and exports from the command line, with the same boxes; see
     * {@link Document#recordArrangement}. Not an edit: no undo step, the document does not become unsaved.
     */
    void recordArrangement(double aspect) {
        DiagramView v = view.get();
        if (document != null && v != null && !v.hasArrangement() && aspect > 0 && model.view(v.id()).isPresent()) {
            document.recordArrangement(v.id(), aspect);
        }
    }

    private void viewChanged(DiagramView was, DiagramView now) {
        if (settingModel || model == null || now == null) {
            return;
        }
        if (was != null && !was.id().equals(now.id())) {
            host.switchedView();
        }
        if (document != null && !now.id().equals(document.currentView().id())) {
            // A view switched from outside (a view switcher) is navigation: the document shows it too.
            document.showView(now.id());
        }
        if (follower.viewChanged(model, was, now) && !syncingView) {
            host.relayout(false);
        }
    }

    /**
     * One batch of changes from the document: the footprints it touched and, when the batch changed the view shown
     * (a pin, a collapse), the view as the model now holds it; then one relayout for both.
     */
    private void documentChanged(List<ModelChange> changes) {
        boolean relevant = follower.changed(changes);
        DiagramView now = document.currentView();
        if (!now.equals(view.get())) {
            relevant |= !LayoutFollower.onlyArrangementDiffers(view.get(), now);
            syncingView = true;
            try {
                view.set(now);
            } finally {
                syncingView = false;
            }
        }
        if (relevant) {
            host.relayout(false);
        }
    }

    /** A model shown without a document may be changed from any thread; the canvas follows on the FX thread. */
    private void modelChanged(List<ModelChange> changes) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> modelChanged(changes));
            return;
        }
        if (follower.changed(changes)) {
            host.relayout(false);
        }
    }
}
