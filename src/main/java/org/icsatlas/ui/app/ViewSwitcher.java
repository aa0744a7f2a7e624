package org.icsatlas.ui.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;
import org.icsatlas.model.DiagramView;

/** The toolbar's view switcher: lists the model's views by name, follows the view shown, and switches on a choice. */
final class ViewSwitcher {
    private ViewSwitcher() {
    }

    static void bind(ComboBox<DiagramView> switcher, MainViewModel viewModel) {
        switcher.setItems(viewModel.views());
        switcher.setConverter(new StringConverter<>() {
            @Override
            public String toString(DiagramView v) {
                return v == null ? "" : v.name();
            }

            @Override
            public DiagramView fromString(String s) {
                return null;
            }
        });
        switcher.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DiagramView v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.name());
            }
        });
        switcher.getSelectionModel().select(viewModel.getCurrentView());
        viewModel.currentViewProperty().addListener((o, a, v) -> switcher.getSelectionModel().select(v));
        viewModel.views().addListener((ListChangeListener<DiagramView>) c ->
                switcher.getSelectionModel().select(viewModel.getCurrentView()));
        switcher.setOnAction(e -> {
            DiagramView chosen = switcher.getSelectionModel().getSelectedItem();
            if (chosen != null && !chosen.id().equals(viewModel.getCurrentView().id())) {
                viewModel.switchView(chosen.id());
            }
        });
    }
}
