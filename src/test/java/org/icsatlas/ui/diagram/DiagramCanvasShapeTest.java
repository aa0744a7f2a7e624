package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A fresh layout fills the canvas it is shown in: a system's places in fewer, longer rows in a wide canvas than in a tall one. */
@ExtendWith(ApplicationExtension.class)
class DiagramCanvasShapeTest {
    private Pane root;

    @Start
    void start(Stage stage) {
        root = new Pane();
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    private int placeRows(FxRobot robot, double width, double height) throws Exception {
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.M, 7);
        ElementId system = model.roots().get(0);
        DiagramCanvas canvas = new DiagramCanvas(LayoutEngine.standard());
        robot.interact(() -> {
            canvas.setManaged(false);
            root.getChildren().setAll(canvas);
            canvas.resize(width, height);
            canvas.setModel(model, DiagramView.whole("view-whole", "Whole system"));
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !canvas.layoutProperty().get().footprints().isEmpty() && !canvas.layingOutProperty().get());
        DiagramLayout layout = canvas.layoutProperty().get();
        Set<Double> rows = new TreeSet<>();
        for (ElementId place : model.childFootprints(system)) {
            rows.add(layout.footprints().get(place).box().y());
        }
        return rows.size();
    }

    @Test
    void aTallCanvasGetsMoreRowsOfPlacesThanAWideOne(FxRobot robot) throws Exception {
        int wide = placeRows(robot, 1600, 600);
        int tall = placeRows(robot, 700, 900);
        assertTrue(tall > wide, "tall canvas: " + tall + " rows, wide canvas: " + wide + " rows");
    }
}
