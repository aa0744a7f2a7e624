package org.icsatlas.ui.app;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.icsatlas.ui.document.RecoveryCopy;

/** {@link Dialogs} as JavaFX alerts. */
public final class AlertDialogs implements Dialogs {
    @Override
    public void showError(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("ICS Atlas");
        alert.setHeaderText(title);
        // A Label wraps long file:line:column messages instead of clipping them.
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public void showInformation(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("ICS Atlas");
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public UnsavedChoice askToSaveChanges(Window owner, String modelTitle) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Your changes will be lost if you don't save them.",
                save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("ICS Atlas");
        alert.setHeaderText("Save the changes to \"" + modelTitle + "\"?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == save) {
            return UnsavedChoice.SAVE;
        }
        return answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public RecoveryAnswer askToRestore(Window owner, List<RecoveryCopy> copies) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Not now", ButtonBar.ButtonData.CANCEL_CLOSE);
        VBox list = new VBox(6);
        List<CheckBox> boxes = new ArrayList<>();
        for (RecoveryCopy c : copies) {
            CheckBox box = new CheckBox(c.describe(ZoneId.systemDefault()));
            box.setSelected(true);
            box.setWrapText(true);
            boxes.add(box);
            list.getChildren().add(box);
        }
        Label explain = new Label("ICS Atlas did not close properly last time. Restore opens each ticked copy with its "
                + "unsaved changes (save it to keep them); Discard deletes the ticked copies; Not now keeps them all "
                + "for the next start.");
        explain.setWrapText(true);
        VBox content = new VBox(12, explain, list);
        content.setPrefWidth(620);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard, later);
        alert.initOwner(owner);
        alert.setTitle("ICS Atlas");
        alert.setHeaderText(copies.size() == 1 ? "Restore the autosaved model?" : "Restore the " + copies.size() + " autosaved models?");
        alert.getDialogPane().setContent(content);
        ButtonType answer = alert.showAndWait().orElse(later);
        List<RecoveryCopy> ticked = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            if (boxes.get(i).isSelected()) {
                ticked.add(copies.get(i));
            }
        }
        if (answer == restore) {
            return new RecoveryAnswer(ticked, List.of());
        }
        return answer == discard ? new RecoveryAnswer(List.of(), ticked) : RecoveryAnswer.later();
    }

    @Override
    public Optional<String> askForName(Window owner, String question, String initialName) {
        TextInputDialog dialog = new TextInputDialog(initialName);
        dialog.initOwner(owner);
        dialog.setTitle("ICS Atlas");
        dialog.setHeaderText(question);
        dialog.setContentText("Name:");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }
}
