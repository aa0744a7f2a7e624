package org.icsatlas.ui.diagram;

import static org.icsatlas.ui.diagram.CanvasFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.ui.editing.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Reproducible layout from the window: the arrangement a window of one shape shows is kept with the view, so the
 * saved file, reopened in a window of another shape or exported from the command line, draws the same boxes.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasArrangementTest {
    private static final ElementId WHOLE = ElementId.of("view-whole");

    @TempDir
    Path dir;
    private Stage stage;

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.close());
    }

    private DiagramCanvas showIn(FxRobot robot, double width, double height) {
        DiagramCanvas[] made = new DiagramCanvas[1];
        robot.interact(() -> {
            stage = new Stage();
            made[0] = new DiagramCanvas(LayoutEngine.standard());
            stage.setScene(new Scene(made[0], width, height));
            stage.show();
        });
        return made[0];
    }

    private static Document open(FxRobot robot, DiagramCanvas canvas, IcsModel model) throws Exception {
        Document document = new Document(model);
        CanvasFixture.change(robot, canvas, () -> canvas.setDocument(document));
        return document;
    }

    @Test
    void aTallWindowsArrangementIsSavedAndTheCommandLineDrawsItsBoxes(FxRobot robot) throws Exception {
        DiagramCanvas canvas = showIn(robot, 700, 1000);
        IcsModel model = new AtlasJsonReader().readSample("south-yorkshire-bassetlaw");
        Document document = open(robot, canvas, model);
        double shape = onFx(robot, () -> canvas.getWidth() / canvas.getHeight());

        DiagramView kept = model.view(WHOLE).orElseThrow();
        assertTrue(kept.hasArrangement(), "the window's arrangement is kept with the view");
        assertEquals(shape, kept.arrangedAspect(), 1e-9);
        assertEquals(0, document.history().undoSize(), "keeping it is not an edit");
        assertFalse(document.history().isDirty(), "and does not make the document unsaved");

        Path file = dir.resolve("tall.icsatlas.json");
        new AtlasJsonWriter().exportModel(model, file);
        IcsModel reopened = new AtlasJsonReader().importModel(file);
        DiagramView saved = reopened.view(WHOLE).orElseThrow();
        DiagramLayout exported = LayoutEngine.standard().arrangedFor(saved).layout(reopened, saved);
        DiagramLayout wide = LayoutEngine.standard().layout(reopened, saved.withArrangedAspect(0));
        Map<String, Box> seen = onFx(robot, () -> boxes(canvas.layoutProperty().get()));
        assertNotEquals(boxes(wide), seen, "the window's shape changes the arrangement, or this test proves nothing");
        assertEquals(seen, boxes(exported), "the command line draws the boxes the window showed");
    }

    @Test
    void aViewSavedWithAnArrangementOpensWithItInAWindowOfAnotherShape(FxRobot robot) throws Exception {
        IcsModel model = new AtlasJsonReader().readSample("bsw-wiltshire");
        DiagramView first = model.views().get(0);
        double tall = 0.6;
        model.updateView(first.withArrangedAspect(tall));
        DiagramCanvas canvas = showIn(robot, 1400, 700);
        open(robot, canvas, model);

        assertEquals(tall, model.view(first.id()).orElseThrow().arrangedAspect(), 1e-12, "the saved arrangement stays");
        DiagramView v = model.view(first.id()).orElseThrow();
        Map<String, Box> expected = boxes(LayoutEngine.standard().arrangedFor(v).layout(model, v));
        assertEquals(expected, onFx(robot, () -> boxes(canvas.layoutProperty().get())));
    }

    private static Map<String, Box> boxes(DiagramLayout l) {
        Map<String, Box> out = new HashMap<>();
        l.nodes().keySet().forEach(id -> out.put(id.value(), l.absolute(id).orElseThrow()));
        l.footprints().keySet().forEach(id -> out.put(id.value(), l.absolute(id).orElseThrow()));
        return out;
    }
}
