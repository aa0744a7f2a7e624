package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.RelationKind;
import org.icsatlas.ui.diagram.DiagramCanvas;
import org.icsatlas.ui.diagram.StyleClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Members as a List, driven in the real window: the canvas lists each body's members instead of lines. */
@ExtendWith(ApplicationExtension.class)
class MembersAsListWindowTest {
    private static final ElementId CPB = ElementId.of("cpb");

    private AtlasWindow atlas;

    @Start
    void start(Stage stage) {
        atlas = AtlasWindow.show(stage, new ScriptedChooser(), new ScriptedDialogs(), Optional.empty(), 1280, 800);
    }

    private DiagramCanvas canvas() {
        return atlas.window().diagram().canvas();
    }

    private static void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }

    private DiagramLayout relayoutAfter(Runnable action) {
        DiagramLayout before = canvas().layoutProperty().get();
        action.run();
        await(() -> canvas().layoutProperty().get() != before && !canvas().layingOutProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return canvas().layoutProperty().get();
    }

    private static void chooseMenu(FxRobot robot, String menu, String item) {
        robot.clickOn(labelled(robot, "menu-bar", menu));
        robot.clickOn(labelled(robot, "context-menu", item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node labelled(FxRobot robot, String container, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && within(n, container) && n.isVisible()).query();
    }

    private static boolean within(Node n, String styleClass) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    /** The member lines the canvas shows, in scene order. */
    private List<String> memberTexts() {
        return canvas().lookupAll("." + StyleClasses.ELEMENT_MEMBER).stream()
                .filter(n -> n instanceof Text && n.getParent() != null && n.getParent().isVisible())
                .map(n -> ((Text) n).getText()).toList();
    }

    private long membershipLines(DiagramLayout layout) {
        return layout.edges().keySet().stream().filter(r -> atlas.viewModel().getModel().relation(r)
                .map(x -> x.kind() == RelationKind.MEMBER_OF).orElse(false)).count();
    }

    @Test
    void togglingMembersAsAListDrawsTheListInsideTheBoxesAndUndoBringsTheLinesBack(FxRobot robot) {
        await(() -> atlas.window().diagram().isReady());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(membershipLines(canvas().layoutProperty().get()) > 50);
        double before = canvas().layoutProperty().get().absolute(CPB).orElseThrow().height();

        DiagramLayout listed = relayoutAfter(() -> chooseMenu(robot, "View", "Members as a List"));
        assertTrue(atlas.viewModel().getCurrentView().membersAsList());
        assertEquals(0, membershipLines(listed));
        assertTrue(listed.edges().keySet().stream().anyMatch(r -> atlas.viewModel().getModel().relation(r)
                .map(x -> x.kind() == RelationKind.DELEGATES_TO).orElse(false)), "delegation stays a line");
        assertTrue(listed.absolute(CPB).orElseThrow().height() > before * 3, "the board's box grew to hold its list");
        MenuBar bar = (MenuBar) robot.lookup(".menu-bar").query();
        CheckMenuItem item = (CheckMenuItem) bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> MembersAsListToggle.ID.equals(i.getId())).findFirst().orElseThrow();
        assertTrue(item.isSelected());

        for (int i = 0; i < 4 && memberTexts().isEmpty(); i++) {
            chooseMenu(robot, "View", "Zoom in");
        }
        List<String> texts = memberTexts();
        assertTrue(texts.contains("Barnsley CCG"), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.endsWith("[chair]")), texts.toString());

        DiagramLayout lines = relayoutAfter(() -> robot.interact(() -> atlas.viewModel().undo()));
        assertFalse(atlas.viewModel().getCurrentView().membersAsList());
        assertFalse(item.isSelected());
        assertTrue(membershipLines(lines) > 50);
    }
}
