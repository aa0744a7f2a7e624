package org.icsatlas.ui.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.icsatlas.io.register.ImportPlan;
import org.icsatlas.io.register.PlanEntry;
import org.icsatlas.io.register.RejectedRow;
import org.icsatlas.io.register.Removal;
import org.icsatlas.model.ElementId;

/**
 * The preview of a register import, before anything changes: what will be added and changed, each refused row with
 * its file, row number and reason, and what the register no longer lists, each with a tick box (removed only if
 * ticked). Accept hands the ticked removals to the caller; Cancel closes it and nothing happens.
 */
public final class RegisterPreview {
    /** Style classes of the preview, for its stylesheet and for tests. */
    public static final String STYLE = "register-preview";
    public static final String ADDED = "register-added";
    public static final String CHANGED = "register-changed";
    public static final String REJECTED = "register-rejected";
    public static final String REMOVALS = "register-removals";

    private final Stage stage = new Stage();
    private final Map<Removal, BooleanProperty> ticks = new LinkedHashMap<>();

    private RegisterPreview(Window owner, String registerName, ImportPlan plan, Consumer<List<ElementId>> accept) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import " + registerName);
        Label summary = new Label("Importing " + registerName + ": " + plan.summary() + ". Nothing changes until you accept; "
                + "the import is then one step that Undo takes back.");
        summary.setWrapText(true);
        VBox sections = new VBox(6,
                section("Refused rows (not imported)", REJECTED, rejected(plan), true),
                section("To change", CHANGED, plan.changed().stream().map(PlanEntry::toString).toList(), true),
                section("To add", ADDED, plan.added().stream().map(PlanEntry::toString).toList(), true),
                removals(plan.removals()));
        if (!plan.notices().isEmpty()) {
            sections.getChildren().add(section("Notes", "register-notes", plan.notices(), false));
        }
        Button acceptButton = new Button("Accept");
        acceptButton.setDefaultButton(true);
        ButtonBar.setButtonData(acceptButton, ButtonBar.ButtonData.OK_DONE);
        acceptButton.setOnAction(e -> {
            List<ElementId> ticked = new ArrayList<>();
            ticks.forEach((r, t) -> {
                if (t.get()) {
                    ticked.add(r.id());
                }
            });
            stage.close();
            accept.accept(ticked);
        });
        acceptButton.setDisable(plan.isEmpty());
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        cancel.setOnAction(e -> stage.close());
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(acceptButton, cancel);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(sections);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, summary, null, buttons, null);
        BorderPane.setMargin(summary, new Insets(0, 0, 8, 0));
        BorderPane.setMargin(buttons, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(12));
        root.getStyleClass().add(STYLE);
        stage.setScene(new Scene(root, 900, 640));
        if (owner != null && owner.getScene() != null) {
            stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
    }

    /** Shows the preview for {@code plan} over {@code owner}; {@code accept} gets the ids of the ticked removals. */
    public static RegisterPreview show(Window owner, String registerName, ImportPlan plan, Consumer<List<ElementId>> accept) {
        RegisterPreview p = new RegisterPreview(owner, registerName, plan, accept);
        p.stage.show();
        return p;
    }

    public Stage stage() {
        return stage;
    }

    private static List<String> rejected(ImportPlan plan) {
        return plan.rejected().stream().map(RejectedRow::toString).toList();
    }

    private static TitledPane section(String title, String styleClass, List<String> lines, boolean expanded) {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(lines));
        // Reasons are long: they wrap instead of running off the side.
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(l.widthProperty().subtract(24));
                setMaxWidth(javafx.scene.control.Control.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        list.setPrefHeight(Math.min(240, (styleClass.equals(REJECTED) ? 64 : 40) * Math.max(1, lines.size()) + 4));
        list.setMinHeight(list.getPrefHeight());
        list.getStyleClass().add(styleClass);
        TitledPane pane = new TitledPane(title + " (" + lines.size() + ")", list);
        pane.setExpanded(expanded && !lines.isEmpty());
        VBox.setVgrow(pane, Priority.SOMETIMES);
        return pane;
    }

    private TitledPane removals(List<Removal> removals) {
        ListView<Removal> list = new ListView<>(FXCollections.observableArrayList(removals));
        for (Removal r : removals) {
            ticks.put(r, new SimpleBooleanProperty(false));
        }
        list.setCellFactory(CheckBoxListCell.forListView(ticks::get));
        list.setPrefHeight(Math.min(240, 40 * Math.max(1, removals.size()) + 4));
        list.setMinHeight(list.getPrefHeight());
        list.getStyleClass().add(REMOVALS);
        TitledPane pane = new TitledPane("No longer in the register: tick to remove (" + removals.size() + ")", list);
        pane.setExpanded(!removals.isEmpty());
        return pane;
    }
}
