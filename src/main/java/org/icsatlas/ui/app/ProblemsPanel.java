package org.icsatlas.ui.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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

    /** A finding: its severity as a coloured tag, then the message, wrapped to the panel's width. */
    private static final class FindingCell extends ListCell<Finding> {
        /** The severity tag, the gaps and the scroll bar: what the message leaves of the list's width. */
        private static final double MESSAGE_INSET = 120;
        private final Label severity = new Label();
        private final Label message = new Label();
        private final HBox row = new HBox(8, severity, message);

        FindingCell() {
            message.setWrapText(true);
            message.setMinHeight(Region.USE_PREF_SIZE);
            // The row is as wide as the list's visible area, so long messages wrap instead of running off.
            listViewProperty().addListener((o, a, list) -> {
                if (list != null) {
                    message.prefWidthProperty().bind(list.widthProperty().subtract(MESSAGE_INSET));
                    message.maxWidthProperty().bind(list.widthProperty().subtract(MESSAGE_INSET));
                }
            });
            HBox.setHgrow(message, Priority.ALWAYS);
            severity.setMinWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            severity.setText(switch (f.severity()) {
                case ERROR -> "Error";
                case WARNING -> "Warning";
                case INFO -> "Note";
            });
            severity.getStyleClass().setAll("label", switch (f.severity()) {
                case ERROR -> StyleClasses.SEVERITY_ERROR;
                case WARNING -> StyleClasses.SEVERITY_WARNING;
                case INFO -> StyleClasses.SEVERITY_INFO;
            });
            message.setText(f.message());
            setGraphic(row);
            setTooltip(new Tooltip(f.ruleId() + ": " + f.message()));
        }
    }
}
