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
 * What the window tests of journey 2's gestures share: the main window on the frozen 2021 South Yorkshire model,
 * waits for its relayouts, and the screen points of boxes, lines and empty spots (in layout coordinates, through the
 * canvas's world transform). Subclasses open the window from their {@code @Start} method with {@link #open}.
 */
abstract class EditingWindowFixture {

    protected static final ElementId BARNSLEY = ElementId.of("barnsley");
    protected static final ElementId SHEFFIELD = ElementId.of("sheffield");
    protected static final ElementId ACP = ElementId.of("barnsley-acp");
    protected static final ElementId HWB = ElementId.of("barnsley-hwb");
    protected static final ElementId MBC = ElementId.of("barnsley-mbc");
    protected static final ElementId HOSPITAL = ElementId.of("barnsley-hospital");

    /** The file chooser the window asks; tests script where it saves to and opens from. */
    protected final ScriptedChooser chooser = new ScriptedChooser();

    /** Opens the main window on the frozen South Yorkshire model (its gestures' targets stay put). */
    protected void open(Stage stage) {
        // The gestures aim at places in the 2021 South Yorkshire layout, frozen before issue 10 enriched the sample.
        open(stage, Optional.of(java.nio.file.Path.of("src/test/resources/layout/syb-2021-before-issue-10.icsatlas.json")));
    }

    /** Opens the main window on {@code file}, or on the sample the app starts with when empty. */
    protected void open(Stage stage, Optional<java.nio.file.Path> file) {
        atlas = AtlasWindow.show(stage, chooser, new QuietDialogs(), file, 1280, 800);
    }

    protected AtlasWindow atlas;

    protected MainViewModel vm() {
        return atlas.viewModel();
    }

    protected IcsModel model() {
        return vm().getModel();
    }

    protected DiagramCanvas canvas() {
        return atlas.window().diagram().canvas();
    }

    protected DiagramLayout layout() {
        return canvas().layoutProperty().get();
    }

    protected static void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }

    /** Runs {@code action} and waits for the relayout it causes; returns the new layout. */
    protected DiagramLayout relayoutAfter(Runnable action) {
        DiagramLayout before = layout();
        action.run();
        await(() -> layout() != before && !canvas().layingOutProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return layout();
    }

    protected void showBarnsley(FxRobot robot) {
        await(() -> atlas.window().diagram().isReady());
        robot.interact(() -> {
            canvas().zoomProperty().set(1);
            canvas().centreOn(ACP);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected Node world() {
        return canvas().lookup("." + StyleClasses.WORLD);
    }

    protected Point2D onScreen(FxRobot robot, double x, double y) {
        Point2D[] out = new Point2D[1];
        robot.interact(() -> out[0] = world().localToScreen(x, y));
        return out[0];
    }

    protected Point2D centreOf(FxRobot robot, ElementId id) {
        Box b = layout().absolute(id).orElseThrow();
        return onScreen(robot, b.centreX(), b.centreY());
    }

    /** A point of {@code footprint}'s body with nothing else within 25 units, inside the visible part. */
    protected Point emptySpotIn(ElementId footprint) {
        HitTester hits = new HitTester(layout());
        Box f = layout().absolute(footprint).orElseThrow();
        Box seen = visibleWorld();
        for (double y = f.y() + 50; y < f.maxY() - 30; y += 10) {
            for (double x = f.x() + 30; x < f.maxX() - 30; x += 10) {
                if (x < seen.x() + 20 || x > seen.maxX() - 20 || y < seen.y() + 20 || y > seen.maxY() - 20) {
                    continue;
                }
                boolean clear = true;
                for (double dx = -25; dx <= 25 && clear; dx += 12.5) {
                    for (double dy = -25; dy <= 25 && clear; dy += 12.5) {
                        Optional<Hit> h = hits.at(new Point(x + dx, y + dy), 6);
                        clear = h.isPresent() && h.get().kind() == Hit.Kind.FOOTPRINT && h.get().id().equals(footprint);
                    }
                }
                if (clear) {
                    return new Point(x, y);
                }
            }
        }
        throw new AssertionError("no empty spot in " + footprint);
    }

    protected Box visibleWorld() {
        Point2D a = toWorld(canvas().localToScreen(0, 0));
        Point2D b = toWorld(canvas().localToScreen(canvas().getWidth(), canvas().getHeight()));
        return new Box(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY());
    }

    protected Point2D toWorld(Point2D screen) {
        return world().screenToLocal(screen);
    }

    /** {@link #toWorld(Point2D)} from off the FX thread. */
    protected Point2D toWorld(FxRobot robot, Point2D screen) {
        Point2D[] out = new Point2D[1];
        robot.interact(() -> out[0] = toWorld(screen));
        return out[0];
    }

    protected static void drag(FxRobot robot, Point2D from, Point2D to) {
        robot.moveTo(from).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 8; i++) {
            double t = i / 8.0;
            robot.moveTo(new Point2D(from.getX() + (to.getX() - from.getX()) * t, from.getY() + (to.getY() - from.getY()) * t));
        }
        robot.release(MouseButton.PRIMARY);
    }

    protected void undo(FxRobot robot) {
        relayoutAfter(() -> robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL));
    }

    protected void redo(FxRobot robot) {
        relayoutAfter(() -> robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL));
    }

    protected TextField nameField() {
        return (TextField) canvas().lookup(".atlas-inline-name");
    }

    protected static Node menuItem(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && text.equals(l.getText().replace("_", ""))
                && n.getScene() != null && n.isVisible() && within(n, "context-menu")).query();
    }

    protected static boolean within(Node n, String styleClass) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    protected Optional<Element> named(String name) {
        return model().elements().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    protected Point2D onLine(FxRobot robot, ElementId relation) {
        EdgeLayout e = layout().edges().get(relation);
        List<Point> pts = e.points();
        Point a = pts.get(pts.size() / 2 - (pts.size() % 2 == 0 ? 1 : 0));
        Point b = pts.get(pts.size() / 2);
        if (a.equals(b)) {
            b = pts.get(pts.size() / 2 + 1);
        }
        return onScreen(robot, (a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
    }

    /** Monocle's headless mouse never produces context-menu events, so the test fires the one a right-click makes. */
    protected void requestContextMenuAt(FxRobot robot, Point2D screen) {
        robot.moveTo(screen);
        robot.interact(() -> {
            Point2D local = canvas().screenToLocal(screen);
            Point2D scene = canvas().localToScene(local);
            javafx.event.Event.fireEvent(canvas(), new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    screen.getX(), screen.getY(), false, new javafx.scene.input.PickResult(canvas(), scene.getX(), scene.getY())));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected static final class QuietDialogs implements Dialogs {
        @Override
        public void showError(javafx.stage.Window owner, String title, String message) {
            throw new AssertionError(title + ": " + message);
        }

        @Override
        public UnsavedChoice askToSaveChanges(javafx.stage.Window owner, String modelTitle) {
            return UnsavedChoice.DISCARD;
        }
    }
}
