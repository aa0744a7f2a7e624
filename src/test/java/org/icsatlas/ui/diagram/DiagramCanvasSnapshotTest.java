package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Draws the bundled samples at 1600 x 1000 and writes PNGs under target/snapshots for a person to look at. The
 * scene is never shown in a window: Monocle's headless screen is smaller than 1600 x 1000, and a snapshot needs none.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramCanvasSnapshotTest {
    private DiagramCanvas canvas;
    private BorderPane root;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(LayoutEngine.standard());
        root = new BorderPane(canvas);
        new Scene(root, 1600, 1000);
    }

    private void show(FxRobot robot, String sample, String viewId) throws Exception {
        IcsModel model = new AtlasJsonReader().readSample(sample);
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            canvas.setModel(model, viewId == null ? null : model.view(ElementId.of(viewId)).orElseThrow());
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !canvas.layingOutProperty().get() && !canvas.layoutProperty().get().footprints().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path snapshot(FxRobot robot, String name) throws Exception {
        return snapshot(robot, name, canvas::zoomToFit);
    }

    private Path snapshot(FxRobot robot, String name, Runnable camera) throws Exception {
        Path[] out = new Path[1];
        robot.interact(() -> {
            root.applyCss();
            root.layout();
            camera.run();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                out[0] = DiagramSnapshots.write(root, name);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return out[0];
    }

    @Test
    void southYorkshireWholeSystemIsDrawnToAPicture(FxRobot robot) throws Exception {
        show(robot, "south-yorkshire-bassetlaw", "view-whole");
        robot.interact(() -> root.setRight(canvas.createLegend()));
        WaitForAsyncUtils.waitForFxEvents();
        Path png = snapshot(robot, "syb-whole");
        assertTrue(Files.size(png) > 10_000, "a drawn diagram, not a blank image");
        assertFalse(canvas.layoutProperty().get().nodes().isEmpty());
    }

    @Test
    void sheffieldAtFullSizeIsDrawnToAPicture(FxRobot robot) throws Exception {
        show(robot, "south-yorkshire-bassetlaw", "view-whole");
        Path png = snapshot(robot, "syb-sheffield-100", () -> {
            canvas.zoomProperty().set(1);
            canvas.centreOn(ElementId.of("sheffield"));
        });
        assertTrue(Files.size(png) > 10_000);
    }

    @Test
    void bswWholeSystemIsDrawnToAPicture(FxRobot robot) throws Exception {
        show(robot, "bsw-wiltshire", "view-whole");
        Path png = snapshot(robot, "bsw-whole");
        assertTrue(Files.size(png) > 10_000, "a drawn diagram, not a blank image");
    }

    @Test
    void focusedProviderAllianceIsDrawnToAPicture(FxRobot robot) throws Exception {
        show(robot, "south-yorkshire-bassetlaw", "view-whole");
        IcsModel model = canvas.getModel();
        ElementId alliance = model.elements().stream().filter(e -> e.name().contains("Provider")).findFirst().orElseThrow().id();
        robot.interact(() -> {
            canvas.selectionProperty().set(alliance);
            canvas.focus(alliance);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path png = snapshot(robot, "syb-focus");
        assertTrue(Files.size(png) > 10_000);
    }
}
