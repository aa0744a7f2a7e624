package org.icsatlas.ui.diagram;

import static org.icsatlas.ui.diagram.CanvasFixture.change;
import static org.icsatlas.ui.diagram.CanvasFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.drawing.LegendLook;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window shows a status with the same marks as every export: dashed outline, tag, key entry. */
@ExtendWith(ApplicationExtension.class)
class DiagramStatusTest {
    private DiagramCanvas canvas;
    private IcsModel model;

    @Start
    void start(Stage stage) {
        canvas = CanvasFixture.showCanvas(stage);
    }

    @BeforeEach
    void load(FxRobot robot) throws Exception {
        model = new AtlasJsonReader().readSample("bsw-wiltshire");
        change(robot, canvas, () -> canvas.setModel(model, model.view(ElementId.of("view-whole")).orElseThrow()));
    }

    @Test
    void theProposedIcbBoardIsDashedAndTaggedAndACurrentBodyIsNot(FxRobot robot) {
        ElementId proposed = ElementId.of("icb-board");
        assertEquals(Status.PROPOSED, model.element(proposed).orElseThrow().status());
        ElementId current = model.elements().stream().filter(e -> e.status() == Status.CURRENT)
                .filter(e -> canvas.layoutProperty().get().nodes().containsKey(e.id())).findFirst().orElseThrow().id();
        robot.interact(() -> {
            ((ElementSkin) canvas.skinOf(proposed)).setDetailShown(true);
            ((ElementSkin) canvas.skinOf(current)).setDetailShown(true);
        });
        assertEquals(List.of(6.0, 3.0), onFx(robot, () -> List.copyOf(outline(canvas.skinOf(proposed)).getStrokeDashArray())));
        assertTrue(onFx(robot, () -> tags(canvas.skinOf(proposed))).contains("proposed"));
        assertTrue(onFx(robot, () -> outline(canvas.skinOf(current)).getStrokeDashArray().isEmpty()));
        assertEquals(List.of(), onFx(robot, () -> tags(canvas.skinOf(current))));
    }

    @Test
    void theLegendListsTheStatusMarksPresent(FxRobot robot) {
        List<String> labels = onFx(robot, () -> {
            LegendView legend = (LegendView) canvas.createLegend();
            return legend.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
        });
        assertTrue(labels.contains("Status"), labels.toString());
        assertTrue(labels.contains(LegendLook.statusEntry(Status.PROPOSED)), labels.toString());
        assertTrue(!labels.contains(LegendLook.statusEntry(Status.ABOLISHED)), labels.toString());
    }

    private static Shape outline(Node skin) {
        return (Shape) skin.lookup("." + StyleClasses.ELEMENT_OUTLINE);
    }

    private static List<String> tags(Node skin) {
        return ((Parent) skin).lookupAll("." + StyleClasses.ELEMENT_STATUS_TAG).stream().map(n -> ((Text) n).getText()).toList();
    }
}
