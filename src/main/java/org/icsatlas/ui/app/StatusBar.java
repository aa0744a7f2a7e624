package org.icsatlas.ui.app;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The status bar: counts, problems, where the model came from, the last edit's outcome, and layout progress. */
final class StatusBar {
    private StatusBar() {
    }

    static void bind(MainViewModel viewModel, DiagramBridge diagram, Label counts, Label problems, Label source,
                     Label editStatus, Label layout, ProgressBar layoutProgress, Button cancelLayout) {
        counts.textProperty().bind(viewModel.countsProperty());
        problems.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = viewModel.findings().size();
            return n == 0 ? "no problems" : n + (n == 1 ? " problem" : " problems");
        }, viewModel.findings()));
        source.textProperty().bind(Bindings.createStringBinding(() -> {
            ModelSource s = viewModel.sourceProperty().get();
            return s == null ? "" : s.label();
        }, viewModel.sourceProperty()));
        editStatus.textProperty().bind(viewModel.statusProperty());
        layoutProgress.progressProperty().bind(diagram.progressProperty());
        layoutProgress.visibleProperty().bind(diagram.layingOutProperty());
        cancelLayout.visibleProperty().bind(diagram.layingOutProperty());
        layout.textProperty().bind(diagram.layoutStatus());
    }
}
