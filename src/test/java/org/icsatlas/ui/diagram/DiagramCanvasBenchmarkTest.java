package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * England-scale timings of the canvas on {@link SyntheticIcs.Scale#L}: first draw, zoom steps, a pan, a selection
 * change and a one-footprint edit, each timed from the action to the end of the frame that shows it (medians).
 * Runs with the layout benchmark: {@code mvn -B -Pbenchmark package} (alone: {@code mvn -B -Pbenchmark test}).
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class DiagramCanvasBenchmarkTest {
    static {
        // -Dbench.pulses=true prints JavaFX's per-pulse breakdown (CSS, bounds, sync, paint) to find hot spots.
        if (Boolean.getBoolean("bench.pulses")) {
            System.setProperty("javafx.pulseLogger", "true");
        }
    }

    private static final int RUNS = 9;
    private DiagramCanvas canvas;
    private Scene scene;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(LayoutEngine.standard());
        scene = new Scene(canvas, 1200, 760);
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Runs {@code action} on the FX thread and returns the milliseconds until the frame showing it has been rendered:
     * the third pulse after the action starts only once the second has waited for the render thread to paint the
     * first. Pulses are at most 60 a second, so the figure includes up to two idle frame intervals (about 33 ms).
     */
    private double toPicture(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        long[] elapsed = new long[1];
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            action.run();
            afterFrames(3, () -> {
                elapsed[0] = System.nanoTime() - t0;
                done.countDown();
            });
        });
        assertTrue(done.await(60, TimeUnit.SECONDS));
        return elapsed[0] / 1e6;
    }

    /**
     * The heap the whole test JVM holds with L shown on the canvas (model, layout, undo-free edits, every skin built
     * so far), after full collections have settled: the app's steady heap at England scale, plus the test harness.
     */
    private static double steadyHeapMb() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used / (1024.0 * 1024.0);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    @Test
    void englandDrawsZoomsPansSelectsAndRedrawsQuickly(FxRobot robot) throws Exception {
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.L, 42);
        long l0 = System.nanoTime();
        LayoutEngine.standard().layout(model.copy(), DiagramView.whole("v", "v"));
        double engineOnly = (System.nanoTime() - l0) / 1e6;

        long t0 = System.nanoTime();
        robot.interact(() -> canvas.setModel(model, null));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !canvas.layoutProperty().get().nodes().isEmpty());
        double firstDraw = (System.nanoTime() - t0) / 1e6 + toPicture(() -> { });

        List<ElementId> places = new ArrayList<>(canvas.layoutProperty().get().footprints().keySet());
        robot.interact(() -> {
            canvas.zoomProperty().set(1);
            canvas.centreOn(places.get(places.size() / 2));
        });
        toPicture(() -> { });
        List<Double> zoom = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            zoom.add(toPicture(i % 2 == 0 ? canvas::zoomOut : canvas::zoomIn));
        }
        List<Double> zoomFar = new ArrayList<>();
        robot.interact(() -> canvas.zoomProperty().set(0.1));
        toPicture(() -> { });
        for (int i = 0; i < RUNS; i++) {
            zoomFar.add(toPicture(i % 2 == 0 ? canvas::zoomOut : canvas::zoomIn));
        }
        robot.interact(() -> canvas.zoomProperty().set(1));
        List<Double> pan = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ElementId place = places.get((i * 37) % places.size());
            pan.add(toPicture(() -> canvas.centreOn(place)));
        }
        List<Double> nudge = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            KeyCode key = i % 2 == 0 ? KeyCode.LEFT : KeyCode.RIGHT;
            nudge.add(toPicture(() -> Event.fireEvent(canvas,
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", key, false, false, false, false))));
        }
        List<ElementId> elements = new ArrayList<>(canvas.layoutProperty().get().nodes().keySet());
        robot.interact(() -> canvas.centreOn(elements.get(0)));
        List<Double> select = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ElementId e = elements.get(i % 4);
            select.add(toPicture(() -> canvas.selectionProperty().set(e)));
        }
        List<Double> focus = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            ElementId e = elements.get(i % 4);
            focus.add(toPicture(() -> canvas.focus(e)));
        }
        robot.interact(canvas::clearFocus);

        List<Double> edit = new ArrayList<>();
        ElementId target = model.parentOf(elements.get(0)).orElseThrow();
        for (int i = 0; i < 5; i++) {
            String id = "extra" + i;
            edit.add(editToPicture(() -> model.addElement(Element.of(id, BodyKind.COMMITTEE, "New committee " + id), target, -1)));
        }
        double heapMb = steadyHeapMb();
        System.out.printf("Canvas at L: %d elements, %d relations, %d footprints; engine alone %.0f ms;"
                        + " first layout+draw %.0f ms; zoom step at 100%% %.1f ms, at 10%% %.1f ms; pan to a new place %.1f ms;"
                        + " arrow-key pan %.1f ms; selection change %.1f ms; focus %.1f ms; one-footprint edit %.1f ms"
                        + " (new layout drawn in the scene graph after %.1f ms); heap in use with L drawn (after GC) %.0f MB%n",
                model.elementCount(), model.relationCount(), model.footprints().size(), engineOnly, firstDraw,
                median(zoom), median(zoomFar), median(pan), median(nudge), median(select), median(focus), median(edit),
                median(arrivals), heapMb);
        assertTrue(canvas.layoutProperty().get().absolute(ElementId.of("extra4")).isPresent());
    }

    /**
     * Times one edit on screen: from handing the command to the document (on the FX thread) to the end of the frame
     * showing the new layout. The layout's arrival is heard by a listener, not polled for, and the frame is counted
     * as in {@link #toPicture}: three pulses after the new layout is shown.
     */
    /** For each {@link #editToPicture}: the milliseconds until the new layout was handed to the canvas and drawn. */
    private final List<Double> arrivals = new ArrayList<>();

    private double editToPicture(Runnable edit) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] elapsed = new long[1];
        Platform.runLater(() -> {
            DiagramLayout before = canvas.layoutProperty().get();
            long t0 = System.nanoTime();
            javafx.beans.value.ChangeListener<DiagramLayout>[] shown = new javafx.beans.value.ChangeListener[1];
            shown[0] = (o, was, now) -> {
                if (now == before) {
                    return;
                }
                canvas.layoutProperty().removeListener(shown[0]);
                arrivals.add((System.nanoTime() - t0) / 1e6);
                afterFrames(3, () -> {
                    elapsed[0] = System.nanoTime() - t0;
                    done.countDown();
                });
            };
            canvas.layoutProperty().addListener(shown[0]);
            edit.run();
        });
        assertTrue(done.await(60, TimeUnit.SECONDS));
        return elapsed[0] / 1e6;
    }

    /** Runs {@code then} at the start of the {@code n}th pulse from now (on the FX thread). */
    private void afterFrames(int n, Runnable then) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] == n) {
                scene.removePreLayoutPulseListener(listener[0]);
                then.run();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPreLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Shows the synthetic M model (one system of ten places) through its first view and waits for its picture. */
    private IcsModel showM(FxRobot robot) throws Exception {
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.M, 42);
        if (model.views().isEmpty()) {
            model.addView(DiagramView.whole("bench-view", "Whole system"), -1);
        }
        DiagramView view = model.views().get(0);
        robot.interact(() -> canvas.setModel(model, view));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !canvas.layoutProperty().get().nodes().isEmpty());
        toPicture(() -> { });
        return model;
    }

    /**
     * The editing gestures on the M model (one system of ten places), each through the editor the canvas's
     * gestures call (one command through the canvas's document): add, rename, move into another place, connect.
     */
    @Test
    void editsOnASystemOfTenPlacesReachTheScreenQuickly(FxRobot robot) throws Exception {
        IcsModel model = showM(robot);
        org.icsatlas.ui.editing.DiagramEditor editor = canvas.editor();
        List<ElementId> places = model.footprints().stream()
                .filter(f -> f.level() == org.icsatlas.model.FootprintLevel.PLACE).map(f -> f.id()).toList();
        List<Double> add = new ArrayList<>();
        List<Double> rename = new ArrayList<>();
        List<Double> move = new ArrayList<>();
        List<Double> connect = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ElementId place = places.get(i % places.size());
            ElementId other = places.get((i + 1) % places.size());
            ElementId[] made = new ElementId[1];
            add.add(editToPicture(() -> made[0] = editor.createElement(BodyKind.COMMITTEE, "Bench committee " + System.nanoTime(),
                    place, new org.icsatlas.model.Position(20, 40)).orElseThrow()));
            rename.add(editToPicture(() -> editor.rename(made[0], "Renamed committee " + System.nanoTime())));
            move.add(editToPicture(() -> editor.move(made[0], other, new org.icsatlas.model.Position(20, 40))));
            ElementId body = model.elementsIn(other).stream().filter(e -> model.element(e).orElseThrow().isBody()
                    && !e.equals(made[0])).findFirst().orElseThrow();
            connect.add(editToPicture(() -> editor.connect(made[0], org.icsatlas.model.RelationKind.REPORTS_TO, body, null, null)));
        }
        System.out.printf("Canvas at M: %d elements, %d relations; edit to picture, median: add %.1f ms, rename %.1f ms,"
                        + " move into another place %.1f ms, connect %.1f ms; of which to the new layout drawn in the scene"
                        + " graph (before the frame paints it), median over all: %.1f ms%n", model.elementCount(), model.relationCount(),
                median(add), median(rename), median(move), median(connect), median(arrivals));
        assertTrue(canvas.getDocument().history().undoSize() == 20, "every edit is one undo step");
    }

    /**
     * Dragging a box on M: each pointer move is one MOUSE_DRAGGED event fired at the canvas. Printed per move: the
     * handler's time on the FX thread (only the dragged skins move; nothing is laid out) and the move to the end of
     * the frame as {@link #toPicture} counts it (so with up to two idle frame intervals of about 16.7 ms each).
     */
    @Test
    void dragOnASystemOfTenPlacesFollowsThePointer(FxRobot robot) throws Exception {
        IcsModel model = showM(robot);
        ElementId box = model.elements().stream().filter(Element::isBody).map(Element::id)
                .filter(id -> canvas.layoutProperty().get().nodes().containsKey(id)).findFirst().orElseThrow();
        double[] at = new double[2];
        robot.interact(() -> {
            canvas.centreOn(box);
            javafx.geometry.Bounds b = canvas.skinOf(box).localToScene(canvas.skinOf(box).getBoundsInLocal());
            at[0] = b.getCenterX();
            at[1] = b.getCenterY();
        });
        toPicture(() -> { });
        robot.interact(() -> Event.fireEvent(canvas, mouse(javafx.scene.input.MouseEvent.MOUSE_PRESSED, at[0], at[1])));
        List<Double> handler = new ArrayList<>();
        List<Double> picture = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            double x = at[0] + 3 * i;
            double y = at[1] + (i % 2);
            long[] t = new long[2];
            picture.add(toPicture(() -> {
                t[0] = System.nanoTime();
                Event.fireEvent(canvas, mouse(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, x, y));
                t[1] = System.nanoTime();
            }));
            handler.add((t[1] - t[0]) / 1e6);
        }
        robot.interact(() -> Event.fireEvent(canvas, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false)));
        robot.interact(() -> Event.fireEvent(canvas, mouse(javafx.scene.input.MouseEvent.MOUSE_RELEASED, at[0], at[1])));
        System.out.printf("Canvas at M: drag, per pointer move, median: handler %.2f ms, to picture %.1f ms%n",
                median(handler), median(picture));
        assertTrue(canvas.getDocument().history().undoSize() == 0, "a cancelled drag is no edit");
    }

    private static javafx.scene.input.MouseEvent mouse(javafx.event.EventType<javafx.scene.input.MouseEvent> type, double x, double y) {
        boolean down = type != javafx.scene.input.MouseEvent.MOUSE_RELEASED;
        return new javafx.scene.input.MouseEvent(type, x, y, x, y, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, down, false, false, false, false, false, null);
    }
}
