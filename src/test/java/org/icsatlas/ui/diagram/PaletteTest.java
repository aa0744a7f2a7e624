package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Add palette lists the kinds a file declares beside the built-in ones, and adds them like any other. */
@ExtendWith(ApplicationExtension.class)
class PaletteTest {
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = CanvasFixture.showCanvas(stage);
    }

    @Test
    void aDeclaredKindIsInThePaletteAndAddsAnElementOfThatKind(FxRobot robot) throws Exception {
        IcsModel model = new AtlasJsonReader().readSample("bsw-wiltshire");
        ElementKind declared = model.kinds().declared("WORK_PROGRAMME");
        CanvasFixture.change(robot, canvas, () -> canvas.setModel(model, model.views().get(0)));
        Menu bodies = new Menu("Body");
        robot.interact(() -> Palette.fill(bodies, ElementType.BODY, canvas, new FxTokens(StyleTable.standard())));
        List<String> ids = bodies.getItems().stream().map(MenuItem::getId).toList();
        assertTrue(ids.contains("add-" + declared.name()), "the declared kind is offered: " + ids);
        assertTrue(ids.contains("add-HEALTH_AND_WELLBEING_BOARD"), "beside the built-in ones");
        MenuItem item = bodies.getItems().stream().filter(i -> ("add-" + declared.name()).equals(i.getId())).findFirst().orElseThrow();
        assertEquals(declared.label(), item.getText());

        robot.interact(item::fire);
        assertEquals(declared, CanvasFixture.onFx(robot, () -> canvas.armedProperty().get()), "picking it arms the canvas");
        int before = model.elementCount();
        ElementId made = CanvasFixture.onFx(robot, () -> canvas.editor().createElement(declared, "Community services programme",
                ElementId.of("wiltshire"), new org.icsatlas.model.Position(20, 40)).orElseThrow());
        assertEquals(before + 1, model.elementCount());
        assertEquals(declared, model.element(made).orElseThrow().kind());
    }
}
