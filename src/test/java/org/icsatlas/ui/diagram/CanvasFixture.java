package org.icsatlas.ui.diagram;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers for tests that drive a {@link DiagramCanvas} from off the FX thread. */
final class CanvasFixture {
    private CanvasFixture() {
    }

    static <T> T onFx(FxRobot robot, Supplier<T> query) {
        Object[] out = new Object[1];
        robot.interact(() -> out[0] = query.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }

    /** A canvas with the standard engine in a 1200 x 760 window on {@code stage}. */
    static DiagramCanvas showCanvas(Stage stage) {
        DiagramCanvas canvas = new DiagramCanvas(LayoutEngine.standard());
        stage.setScene(new Scene(canvas, 1200, 760));
        stage.show();
        return canvas;
    }

    /** Loads the South Yorkshire and Bassetlaw sample into {@code canvas} through its whole-system view; returns it. */
    static IcsModel showSample(FxRobot robot, DiagramCanvas canvas) throws Exception {
        IcsModel model = new AtlasJsonReader().readSample("south-yorkshire-bassetlaw");
        change(robot, canvas, () -> canvas.setModel(model, model.view(ElementId.of("view-whole")).orElseThrow()));
        return model;
    }

    /** Runs {@code action} on the FX thread and waits until the layout it causes is on screen. */
    static void change(FxRobot robot, DiagramCanvas canvas, Runnable action) throws Exception {
        DiagramLayout before = canvas.layoutProperty().get();
        robot.interact(action);
        awaitLayoutAfter(canvas, before);
    }

    /** Waits until a layout newer than {@code before} is on screen and no other is running. */
    static void awaitLayoutAfter(DiagramCanvas canvas, DiagramLayout before) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> canvas.layoutProperty().get() != before && !canvas.layingOutProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
