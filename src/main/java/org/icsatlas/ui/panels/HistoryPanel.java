package org.icsatlas.ui.panels;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.icsatlas.edit.HistoryListener;
import org.icsatlas.edit.UndoHistory;
import org.icsatlas.model.IcsModel;

/**
 * The history panel: the open model's undo steps, oldest first, under a first line for the model as opened, then
 * the steps that can be redone (greyed). The line of the state the model is in is selected; clicking another line
 * (or Enter on it) undoes or redoes every step in between, so the model jumps to that state.
 */
public final class HistoryPanel extends VBox {
    /** Style class of a step that has been undone and can be redone. */
    public static final String UNDONE_STYLE = "atlas-history-undone";

    /** One line: the state after {@code depth} steps. */
    public record Step(int depth, String description, boolean undone) {
    }

    private final Supplier<UndoHistory> history;
    private final Supplier<IcsModel> model;
    private final Runnable undo;
    private final Runnable redo;
    private final ListView<Step> list = new ListView<>();
    private final HistoryListener listener = h -> refresh();
    private UndoHistory watched;

    /**
     * {@code history} and {@code model} give the open document's; {@code documentChanged} fires when another one
     * opens; {@code undo} and {@code redo} step the document (through its owner, so every view follows).
     */
    public HistoryPanel(Supplier<UndoHistory> history, Supplier<IcsModel> model, ObservableValue<?> documentChanged,
                        Runnable undo, Runnable redo) {
        this.history = history;
        this.model = model;
        this.undo = undo;
        this.redo = redo;
        getStyleClass().add("atlas-history-panel");
        list.setPlaceholder(new javafx.scene.control.Label("No edits yet"));
        list.setCellFactory(v -> new StepCell());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                jumpTo(list.getSelectionModel().getSelectedItem().depth());
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().add(list);
        documentChanged.addListener((o, a, b) -> watch());
        watch();
    }

    private void watch() {
        if (watched != null) {
            watched.removeListener(listener);
        }
        watched = history.get();
        if (watched != null) {
            watched.addListener(listener);
        }
        refresh();
    }

    private void refresh() {
        List<Step> steps = new ArrayList<>();
        if (watched != null) {
            steps.add(new Step(0, "Opened", false));
            List<String> done = watched.undoSteps();
            for (int i = 0; i < done.size(); i++) {
                steps.add(new Step(i + 1, done.get(i), false));
            }
            List<String> undone = watched.redoSteps();
            for (int i = 0; i < undone.size(); i++) {
                steps.add(new Step(done.size() + i + 1, undone.get(i), true));
            }
        }
        list.getItems().setAll(steps);
        if (watched != null) {
            list.getSelectionModel().select(watched.undoSize());
            list.scrollTo(Math.max(0, watched.undoSize() - 3));
        }
    }

    /** Undoes or redoes until exactly {@code depth} steps are applied; the model's listeners hear one batch. */
    public void jumpTo(int depth) {
        UndoHistory h = history.get();
        if (h == null) {
            return;
        }
        int current = h.undoSize();
        if (depth == current || depth < 0 || depth > current + h.redoSize()) {
            return;
        }
        model.get().batch(() -> {
            for (int i = current; i > depth; i--) {
                undo.run();
            }
            for (int i = current; i < depth; i++) {
                redo.run();
            }
        });
    }

    public ListView<Step> list() {
        return list;
    }

    private final class StepCell extends ListCell<Step> {
        StepCell() {
            setOnMouseClicked(e -> {
                if (getItem() != null) {
                    jumpTo(getItem().depth());
                }
            });
        }

        @Override
        protected void updateItem(Step step, boolean empty) {
            super.updateItem(step, empty);
            getStyleClass().remove(UNDONE_STYLE);
            if (empty || step == null) {
                setText(null);
                return;
            }
            setText(step.description());
            if (step.undone()) {
                getStyleClass().add(UNDONE_STYLE);
            }
        }
    }
}
