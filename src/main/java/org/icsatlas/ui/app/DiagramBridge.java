package org.icsatlas.ui.app;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.ui.diagram.DiagramCanvas;

/**
 * Connects the diagram canvas to the window: keeps it showing the view model's model and current view, mirrors the
 * selection both ways, records the view changes the canvas makes by itself (double-click collapse, drag pins) as
 * edits, and exposes zoom, focus and layout progress to the menus and the status bar.
 */
public final class DiagramBridge {
    private final MainViewModel viewModel;
    private final DiagramCanvas canvas = new DiagramCanvas(LayoutEngine.standard());
    private final Node legend = canvas.createLegend();
    private final BooleanBinding focused = canvas.focusProperty().isNotNull();
    /** True while this bridge itself hands the canvas a view, so the echo is not recorded as a user edit. */
    private boolean pushing;

    DiagramBridge(MainViewModel viewModel) {
        this.viewModel = viewModel;
        canvas.selectionProperty().bindBidirectional(viewModel.selectionProperty());
        viewModel.modelProperty().addListener((o, a, b) -> push());
        viewModel.currentViewProperty().addListener((o, a, b) -> push());
        canvas.viewProperty().addListener((o, was, now) -> {
            if (!pushing && now != null) {
                viewModel.recordView(now);
            }
        });
        push();
    }

    /** Shows the view model's current model and view, relaying out only if something differs from what is drawn. */
    private void push() {
        DiagramView view = viewModel.getCurrentView();
        if (viewModel.getModel() == null || view == null) {
            return;
        }
        pushing = true;
        try {
            if (canvas.getModel() != viewModel.getModel()) {
                canvas.setModel(viewModel.getModel(), view);
                canvas.selectionProperty().set(viewModel.selectionProperty().get());
            } else if (!Objects.equals(canvas.viewProperty().get(), view)) {
                canvas.viewProperty().set(view);
            }
        } finally {
            pushing = false;
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
