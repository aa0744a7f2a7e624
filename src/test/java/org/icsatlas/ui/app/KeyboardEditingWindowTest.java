package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The common edits without a mouse, and the Edit menu's clipboard items, in the real window: Tab / Shift+Tab step
 * through the boxes, Enter on a body selects its members, arrows nudge the selection (Shift for larger steps, each
 * press one undo step), and Edit ▸ Copy / Paste / Cut do what Ctrl+C / Ctrl+V / Ctrl+X do on the canvas.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardEditingWindowTest extends EditingWindowFixture {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private ElementId selected() {
        return vm().getDocument().selection().primary();
    }

    @Test
    void tabAndShiftTabStepThroughTheBoxes(FxRobot robot) {
        showBarnsley(robot);
        robot.clickOn(centreOf(robot, HWB));
        assertEquals(HWB, selected());
        robot.type(KeyCode.TAB);
        ElementId next = selected();
        assertNotEquals(HWB, next, "Tab moves to another box");
        assertTrue(model().isElement(next), "Tab steps through boxes: " + next);
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertEquals(HWB, selected(), "Shift+Tab steps back");
    }

    @Test
    void enterOnABodySelectsItsMembers(FxRobot robot) {
        showBarnsley(robot);
        Set<ElementId> members = model().incoming(HWB).stream().filter(r -> r.kind() == RelationKind.MEMBER_OF)
                .map(Relation::source).collect(Collectors.toSet());
        assertTrue(members.size() >= 2, "Barnsley's board has members: " + members);
        robot.clickOn(centreOf(robot, HWB));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(members, Set.copyOf(vm().getDocument().selection().items()));
    }

    @Test
    void arrowsNudgeTheSelectionOneUndoStepEach(FxRobot robot) {
        showBarnsley(robot);
        robot.clickOn(centreOf(robot, ACP));
        Box before = layout().nodes().get(ACP).box();
        int steps = vm().getDocument().history().undoSize();

        relayoutAfter(() -> robot.type(KeyCode.RIGHT));
        Position pin = vm().getCurrentView().pinned().get(ACP);
        assertEquals(before.x() + 10, pin.x(), 1e-9);
        assertEquals(before.y(), pin.y(), 1e-9);
        relayoutAfter(() -> robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT));
        pin = vm().getCurrentView().pinned().get(ACP);
        assertEquals(before.x() + 10, pin.x(), 1e-9);
        assertEquals(before.y() + 50, pin.y(), 1e-9);
        assertEquals(before.x() + 10, layout().nodes().get(ACP).box().x(), 1e-9, "the box is drawn at its pin");
        assertEquals(steps + 2, vm().getDocument().history().undoSize(), "two presses, two undo steps");

        undo(robot);
        assertEquals(before.x() + 10, vm().getCurrentView().pinned().get(ACP).x(), 1e-9);
        undo(robot);
        assertTrue(!vm().getCurrentView().pinned().containsKey(ACP) || vm().getCurrentView().pinned().get(ACP).x() == before.x());
    }

    @Test
    void theEditMenuCopiesPastesAndCuts(FxRobot robot) {
        showBarnsley(robot);
        String name = model().element(HWB).orElseThrow().name();
        robot.clickOn(centreOf(robot, HWB));
        robot.clickOn("Edit").clickOn("Copy");
        int elements = model().elementCount();

        relayoutAfter(() -> robot.clickOn("Edit").clickOn("Paste"));
        assertEquals(elements + 1, model().elementCount());
        List<Element> copies = model().elements().stream().filter(e -> e.name().equals(name) && !e.id().equals(HWB)).toList();
        assertEquals(1, copies.size(), "one copy of " + name);
        ElementId copy = copies.get(0).id();
        assertEquals(model().parentOf(HWB), model().parentOf(copy), "pasted beside the selected box");

        robot.interact(() -> vm().getDocument().selection().set(copy));
        relayoutAfter(() -> robot.clickOn("Edit").clickOn("Cut"));
        assertEquals(elements, model().elementCount(), "cut removes the copy");
        assertTrue(model().element(copy).isEmpty());
        undo(robot);
        assertTrue(model().element(copy).isPresent(), "and undo brings it back");
    }
}
