package org.icsatlas.ui.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.icsatlas.analysis.Finding;

/**
 * The problems panel: the standard rules' findings for the open model, kept current as it changes, errors
 * first. Clicking a finding selects (and so centres) the first element it names.
 */
public final class ProblemsPanel extends VBox {
    private final ListView<Finding> list = new ListView<>();

    public ProblemsPanel(MainViewModel viewModel, Runnable centreOnSelection) {
        getStyleClass().add(StyleClasses.PROBLEMS);
        Label header = new Label();
        header.getStyleClass().add(StyleClasses.SIDE_HEADER);
        header.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.findings().isEmpty() ? "Problems — none found" : "Problems (" + viewModel.findings().size() + ")",
                viewModel.findings()));
        list.setItems(viewModel.findings());
        list.setCellFactory(v -> new FindingCell());
        list.setPlaceholder(new Label("The standard rules find nothing to flag."));
        list.setOnMouseClicked(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (f != null && !f.elements().isEmpty()) {
                viewModel.selectionProperty().set(f.elements().get(0));
                centreOnSelection.run();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        setPadding(new Insets(0));
        getChildren().addAll(header, list);
    }

    public ListView<Finding> list() {
        return list;
    }

    /** A finding: its severity as a coloured word, then the message, wrapped. */
    private static final class FindingCell extends ListCell<Finding> {
        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label severity = new Label(switch (f.severity()) {
                case ERROR -> "Error";
                case WARNING -> "Warning";
                case INFO -> "Note";
            });
            severity.getStyleClass().add(switch (f.severity()) {
                case ERROR -> StyleClasses.SEVERITY_ERROR;
                case WARNING -> StyleClasses.SEVERITY_WARNING;
                case INFO -> StyleClasses.SEVERITY_INFO;
            });
            setGraphic(severity);
            setText(f.message());
            setWrapText(true);
            setPrefWidth(0);
            setTooltip(new Tooltip(f.ruleId() + ": " + f.message()));
        }
    }
}
