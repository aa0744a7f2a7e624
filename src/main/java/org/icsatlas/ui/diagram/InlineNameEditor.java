package org.icsatlas.ui.diagram;

import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.icsatlas.model.ElementId;

/**
 * The name field opened over a box (F2, double-click, or a box just created): Enter renames (one command), Esc
 * or clicking elsewhere leaves the name as it was. Keys typed here stay here: they are not the canvas's shortcuts.
 */
final class InlineNameEditor {
    static final String STYLE_CLASS = "atlas-inline-name";
    private final TextField field = new TextField();
    private final Region host;
    private final BiConsumer<ElementId, String> rename;
    private ElementId editing;
    private String original;

    InlineNameEditor(Region host, BiConsumer<ElementId, String> rename) {
        this.host = host;
        this.rename = rename;
        field.getStyleClass().add(STYLE_CLASS);
        field.setManaged(false);
        field.setVisible(false);
        field.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && editing != null) {
                close();
            }
        });
    }

    TextField node() {
        return field;
    }

    boolean isOpen() {
        return editing != null;
    }

    ElementId editing() {
        return editing;
    }

    /** Opens the field at {@code topLeft} (viewport coordinates), {@code width} wide, holding {@code name}. */
    void open(ElementId id, String name, Point2D topLeft, double width) {
        editing = id;
        original = name;
        field.setText(name);
        double w = Math.max(160, width);
        double h = Math.max(26, field.prefHeight(-1));
        field.resizeRelocate(topLeft.getX(), topLeft.getY(), w, h);
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            ElementId id = editing;
            String text = field.getText();
            close();
            if (id != null && !text.strip().equals(original)) {
                rename.accept(id, text);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        } else if (!e.isShortcutDown() && !e.isControlDown() && !e.isAltDown()) {
            // Letters, digits, Delete, arrows, Tab: editing the name, not the diagram's shortcuts.
            e.consume();
        }
    }

    void close() {
        editing = null;
        field.setVisible(false);
        host.requestFocus();
    }
}
