package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.ui.diagram.DiagramCanvas;
import org.icsatlas.ui.diagram.StyleClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey 2's gestures in the real main window, by mouse and keyboard, on the South Yorkshire and Bassetlaw
 * model as the 2021 sample drew it (a frozen copy, so the gestures' targets stay put): each gesture is one undo step, the model is checked after each, and undo / redo take it back and forth.
 */
@ExtendWith(ApplicationExtension.class)
class EditingWindowTest extends EditingWindowFixture {    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aBodyCreatedWithTheKeyboardAppearsWhereThePointerIsWithItsNameFieldOpen(FxRobot robot) {
        showBarnsley(robot);
        ModelSnapshot before = model().snapshot();
        Point spot = emptySpotIn(BARNSLEY);
        robot.moveTo(onScreen(robot, spot.x(), spot.y()));
        relayoutAfter(() -> robot.type(KeyCode.B));
        await(() -> nameField().isVisible());
        Optional<Element> made = named("New board");
        assertTrue(made.isPresent(), "a board is added");
        assertEquals(BARNSLEY, model().parentOf(made.get().id()).orElseThrow(), "inside the footprint under the pointer");
        Box placed = layout().absolute(made.get().id()).orElseThrow();
        assertEquals(spot.x(), placed.x(), 2, "where the pointer was");

        relayoutAfter(() -> robot.write("Barnsley Locality Board").type(KeyCode.ENTER));
        assertEquals("Barnsley Locality Board", model().element(made.get().id()).orElseThrow().name());
        assertTrue(vm().undoTextProperty().get().startsWith("Undo Rename"), vm().undoTextProperty().get());
        undo(robot);
        assertEquals("New board", model().element(made.get().id()).orElseThrow().name());
        undo(robot);
        assertEquals(before, model().snapshot(), "two undos: the rename, then the add");
        redo(robot);
        assertTrue(named("New board").isPresent());
    }

    @Test
    void f2RenamesInlineEnterCommitsAndEscCancels(FxRobot robot) {
        showBarnsley(robot);
        robot.clickOn(centreOf(robot, HWB));
        assertEquals(HWB, vm().selectionProperty().get());
        robot.type(KeyCode.F2);
        await(() -> nameField().isVisible());
        robot.write("Scrapped").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(nameField().isVisible());
        assertEquals("Barnsley Health and Wellbeing Board", model().element(HWB).orElseThrow().name(), "Esc leaves the name");
        assertFalse(vm().canUndoProperty().get());

        robot.doubleClickOn(centreOf(robot, HWB));
        await(() -> nameField().isVisible());
        relayoutAfter(() -> robot.write("Barnsley HWB").type(KeyCode.ENTER));
        assertEquals("Barnsley HWB", model().element(HWB).orElseThrow().name());
        undo(robot);
        assertEquals("Barnsley Health and Wellbeing Board", model().element(HWB).orElseThrow().name());
    }

    @Test
    void draggingABoxIntoAnotherPlaceMovesItThereAndUndoBringsItBack(FxRobot robot) {
        showBarnsley(robot);
        robot.interact(() -> canvas().zoomProperty().set(0.5));
        robot.interact(() -> canvas().centreOn(BARNSLEY));
        WaitForAsyncUtils.waitForFxEvents();
        ModelSnapshot before = model().snapshot();
        Point spot = emptySpotIn(SHEFFIELD);
        relayoutAfter(() -> drag(robot, centreOf(robot, HOSPITAL), onScreen(robot, spot.x(), spot.y())));
        assertEquals(SHEFFIELD, model().parentOf(HOSPITAL).orElseThrow(), "moved into Sheffield");
        assertTrue(vm().getCurrentView().pinned().containsKey(HOSPITAL), "and pinned where it was dropped");
        assertEquals(SHEFFIELD, layout().nodes().get(HOSPITAL).parent());
        assertTrue(vm().undoTextProperty().get().startsWith("Undo Move 'Barnsley Hospital NHS FT' to Sheffield")
                || vm().undoTextProperty().get().startsWith("Undo Move"), vm().undoTextProperty().get());
        undo(robot);
        assertEquals(before, model().snapshot());
        redo(robot);
        assertEquals(SHEFFIELD, model().parentOf(HOSPITAL).orElseThrow());
    }

    @Test
    void aRefusedDropSnapsBackLeavesTheModelAndSaysWhy(FxRobot robot) {
        showBarnsley(robot);
        robot.interact(() -> canvas().zoomProperty().set(0.5));
        robot.interact(() -> canvas().centreOn(BARNSLEY));
        WaitForAsyncUtils.waitForFxEvents();
        ModelSnapshot before = model().snapshot();
        DiagramLayout layoutBefore = layout();
        Box barnsley = layout().absolute(BARNSLEY).orElseThrow();
        Point spot = emptySpotIn(SHEFFIELD);
        drag(robot, onScreen(robot, barnsley.x() + 60, barnsley.y() + 6), onScreen(robot, spot.x(), spot.y()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, model().snapshot(), "a place cannot go inside a place: nothing changes");
        assertFalse(vm().canUndoProperty().get());
        assertTrue(vm().statusProperty().get().contains("cannot sit inside"), vm().statusProperty().get());
        Node reason = canvas().lookup(".atlas-edit-reason");
        assertTrue(reason.isVisible() && ((Labeled) reason).getText().contains("cannot sit inside"), "the reason shows by the pointer");
        assertEquals(layoutBefore, layout(), "nothing is laid out");
        Node skin = canvas().lookupAll("." + StyleClasses.FOOTPRINT).stream().filter(n -> n.getTranslateX() != 0).findAny().orElse(null);
        assertEquals(null, skin, "the footprint snapped back");
    }

    @Test
    void connectingFromTheHandleOffersTheLegalKindsAndAsksTheRole(FxRobot robot) {
        showBarnsley(robot);
        robot.clickOn(centreOf(robot, HOSPITAL));
        Box from = layout().absolute(HOSPITAL).orElseThrow();
        Point handle = HitTester.connectHandle(from);
        relayoutAfter(() -> {
            drag(robot, onScreen(robot, handle.x(), handle.y()), centreOf(robot, ACP));
            robot.clickOn(menuItem(robot, "Member: vice-chair, voting"));
        });
        Relation r = model().relations().stream().filter(x -> x.source().equals(HOSPITAL) && x.target().equals(ACP)).findFirst().orElseThrow();
        assertEquals(RelationKind.MEMBER_OF, r.kind());
        assertEquals(MemberRole.VICE_CHAIR, r.role());
        assertEquals(Boolean.TRUE, r.voting());
        assertEquals("Undo Connect 'Barnsley Hospital NHS FT' member of 'Barnsley Accountable Care Partnership'",
                vm().undoTextProperty().get().replace("Barnsley Hospital NHS Foundation Trust", "Barnsley Hospital NHS FT"));
        undo(robot);
        assertTrue(model().relation(r.id()).isEmpty());
        redo(robot);
        assertTrue(model().relation(r.id()).isPresent());
    }

    @Test
    void clickingALineSelectsItItsMenuChangesTheKindAndDraggingItsEndReconnectsIt(FxRobot robot) {
        showBarnsley(robot);
        ElementId line = ElementId.of("r-barnsley-acp-hwb");
        robot.clickOn(onLine(robot, line));
        assertEquals(line, vm().selectionProperty().get(), "the line is selected, not its source");
        requestContextMenuAt(robot, onLine(robot, line));
        relayoutAfter(() -> {
            robot.clickOn(menuItem(robot, RelationKind.ADVISES.label()));
        });
        assertEquals(RelationKind.ADVISES, model().relation(line).orElseThrow().kind());
        undo(robot);
        assertEquals(RelationKind.REPORTS_TO, model().relation(line).orElseThrow().kind());

        robot.clickOn(onLine(robot, line));
        List<Point> pts = layout().edges().get(line).points();
        Point end = pts.get(pts.size() - 1);
        ElementId other = ElementId.of("barnsley-ccg");
        relayoutAfter(() -> drag(robot, onScreen(robot, end.x(), end.y()), centreOf(robot, ElementId.of("barnsley-federation"))));
        Relation r = model().relation(line).orElseThrow();
        assertTrue(vm().undoTextProperty().get().startsWith("Undo Re-point"), vm().undoTextProperty().get() + " " + r + other);
        assertEquals(ElementId.of("barnsley-federation"), r.target());
    }

    @Test
    void aRubberBandSelectsBoxesAndDeleteRemovesThemAsOneStep(FxRobot robot) {
        showBarnsley(robot);
        Box a = layout().absolute(MBC).orElseThrow();
        Box b = layout().absolute(HOSPITAL).orElseThrow();
        double x0 = Math.min(a.x(), b.x()) - 4;
        double y0 = Math.min(a.y(), b.y()) - 4;
        double x1 = Math.max(a.maxX(), b.maxX()) + 4;
        double y1 = Math.max(a.maxY(), b.maxY()) + 4;
        List<ElementId> inside = new HitTester(layout()).within(new Box(x0, y0, x1 - x0, y1 - y0));
        assertTrue(inside.contains(MBC) && inside.contains(HOSPITAL), inside.toString());
        ModelSnapshot before = model().snapshot();
        robot.press(KeyCode.SHIFT);
        drag(robot, onScreen(robot, x0, y0), onScreen(robot, x1, y1));
        robot.release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(inside, vm().getDocument().selection().items());
        relayoutAfter(() -> robot.type(KeyCode.DELETE));
        assertFalse(model().isElement(MBC));
        assertFalse(model().isElement(HOSPITAL));
        assertEquals(1, vm().getDocument().history().undoSize());
        undo(robot);
        assertEquals(before, model().snapshot());
    }

    @Test
    void copyAndPasteThroughTheSystemClipboardKeepsTheLinesBetweenTheCopies(FxRobot robot) {
        showBarnsley(robot);
        robot.interact(() -> vm().getDocument().selection().setAll(List.of(ACP, MBC)));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        String[] text = new String[1];
        robot.interact(() -> text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertNotNull(text[0]);
        assertTrue(text[0].contains("\"formatVersion\""), "the clipboard carries the native format");
        robot.interact(() -> vm().getDocument().selection().set(SHEFFIELD));
        int elements = model().elementCount();
        int relations = model().relationCount();
        relayoutAfter(() -> robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL));
        assertEquals(elements + 2, model().elementCount());
        assertEquals(relations + 1, model().relationCount(), "the membership between the copies comes along");
        for (ElementId copy : vm().getDocument().selection().items()) {
            assertEquals(SHEFFIELD, model().parentOf(copy).orElseThrow());
        }
        undo(robot);
        assertEquals(elements, model().elementCount());
    }
}
