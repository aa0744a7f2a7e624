package org.icsatlas.ui.diagram;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.KindCatalogue;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.render.style.ElementStyle;
import org.icsatlas.render.style.FootprintStyle;

/**
 * The palette of things to add: every footprint level and every element kind from the model's lists, each shown
 * with its legend shape and colour from the style table. Picking one arms the canvas: the next click on the
 * diagram puts it there, with its name field open. Beside it, the connect tool (C): drag from one box to another
 * to draw a line.
 */
final class Palette {
    static final String STYLE_CLASS = "atlas-palette";

    private Palette() {
    }

    static Node create(DiagramCanvas canvas, FxTokens tokens, CanvasEditing editing) {
        MenuButton add = new MenuButton("Add");
        add.getStyleClass().add(STYLE_CLASS);
        for (FootprintLevel level : new FootprintLevel[] {FootprintLevel.SYSTEM, FootprintLevel.PLACE, FootprintLevel.NEIGHBOURHOOD}) {
            MenuItem item = new MenuItem(level.label(), footprintIcon(tokens.table().footprint(level)));
            item.setOnAction(e -> canvas.armCreate(level));
            add.getItems().add(item);
        }
        add.getItems().add(new SeparatorMenuItem());
        for (ElementType type : ElementType.values()) {
            Menu group = new Menu(switch (type) {
                case BODY -> "Body";
                case ORGANISATION -> "Organisation";
                case PERSON -> "Person";
            });
            // The kinds come from the shown model's lists (built-in and declared in its file), read when opened.
            fill(group, type, canvas, tokens);
            group.setUserData(type);
            add.getItems().add(group);
        }
        add.setOnShowing(e -> add.getItems().stream().filter(Menu.class::isInstance).map(Menu.class::cast)
                .forEach(m -> fill(m, (ElementType) m.getUserData(), canvas, tokens)));
        ToggleButton connect = new ToggleButton("Connect");
        connect.getStyleClass().add("flat");
        connect.setOnAction(e -> editing.setConnectTool(connect.isSelected()));
        canvas.addEventHandler(javafx.scene.input.KeyEvent.KEY_RELEASED, e -> connect.setSelected(editing.connectToolOn()));
        HBox box = new HBox(4, add, connect);
        box.getStyleClass().add(STYLE_CLASS + "-bar");
        return box;
    }

    /** Lists every kind of {@code type} the canvas's model knows, each with its legend shape and colour. */
    static void fill(Menu group, ElementType type, DiagramCanvas canvas, FxTokens tokens) {
        KindCatalogue kinds = canvas.getModel() == null ? KindCatalogue.BUILT_IN : canvas.getModel().kinds();
        group.getItems().clear();
        for (ElementKind kind : kinds.all(type)) {
            MenuItem item = new MenuItem(kind.label(), elementIcon(tokens.table().element(kind)));
            item.setId("add-" + kind.name());
            item.setOnAction(e -> canvas.armCreate(kind));
            group.getItems().add(item);
        }
    }

    private static Node elementIcon(ElementStyle style) {
        Shape s = NodeShapes.outline(style.shape(), 22, 14);
        s.setFill(FxTokens.colour(style.fill()));
        s.setStroke(FxTokens.colour(style.stroke()));
        s.setStrokeWidth(Math.min(2, style.strokeWidth()));
        return s;
    }

    private static Node footprintIcon(FootprintStyle style) {
        Rectangle r = new Rectangle(22, 14);
        r.setArcWidth(4);
        r.setArcHeight(4);
        r.setFill(FxTokens.colour(style.fill()));
        r.setStroke(FxTokens.colour(style.stroke()));
        return r;
    }
}
