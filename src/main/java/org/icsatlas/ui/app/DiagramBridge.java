package org.icsatlas.ui.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.ui.diagram.DiagramCanvas;

/**
 * Connects the diagram canvas to the window: hands it the open {@link org.icsatlas.ui.editing.Document} (the canvas
 * edits through it, shares its selection and redraws from its change events), and exposes zoom, focus and layout
 * progress to the menus and the status bar. There is no second copy of the view here: the canvas shows the
 * document's current view as the model holds it.
 */
public final class DiagramBridge {
    private final MainViewModel viewModel;
    private final DiagramCanvas canvas = new DiagramCanvas(LayoutEngine.standard());
    private final Node legend = canvas.createLegend();
    private final BooleanBinding focused = canvas.focusProperty().isNotNull();

    DiagramBridge(MainViewModel viewModel) {
        this.viewModel = viewModel;
        viewModel.documentProperty().addListener((o, a, b) -> push());
        push();
    }

    private void push() {
        if (viewModel.getDocument() != null && canvas.getDocument() != viewModel.getDocument()) {
            canvas.setDocument(viewModel.getDocument());
        }
    }

    public DiagramCanvas canvas() {
        return canvas;
    }

    public Node node() {
        return canvas;
    }

    public Node legend() {
        return legend;
    }

    public void centreOnSelection() {
        viewModel.selection().ifPresent(canvas::centreOn);
    }

    public void zoomIn() {
        canvas.zoomIn();
    }

    public void zoomOut() {
        canvas.zoomOut();
    }

    public void zoomToFit() {
        canvas.zoomToFit();
    }

    public void zoomToSelection() {
        canvas.zoomToSelection();
    }

    /** Fades everything not connected to the selection; nothing happens with no selection. */
    public void focusOnSelection() {
        viewModel.selection().ifPresent(canvas::focus);
    }

    public void leaveFocus() {
        canvas.clearFocus();
    }

    public BooleanBinding focusedProperty() {
        return focused;
    }

    public void cancelLayout() {
        canvas.cancelLayout();
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return canvas.layingOutProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return canvas.progressProperty();
    }

    /** What the status bar says about layout: laying out, the last failure, or nothing. */
    public StringBinding layoutStatus() {
        return Bindings.createStringBinding(() -> {
            if (canvas.layingOutProperty().get()) {
                return "Laying out…";
            }
            Throwable error = canvas.layoutErrorProperty().get();
            return error == null ? "" : "Layout failed: " + error.getMessage();
        }, canvas.layingOutProperty(), canvas.layoutErrorProperty());
    }

    /** Whether the diagram shows a finished layout of the current model and view. */
    public boolean isReady() {
        DiagramLayout l = canvas.layoutProperty().get();
        return !canvas.layingOutProperty().get() && !(l.footprints().isEmpty() && l.nodes().isEmpty());
    }
}
