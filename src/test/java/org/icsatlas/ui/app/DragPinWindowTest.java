package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Position;
import org.icsatlas.ui.diagram.StyleClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pins a box by dragging it in the real main window, with the robot's mouse, and takes the pin back. */
@ExtendWith(ApplicationExtension.class)
class DragPinWindowTest extends EditingWindowFixture {
    private static final double PADDING = LayoutMetrics.DEFAULT.footprintPadding();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        open(stage, Optional.empty());
    }

    /** Waits for the first layout, then shows Barnsley's Accountable Care Partnership in the middle at 100 %. */
    private void showAcpAt(FxRobot robot, double zoom) {
        await(() -> atlas.window().diagram().isReady());
        robot.interact(() -> {
            canvas().zoomProperty().set(zoom);
            canvas().centreOn(ACP);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags the ACP by a screen offset and waits for the layout that pins it; returns that layout. */
    private DiagramLayout dragAcpBy(FxRobot robot, double dx, double dy) {
        Point2D from = centreOf(robot, ACP);
        return relayoutAfter(() -> drag(robot, from, from.add(dx, dy)));
    }

    private int pinMarkersShown() {
        return (int) canvas().lookupAll("." + StyleClasses.PIN_MARKER).stream().filter(DragPinWindowTest::shown).count();
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private Map<ElementId, Box> boxesOutsideBarnsley(DiagramLayout l) {
        Map<ElementId, Box> out = new HashMap<>();
        for (NodeLayout n : l.nodes().values()) {
            if (!n.parent().equals(BARNSLEY)) {
                out.put(n.id(), l.absolute(n.id()).orElseThrow());
            }
        }
        return out;
    }

    /**
     * An x on the footprint's header, from 60 in and on screen between {@code left} and {@code right}, where no relation
     * line or label passes (a press there grabs the header).
     */
    private double freeHeaderX(Box footprint, double y, double left, double right) {
        double start = Math.max(footprint.x() + 60, left);
        for (double x = start; x < Math.min(footprint.maxX() - 40, right); x += 8) {
            boolean clear = true;
            for (org.icsatlas.layout.EdgeLayout e : layout().edges().values()) {
                for (int i = 1; i < e.points().size() && clear; i++) {
                    org.icsatlas.layout.Point a = e.points().get(i - 1);
                    org.icsatlas.layout.Point b = e.points().get(i);
                    boolean spansY = Math.min(a.y(), b.y()) - 16 <= y && y <= Math.max(a.y(), b.y()) + 16;
                    boolean spansX = Math.min(a.x(), b.x()) - 16 <= x && x <= Math.max(a.x(), b.x()) + 16;
                    clear = !(spansX && spansY);
                }
                if (e.label() != null && Math.abs(e.label().x() - x) < 80 && Math.abs(e.label().y() - y) < 16) {
                    clear = false;
                }
            }
            if (clear) {
                return x;
            }
        }
        return start;
    }

    private Position pinOfAcp() {
        return vm().getCurrentView().pinned().get(ACP);
    }

    private static void assertNear(double expected, double actual, String what) {
        assertEquals(expected, actual, 1.5, what);
    }

    @Test
    void draggingAnElementPinsItWhereItWasDroppedAndUndoAndRedoTakeThePinBackAndForth(FxRobot robot) {
        showAcpAt(robot, 1);
        DiagramLayout before = layout();
        Box own = before.nodes().get(ACP).box();
        Map<ElementId, Box> othersBefore = boxesOutsideBarnsley(before);
        Point2D from = centreOf(robot, ACP);
        // 70 to the right, or as far as the box still fits inside Barnsley (the drag keeps it in its footprint)
        Box place = before.absolute(BARNSLEY).orElseThrow();
        Box at = before.absolute(ACP).orElseThrow();
        double dx = Math.min(70, place.maxX() - PADDING - at.maxX() - 2);
        Point2D to = from.add(dx, 45);
        Point2D worldMove = toWorld(robot, to).subtract(toWorld(robot, from));
        assertEquals(0, pinMarkersShown());

        DiagramLayout after = relayoutAfter(() -> drag(robot, from, to));

        Position pin = pinOfAcp();
        assertTrue(pin != null, "the drop pins the box");
        assertNear(own.x() + worldMove.getX(), pin.x(), "pinned x");
        assertNear(own.y() + worldMove.getY(), pin.y(), "pinned y");
        assertEquals(pin.x(), after.nodes().get(ACP).box().x(), 1e-6, "the layout puts the box where it was dropped");
        assertEquals(pin.y(), after.nodes().get(ACP).box().y(), 1e-6);
        assertEquals(BARNSLEY, after.nodes().get(ACP).parent());
        assertEquals(othersBefore, boxesOutsideBarnsley(after), "nothing outside Barnsley moves");
        assertTrue(vm().undoTextProperty().get().startsWith("Undo Pin 'Barnsley Accountable Care Partnership'"),
                vm().undoTextProperty().get());
        assertEquals(1, pinMarkersShown(), "the pinned box shows a pin");

        DiagramLayout undone = relayoutAfter(() -> robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL));
        assertNull(pinOfAcp(), "undo removes the pin");
        assertFalse(canvas().viewProperty().get().pinned().containsKey(ACP));
        assertEquals(own, undone.nodes().get(ACP).box(), "the box goes back");
        assertEquals(0, pinMarkersShown());

        DiagramLayout redone = relayoutAfter(() -> robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL));
        assertEquals(pin, pinOfAcp(), "redo pins it again");
        assertEquals(pin.x(), redone.nodes().get(ACP).box().x(), 1e-6);
        assertEquals(pin.y(), redone.nodes().get(ACP).box().y(), 1e-6);
    }

    @Test
    void draggingPastTheEdgeOfTheParentButStillInsideItKeepsTheBoxInsideIt(FxRobot robot) {
        showAcpAt(robot, 0.5);
        DiagramLayout before = layout();
        Box own = before.nodes().get(ACP).box();
        Box parent = before.absolute(BARNSLEY).orElseThrow();
        Point2D from = centreOf(robot, ACP);
        // Towards Barnsley's bottom-right corner, a little short of it, so the pointer stays over Barnsley.
        Point2D to = onScreen(robot, parent.maxX() - 3, parent.maxY() - 3);

        DiagramLayout after = relayoutAfter(() -> drag(robot, from, to));

        Position pin = pinOfAcp();
        assertTrue(pin != null, "the drop pins the box");
        assertNear(parent.width() - PADDING - own.width(), pin.x(), "clamped to the right edge of the content area");
        assertNear(parent.height() - PADDING - own.height(), pin.y(), "clamped to the bottom edge");
        assertEquals(BARNSLEY, after.nodes().get(ACP).parent(), "the box stays in its own footprint");
        assertEquals(BARNSLEY, vm().getModel().parentOf(ACP).orElseThrow());
    }

    @Test
    void aClickWithoutMovementOnAPinnedBoxSelectsItAndChangesNothing(FxRobot robot) {
        showAcpAt(robot, 1);
        dragAcpBy(robot, 50, 30);
        Position pin = pinOfAcp();
        assertTrue(pin != null);
        String undo = vm().undoTextProperty().get();
        robot.interact(() -> vm().selectionProperty().set(null));
        DiagramLayout before = layout();
        Point2D origin = onScreen(robot, 0, 0);
        Point2D centre = centreOf(robot, ACP);
        // A press and release a pixel apart is still a click.
        robot.moveTo(centre).press(MouseButton.PRIMARY).moveTo(centre.add(1, 1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ACP, vm().selectionProperty().get(), "the click selects");
        assertEquals(pin, pinOfAcp(), "and does not pin again");
        assertEquals(undo, vm().undoTextProperty().get(), "a click is not an edit");
        assertEquals(before, layout(), "and lays nothing out");
        assertEquals(origin, onScreen(robot, 0, 0), "nor pans");
        robot.moveTo(centreOf(robot, ElementId.of("barnsley-hwb"))).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ElementId.of("barnsley-hwb"), vm().selectionProperty().get());
        assertEquals(java.util.Set.of(ACP), vm().getCurrentView().pinned().keySet());
    }

    @Test
    void draggingAPlaceByItsHeaderMovesThePlaceNotTheCamera(FxRobot robot) {
        showAcpAt(robot, 0.5);
        Point2D origin = onScreen(robot, 0, 0);
        Box barnsley = layout().absolute(BARNSLEY).orElseThrow();
        javafx.geometry.Bounds view = canvas().localToScreen(canvas().getBoundsInLocal());
        double left = toWorld(robot, new Point2D(view.getMinX() + 30, view.getMinY())).getX();
        double right = toWorld(robot, new Point2D(view.getMaxX() - 30, view.getMinY())).getX();
        double headerX = freeHeaderX(barnsley, barnsley.y() + 6, left, right);
        Point2D from = onScreen(robot, headerX, barnsley.y() + 6);
        drag(robot, from, from.add(30, 10));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(origin, onScreen(robot, 0, 0), "the camera stays");
        await(() -> vm().getCurrentView().pinned().containsKey(BARNSLEY));
    }

    @Test
    void unpinFromTheBoxContextMenuRemovesThePinUndoably(FxRobot robot) {
        showAcpAt(robot, 1);
        Box own = layout().nodes().get(ACP).box();
        dragAcpBy(robot, 50, 40);
        assertTrue(pinOfAcp() != null);
        Position pin = pinOfAcp();
        requestContextMenuAt(robot, centreOf(robot, ACP));
        DiagramLayout after = relayoutAfter(() -> robot.clickOn(menuItem(robot, "Unpin")));
        assertNull(pinOfAcp());
        assertEquals(own, after.nodes().get(ACP).box(), "the automatic layout takes the box back");
        assertTrue(vm().undoTextProperty().get().startsWith("Undo Unpin"), vm().undoTextProperty().get());
        relayoutAfter(() -> robot.interact(vm()::undo));
        assertEquals(pin, pinOfAcp());
    }

    @Test
    void unpinSelectionInTheEditMenuRemovesThePin(FxRobot robot) {
        showAcpAt(robot, 1);
        Box own = layout().nodes().get(ACP).box();
        dragAcpBy(robot, 50, 40);
        robot.interact(() -> vm().selectionProperty().set(ACP));
        DiagramLayout after = relayoutAfter(() -> {
            robot.clickOn(labelled(robot, "menu-bar", "Edit"));
            robot.clickOn(menuItem(robot, "Unpin Selection"));
        });
        assertNull(pinOfAcp());
        assertEquals(own, after.nodes().get(ACP).box());
    }

    @Test
    void aPinSurvivesSaveAndReload(FxRobot robot) throws Exception {
        showAcpAt(robot, 1);
        dragAcpBy(robot, 60, 35);
        Position pin = pinOfAcp();
        assertTrue(pin != null);
        Path file = dir.resolve("pinned.icsatlas.json");
        chooser.saveTo = file;
        robot.clickOn(labelled(robot, "menu-bar", "File"));
        robot.clickOn(menuItem(robot, "Save As…"));
        WaitForAsyncUtils.waitForFxEvents();
        ElementId view = vm().getCurrentView().id();
        assertEquals(pin, new ModelStore().read(file).view(view).orElseThrow().pinned().get(ACP));

        chooser.openFrom = file;
        robot.interact(() -> vm().selectionProperty().set(null));
        DiagramLayout reopened = relayoutAfter(() -> {
            robot.clickOn(labelled(robot, "menu-bar", "File"));
            robot.clickOn(menuItem(robot, "Open…"));
        });
        assertEquals(file, vm().sourceProperty().get().file().orElseThrow());
        assertEquals(pin, pinOfAcp());
        assertEquals(pin.x(), reopened.nodes().get(ACP).box().x(), 1e-6);
        assertEquals(pin.y(), reopened.nodes().get(ACP).box().y(), 1e-6);
        assertEquals(1, pinMarkersShown());
    }

    private static Node labelled(FxRobot robot, String container, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && within(n, container) && shown(n)).query();
    }
}
