package org.icsatlas.ui.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;
import org.icsatlas.edit.Command;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.RelationKind;

/**
 * The properties panel: a ControlsFX {@link PropertySheet} with every attribute of the selection (footprints,
 * elements and relations), from {@link SelectionProperties}. Text commits on Enter or when the field loses focus,
 * a choice when it is made; each commit is one command handed to the document's owner. The sheet rebuilds when
 * the selection changes or an edit touches a selected item.
 */
public final class PropertiesPanel extends VBox {
    private final Supplier<IcsModel> model;
    private final Supplier<List<ElementId>> selection;
    private final Function<Command, Optional<String>> execute;
    private final PropertySheet sheet = new PropertySheet();
    private final Label empty = new Label("Select something to see its properties");
    private final Label refusal = new Label();

    /**
     * {@code execute} runs a command through the document's owner (one undo step) and gives the reason when the
     * model refuses it.
     */
    public PropertiesPanel(Supplier<IcsModel> model, Supplier<List<ElementId>> selection,
                           Function<Command, Optional<String>> execute) {
        this.model = model;
        this.selection = selection;
        this.execute = execute;
        getStyleClass().add("atlas-properties-panel");
        // One list, not an accordion of categories: every attribute stays in sight and one click away.
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setPropertyEditorFactory(item -> ((RowItem) item).editor());
        VBox.setVgrow(sheet, Priority.ALWAYS);
        empty.getStyleClass().add("secondary-text");
        empty.setWrapText(true);
        refusal.getStyleClass().add("atlas-refusal");
        refusal.setWrapText(true);
        refusal.setManaged(false);
        refusal.setVisible(false);
        getChildren().addAll(empty, refusal, sheet);
        refresh();
    }

    /** Shows the current selection's properties again (after a selection change or an edit). */
    public void refresh() {
        IcsModel m = model.get();
        SelectionProperties shown = m == null ? null : new SelectionProperties(m, selection.get());
        List<SelectionProperties.Row> rows = shown == null ? List.of() : shown.rows();
        sheet.getItems().setAll(rows.stream().map(r -> new RowItem(shown, r)).toList());
        boolean nothing = rows.isEmpty();
        empty.setVisible(nothing);
        empty.setManaged(nothing);
        sheet.setVisible(!nothing);
    }

    public PropertySheet sheet() {
        return sheet;
    }

    /** The reason the last edit was refused; empty after one that was done. */
    public Label refusal() {
        return refusal;
    }

    /** Commits to the selection the row was made for, even if the selection moved on meanwhile (focus lost by a click). */
    private void commit(SelectionProperties target, String key, Object value) {
        if (value == null) {
            return;
        }
        target.commandFor(key, value).ifPresent(command -> {
            Optional<String> refused = execute.apply(command);
            refusal.setText(refused.map(r -> "Not done: " + r).orElse(""));
            refusal.setVisible(refused.isPresent());
            refusal.setManaged(refused.isPresent());
            if (refused.isPresent()) {
                // The editor snaps back to the model's value.
                refresh();
            }
        });
    }

    /** The node id of the editor for property {@code key} ("property-note", "property-attr-source"). */
    public static String editorId(String key) {
        return "property-" + key.replace(':', '-');
    }

    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof ElementKind k) {
            return k.label();
        }
        if (value instanceof RelationKind k) {
            return k.label();
        }
        if (value instanceof MemberRole r) {
            return r.label();
        }
        if (value instanceof FootprintLevel l) {
            return l.label();
        }
        if (value instanceof SelectionProperties.Vote v) {
            return v.label();
        }
        if (value instanceof SelectionProperties.Holder h) {
            return h.label();
        }
        return value.toString();
    }

    /** One row as a property sheet item; setting its value commits the edit. */
    private final class RowItem implements PropertySheet.Item {
        private final SelectionProperties target;
        private final SelectionProperties.Row row;

        RowItem(SelectionProperties target, SelectionProperties.Row row) {
            this.target = target;
            this.row = row;
        }

        @Override
        public Class<?> getType() {
            return row.value() == null ? Object.class : row.value().getClass();
        }

        @Override
        public String getCategory() {
            return row.category();
        }

        @Override
        public String getName() {
            return row.name();
        }

        @Override
        public String getDescription() {
            return row.description() + (row.value() == null ? " (the selected items differ)" : "");
        }

        @Override
        public Object getValue() {
            return row.value();
        }

        @Override
        public void setValue(Object value) {
            commit(target, row.key(), value);
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }

        @Override
        public boolean isEditable() {
            return row.editable();
        }

        PropertyEditor<?> editor() {
            PropertyEditor<?> editor = row.choices().isEmpty() ? new TextEditor(this) : new ChoiceEditor(this);
            editor.getEditor().setId(editorId(row.key()));
            return editor;
        }
    }

    /** A text field that commits on Enter or losing focus, never on each keystroke (one edit, one undo step). */
    private static final class TextEditor implements PropertyEditor<Object> {
        private final TextField field = new TextField();
        private String committed = "";

        TextEditor(RowItem item) {
            field.setEditable(item.isEditable());
            field.setPromptText(item.getValue() == null ? "(differs)" : "");
            field.setOnAction(e -> commit(item));
            field.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit(item);
                }
            });
        }

        private void commit(RowItem item) {
            String text = field.getText();
            if (item.isEditable() && !text.equals(committed)) {
                committed = text;
                item.setValue(text);
            }
        }

        @Override
        public Node getEditor() {
            return field;
        }

        @Override
        public Object getValue() {
            return field.getText();
        }

        @Override
        public void setValue(Object value) {
            committed = value == null ? "" : value.toString();
            field.setText(committed);
        }
    }

    /** A drop-down of the allowed values, shown by their labels. */
    private static final class ChoiceEditor implements PropertyEditor<Object> {
        private final ComboBox<Object> box = new ComboBox<>();
        private boolean updating;

        ChoiceEditor(RowItem item) {
            box.setItems(FXCollections.observableArrayList(item.row.choices()));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPromptText(item.getValue() == null ? "(differs)" : "");
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Object o) {
                    return display(o);
                }

                @Override
                public Object fromString(String s) {
                    return null;
                }
            });
            box.setDisable(!item.isEditable());
            box.valueProperty().addListener((o, was, now) -> {
                if (!updating && now != null && !now.equals(was)) {
                    item.setValue(now);
                }
            });
        }

        @Override
        public Node getEditor() {
            return box;
        }

        @Override
        public Object getValue() {
            return box.getValue();
        }

        @Override
        public void setValue(Object value) {
            updating = true;
            box.setValue(value);
            updating = false;
        }
    }
}
