package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.LayoutMonitor;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Layout runs off the FX thread, reports progress, can be cancelled, and a stale result never wins. */
@ExtendWith(ApplicationExtension.class)
class LayoutRunnerTest {
    /** An engine whose layouts wait for the test to let them finish; each returns a layout as wide as its call number. */
    private static final class GatedEngine implements LayoutEngine {
        final List<CountDownLatch> gates = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch started = new CountDownLatch(1);
        volatile boolean ignoreCancel;

        @Override
        public DiagramLayout layout(IcsModel model, DiagramView view, DiagramLayout previous, Set<ElementId> touched,
                                    LayoutMonitor monitor) {
            int call = threads.size();
            threads.add(Thread.currentThread().getName());
            CountDownLatch gate = gates.get(call);
            monitor.report(0.5);
            started.countDown();
            try {
                while (!gate.await(5, TimeUnit.MILLISECONDS)) {
                    if (!ignoreCancel) {
                        monitor.checkCancelled();
                    }
                }
            } catch (InterruptedException e) {
                throw new CancellationException("interrupted");
            }
            ElementId root = model.roots().get(0);
            return new DiagramLayout(Map.of(root, new FootprintLayout(root, null, new Box(0, 0, 100 * (call + 1), 50), 20, false, 0)),
                    Map.of(), Map.of());
        }

        @Override
        public LayoutMetrics metrics() {
            return LayoutMetrics.DEFAULT;
        }
    }

    private final GatedEngine engine = new GatedEngine();
    private DiagramCanvas canvas;
    private final IcsModel model = new IcsModel();

    @Start
    void start(Stage stage) {
        model.addFootprint(Footprint.of("sys", "System", FootprintLevel.SYSTEM), null, -1);
        canvas = new DiagramCanvas(engine);
        stage.setScene(new Scene(canvas, 600, 400));
        stage.show();
    }

    private double width() {
        return canvas.layoutProperty().get().bounds().width();
    }

    @Test
    void layoutRunsOffTheFxThreadAndReportsProgress(FxRobot robot) throws Exception {
        engine.gates.add(new CountDownLatch(1));
        robot.interact(() -> canvas.setModel(model, null));
        assertTrue(engine.started.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> canvas.progressProperty().get() == 0.5);
        assertTrue(canvas.layingOutProperty().get());
        assertFalse(engine.threads.get(0).contains("JavaFX"), engine.threads.get(0));
        engine.gates.get(0).countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !canvas.layingOutProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, width());
    }

    @Test
    void cancelStopsTheLayoutAndKeepsTheLastOne(FxRobot robot) throws Exception {
        engine.gates.add(new CountDownLatch(0));
        engine.gates.add(new CountDownLatch(1));
        robot.interact(() -> canvas.setModel(model, null));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> width() == 100);
        robot.interact(() -> canvas.setCollapsed(ElementId.of("sys"), true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.threads.size() == 2);
        robot.interact(canvas::cancelLayout);
        assertFalse(canvas.layingOutProperty().get());
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(100, width(), "the diagram keeps the last finished layout");
    }

    @Test
    void aStaleResultNeverOverwritesANewerOne(FxRobot robot) throws Exception {
        engine.ignoreCancel = true;
        CountDownLatch first = new CountDownLatch(1);
        engine.gates.add(first);
        engine.gates.add(new CountDownLatch(0));
        List<DiagramLayout> shown = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            canvas.layoutProperty().addListener((o, was, now) -> shown.add(now));
            canvas.setModel(model, null);
        });
        assertTrue(engine.started.await(5, TimeUnit.SECONDS));
        robot.interact(() -> canvas.setCollapsed(ElementId.of("sys"), true));
        first.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> engine.threads.size() == 2 && !canvas.layingOutProperty().get());
        Thread.sleep(100);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, shown.size(), "only the newest layout is shown");
        assertEquals(200, width());
        assertSame(shown.get(0), canvas.layoutProperty().get());
    }
}
