package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.ui.diagram.DiagramCanvas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens a model five times all England (25,000 elements) in the real window and presses Cancel on the
 * "Laying out…" strip: the strip goes, and the layout thread stops working at once instead of running on in the
 * background (the engine checks for cancellation in its loops), so the CPU is free again.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutCancelWindowTest {
    /** How long the layout thread may take to notice a cancellation; the whole layout takes far longer. */
    private static final long STOPS_WITHIN_MS = 3_000;
    /** Five times all England: its layout takes seconds even on an idle machine, opening it well under the setup limit. */
    private static final int ELEMENTS = 25_000;

    private static Path file;
    private AtlasWindow atlas;

    @BeforeAll
    static void writeHugeModel() throws Exception {
        file = Files.createTempFile("huge-", ".icsatlas.json");
        new AtlasJsonWriter().exportModel(SyntheticIcs.generateElements(ELEMENTS, 5), file);
    }

    @Start
    void start(Stage stage) {
        atlas = AtlasWindow.show(stage, new ScriptedChooser(), new ScriptedDialogs(), Optional.empty(), 1280, 800);
    }

    @AfterAll
    static void removeFile() throws Exception {
        Files.deleteIfExists(file);
    }

    private DiagramCanvas canvas() {
        return atlas.window().diagram().canvas();
    }

    @Test
    void cancelHidesTheStripAndStopsTheLayoutThread(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> atlas.window().diagram().isReady());
        // Opened after the window is up: reading and showing 25,000 elements takes longer than TestFX allows a setup.
        javafx.application.Platform.runLater(() -> {
            try {
                atlas.viewModel().open(file);
            } catch (ModelStore.OpenException e) {
                throw new IllegalStateException(e);
            }
        });
        Node strip = awaitStrip(robot);
        assertTrue(canvas().layingOutProperty().get(), "a layout is running");
        assertTrue(layoutThreadIsWorking(), "the layout thread is working: " + layoutThreadStack());
        Button cancel = robot.from(strip).lookup((Node n) -> n instanceof Button b && "Cancel".equals(b.getText())).query();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(canvas().layingOutProperty().get(), "the diagram no longer says it is laying out");
        assertFalse(shown(strip), "the Laying out strip is hidden");
        long start = System.nanoTime();
        while (layoutThreadIsWorking()) {
            if (System.nanoTime() - start > TimeUnit.MILLISECONDS.toNanos(STOPS_WITHIN_MS)) {
                throw new AssertionError("the layout thread still works " + STOPS_WITHIN_MS + " ms after Cancel: " + layoutThreadStack());
            }
            Thread.sleep(10);
        }
        Thread.sleep(500);
        assertFalse(layoutThreadIsWorking(), "nothing started the layout again: " + layoutThreadStack());
        assertFalse(shown(strip), "the strip stays hidden");
    }

    /** Whether the layout thread is inside the layout engine (or ELK), rather than idle waiting for work. */
    private static boolean layoutThreadIsWorking() {
        return layoutThread().map(e -> Arrays.stream(e.getValue()).anyMatch(f -> f.getClassName().startsWith("org.icsatlas.layout")
                || f.getClassName().startsWith("org.eclipse.elk"))).orElse(false);
    }

    private static String layoutThreadStack() {
        return layoutThread().map(e -> e.getKey().getState() + " " + Arrays.toString(Arrays.copyOf(e.getValue(), Math.min(8, e.getValue().length))))
                .orElse("no layout thread");
    }

    private static Optional<Map.Entry<Thread, StackTraceElement[]>> layoutThread() {
        return Thread.getAllStackTraces().entrySet().stream().filter(e -> e.getKey().getName().equals("icsatlas-layout")).findFirst();
    }

    /** The "Laying out… [====] Cancel" strip over the canvas, once it shows (the status bar has a line of its own). */
    private Node awaitStrip(FxRobot robot) throws TimeoutException {
        String strip = "." + org.icsatlas.ui.diagram.StyleClasses.PROGRESS;
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
            Node n = canvas().lookup(strip);
            return n != null && shown(n);
        });
        Node n = canvas().lookup(strip);
        assertTrue(robot.from(n).lookup((Node l) -> l instanceof Labeled t && "Laying out\u2026".equals(t.getText())).tryQuery().isPresent());
        return n;
    }

    /** Visible with all its ancestors. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
