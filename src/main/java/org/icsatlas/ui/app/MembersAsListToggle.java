package org.icsatlas.ui.app;

import javafx.scene.control.CheckMenuItem;
import org.icsatlas.edit.ChangeViewCommand;
import org.icsatlas.model.DiagramView;

/**
 * The View menu's "Members as a List" check item: whether the current view lists each body's members inside its box
 * instead of drawing membership lines. The tick follows the current view (undo included); a toggle is one undoable
 * view change.
 */
final class MembersAsListToggle {
    /** The item's id, for tests and the menu's CSS. */
    static final String ID = "members-as-list";

    private MembersAsListToggle() {
    }

    static void bind(MainViewModel viewModel, CheckMenuItem item) {
        item.setId(ID);
        item.setOnAction(e -> {
            DiagramView view = viewModel.getCurrentView();
            if (view != null && view.membersAsList() != item.isSelected()) {
                viewModel.execute(ChangeViewCommand.membersAsList(view.id(), item.isSelected()));
            }
            DiagramView now = viewModel.getCurrentView();
            item.setSelected(now != null && now.membersAsList());
        });
        viewModel.currentViewProperty().addListener((o, was, now) -> item.setSelected(now != null && now.membersAsList()));
        DiagramView view = viewModel.getCurrentView();
        item.setSelected(view != null && view.membersAsList());
    }
}
