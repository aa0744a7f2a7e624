package org.icsatlas.ui.diagram;

import static org.icsatlas.ui.diagram.CanvasFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Position;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drags boxes on the canvas with the robot's mouse: live following, footprint headers, Esc, the pin marker. */
@ExtendWith(ApplicationExtension.class)
class DragPinControllerTest {
    private static final ElementId SYSTEM = ElementId.of("syb");
    private static final ElementId BARNSLEY = ElementId.of("barnsley");
    private static final ElementId ACP = ElementId.of("barnsley-acp");

    private DiagramCanvas canvas;
    private IcsModel model;

    @Start
    void start(Stage stage) {
        canvas = CanvasFixture.showCanvas(stage);
    }

    @BeforeEach
    void loadSample(FxRobot robot) throws Exception {
        model = CanvasFixture.showSample(robot, canvas);
    }

    private void awaitLayoutAfter(DiagramLayout before) throws Exception {
        CanvasFixture.awaitLayoutAfter(canvas, before);
    }

    private Point2D screenPoint(FxRobot robot, ElementId id, double localX, double localY) {
        return onFx(robot, () -> canvas.skinOf(id).localToScreen(localX, localY));
    }

    private double translateX(FxRobot robot, ElementId id) {
        return onFx(robot, () -> canvas.skinOf(id).getTranslateX());
    }

    private double translateY(FxRobot robot, ElementId id) {
        return onFx(robot, () -> canvas.skinOf(id).getTranslateY());
    }

    /** Presses at {@code from} and moves to {@code to} in steps, without releasing. */
    private static void pressAndMove(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 5; i++) {
            double t = i / 5.0;
            robot.moveTo(new Point2D(from.getX() + (to.getX() - from.getX()) * t, from.getY() + (to.getY() - from.getY()) * t));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingAPlaceByItsHeaderCarriesItsContentsLiveAndPinsItInsideTheSystem(FxRobot robot) throws Exception {
        DiagramLayout before = canvas.layoutProperty().get();
        Box own = before.footprints().get(BARNSLEY).box();
        double zoom = onFx(robot, () -> canvas.zoomProperty().get());
        Point2D from = screenPoint(robot, BARNSLEY, 60, 8);
        Point2D to = from.add(40, 12);

        pressAndMove(robot, from, to);
        double dx = 40 / zoom;
        double dy = 12 / zoom;
        assertEquals(dx, translateX(robot, BARNSLEY), 1.5 / zoom, "the place follows the pointer");
        assertEquals(dy, translateY(robot, BARNSLEY), 1.5 / zoom);
        assertEquals(translateX(robot, BARNSLEY), translateX(robot, ACP), 1e-9, "its contents come along");
        assertEquals(translateY(robot, BARNSLEY), translateY(robot, ACP), 1e-9);
        assertEquals(0, translateX(robot, ElementId.of("sheffield")), "other places stay");
        assertTrue(onFx(robot, () -> {
            javafx.collections.ObservableList<javafx.scene.Node> layer = canvas.skinOf(BARNSLEY).getParent().getChildrenUnmodifiable();
            return layer.indexOf(canvas.skinOf(BARNSLEY)) > layer.indexOf(canvas.skinOf(ElementId.of("sheffield")));
        }), "the dragged place passes over the places after it");
        assertSame(before, canvas.layoutProperty().get(), "nothing is laid out during the drag");
        assertFalse(canvas.layingOutProperty().get());
        robot.release(MouseButton.PRIMARY);
        awaitLayoutAfter(before);

        Position pin = onFx(robot, () -> canvas.viewProperty().get().pinned().get(BARNSLEY));
        assertNotNull(pin, "the drop pins the place");
        assertEquals(own.x() + dx, pin.x(), 1.5 / zoom);
        assertEquals(own.y() + dy, pin.y(), 1.5 / zoom);
        DiagramLayout after = canvas.layoutProperty().get();
        assertEquals(pin.x(), after.footprints().get(BARNSLEY).box().x(), 1e-6);
        assertEquals(pin.y(), after.footprints().get(BARNSLEY).box().y(), 1e-6);
        assertEquals(SYSTEM, after.footprints().get(BARNSLEY).parent());
        assertEquals(0, translateX(robot, BARNSLEY), "the new layout draws it in place");
        assertEquals(0, translateX(robot, ACP));
        assertTrue(onFx(robot, () -> canvas.showsPin(BARNSLEY)), "a pinned place shows a pin");
        assertFalse(onFx(robot, () -> canvas.showsPin(ACP)));
        assertTrue(onFx(robot, () -> canvas.skinOf(BARNSLEY).getStyleClass().contains(StyleClasses.PINNED)));
    }

    @Test
    void escapeDuringADragPutsTheBoxBackAndPinsNothing(FxRobot robot) {
        robot.interact(() -> {
            canvas.zoomProperty().set(1);
            canvas.centreOn(ACP);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> canvas.selectionProperty().set(ACP));
        DiagramLayout before = canvas.layoutProperty().get();
        Box box = before.absolute(ACP).orElseThrow();
        Point2D from = onFx(robot, () -> canvas.lookup("." + StyleClasses.WORLD).localToScreen(box.centreX(), box.centreY()));
        pressAndMove(robot, from, from.add(50, 40));
        assertNotEquals(0.0, translateX(robot, ACP), "the box follows the pointer");
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, translateX(robot, ACP), "Esc puts it back");
        assertEquals(0, translateY(robot, ACP));
        assertTrue(onFx(robot, () -> canvas.viewProperty().get().pinned().isEmpty()));
        assertSame(before, canvas.layoutProperty().get());
        assertEquals(ACP, canvas.selectionProperty().get(), "Esc cancelled the drag rather than clearing the selection");
    }

    @Test
    void aNestedFootprintsHeaderDragsItWhileTheSystemHeaderAndTheBackgroundStillPan(FxRobot robot) throws Exception {
        Box visible = onFx(robot, canvas::visibleWorld);
        Point2D from = screenPoint(robot, SYSTEM, 60, 8);
        pressAndMove(robot, from, from.add(80, 50));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Box panned = onFx(robot, canvas::visibleWorld);
        assertTrue(panned.x() < visible.x() && panned.y() < visible.y(), visible + " -> " + panned);
        Point2D corner = onFx(robot, () -> canvas.localToScreen(canvas.getWidth() - 10, canvas.getHeight() - 10));
        pressAndMove(robot, corner, corner.add(-60, -40));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(onFx(robot, canvas::visibleWorld).x() > panned.x());
        assertTrue(onFx(robot, () -> canvas.viewProperty().get().pinned().isEmpty()), "panning pins nothing");
        assertEquals(0, translateX(robot, SYSTEM));

        Box still = onFx(robot, canvas::visibleWorld);
        DiagramLayout before = canvas.layoutProperty().get();
        Point2D header = screenPoint(robot, BARNSLEY, 60, 8);
        pressAndMove(robot, header, header.add(30, 10));
        robot.release(MouseButton.PRIMARY);
        awaitLayoutAfter(before);
        assertEquals(still, onFx(robot, canvas::visibleWorld), "a place's header drags the place, not the camera");
        assertTrue(onFx(robot, () -> canvas.viewProperty().get().pinned().containsKey(BARNSLEY)));
    }

    @Test
    void unpinningTakesThePinMarkerOff(FxRobot robot) throws Exception {
        DiagramLayout before = canvas.layoutProperty().get();
        Box own = before.nodes().get(ACP).box();
        robot.interact(() -> canvas.setPinned(ACP, new Position(own.x() + 30, own.y() + 20)));
        awaitLayoutAfter(before);
        assertTrue(onFx(robot, () -> canvas.showsPin(ACP)));
        assertTrue(onFx(robot, () -> canvas.isPinned(ACP)));
        DiagramLayout pinned = canvas.layoutProperty().get();
        robot.interact(() -> canvas.setPinned(ACP, null));
        awaitLayoutAfter(pinned);
        assertFalse(onFx(robot, () -> canvas.showsPin(ACP)));
        assertEquals(own, canvas.layoutProperty().get().nodes().get(ACP).box());
    }
}
