package org.icsatlas.ui.diagram;

import static org.icsatlas.ui.diagram.CanvasFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.Scene;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.icsatlas.analysis.FocusSet;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real canvas headless on a crowded synthetic system (scale M: about 570 elements and 1,500 relations,
 * enough to trigger level of detail) and on the small samples: what is hidden when zoomed far out, what is shown
 * and built at 100 %, and that skins shown or built after a selection or focus was painted carry it.
 *
 * <p>The canvas is 2400 x 1520, larger than Monocle's headless screen, so its scene is not put in a window (as in
 * {@link DiagramCanvasSnapshotTest}): at that size zooming to fit (about 24 %) shows all of M, between the two
 * level-of-detail thresholds, and the culler's crowding rule is met there and further out whatever way the synthetic
 * places happen to fall.
 */
@ExtendWith(ApplicationExtension.class)
class ViewportCullerTest {
    private static final StyleTable STYLES = StyleTable.standard();
    private DiagramCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new DiagramCanvas(LayoutEngine.standard());
        new Scene(canvas, 2400, 1520);
    }

    private IcsModel show(FxRobot robot, IcsModel model) throws Exception {
        DiagramLayout before = canvas.layoutProperty().get();
        robot.interact(() -> {
            canvas.applyCss();
            canvas.layout();
            canvas.setModel(model, null);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> canvas.layoutProperty().get() != before && !canvas.layingOutProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model;
    }

    private IcsModel crowded(FxRobot robot) throws Exception {
        return show(robot, SyntheticIcs.generate(SyntheticIcs.Scale.M, 7));
    }

    /** Moves the camera, then lets the culler run (it follows the camera before the next frame). */
    private void camera(FxRobot robot, Runnable move) {
        robot.interact(move);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void zoomAt(FxRobot robot, double zoom, ElementId centre) {
        camera(robot, () -> {
            canvas.zoomProperty().set(zoom);
            canvas.centreOn(centre);
        });
    }

    /** Whether {@code n} is drawn: in the scene, and visible together with every group above it. */
    private static boolean drawn(Node n) {
        if (n == null || n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private boolean drawn(FxRobot robot, ElementId id) {
        return onFx(robot, () -> drawn(canvas.skinOf(id)));
    }

    private EdgeSkin edge(FxRobot robot, ElementId relation) {
        return onFx(robot, () -> (EdgeSkin) canvas.skinOf(relation));
    }

    private DiagramLayout layout() {
        return canvas.layoutProperty().get();
    }

    private Box box(ElementId id) {
        return layout().absolute(id).orElseThrow();
    }

    private ElementId root() {
        return layout().footprints().values().stream().filter(f -> f.parent() == null).findFirst().orElseThrow().id();
    }

    private static Paint colour(String hex) {
        return FxTokens.colour(hex);
    }

    private static Paint lineStroke(EdgeSkin e) {
        return ((Shape) e.lookup("." + StyleClasses.EDGE_LINE)).getStroke();
    }

    private static double distance(Box a, Box b) {
        return Math.hypot(a.centreX() - b.centreX(), a.centreY() - b.centreY());
    }

    /** The ids among {@code ids} whose skin fails {@code test}, checked in one go on the FX thread. */
    private List<ElementId> failing(FxRobot robot, Iterable<ElementId> ids, java.util.function.Predicate<SkinNode> test) {
        return onFx(robot, () -> {
            List<ElementId> out = new ArrayList<>();
            for (ElementId id : ids) {
                if (!test.test((SkinNode) canvas.skinOf(id))) {
                    out.add(id);
                }
            }
            return out;
        });
    }

    @Test
    void aCrowdedDiagramZoomedOutToFitDrawsNoLinesAndBuildsNone(FxRobot robot) throws Exception {
        crowded(robot);
        double fit = canvas.zoomProperty().get();
        assertTrue(fit >= ViewportCuller.MIN_ELEMENT_ZOOM && fit < ViewportCuller.MIN_EDGE_ZOOM, "fit zoom " + fit);
        assertEquals(List.of(), failing(robot, layout().nodes().keySet(), ViewportCullerTest::drawn), "elements not drawn");
        assertEquals(List.of(), failing(robot, layout().footprints().keySet(), ViewportCullerTest::drawn),
                "footprints not drawn");
        assertEquals(List.of(), failing(robot, layout().edges().keySet(), s -> !drawn(s) && !((EdgeSkin) s).built()),
                "lines drawn or built although never shown");
    }

    @Test
    void zoomedFurtherOutOnlyTheFootprintsRemain(FxRobot robot) throws Exception {
        crowded(robot);
        zoomAt(robot, 0.1, root());
        assertEquals(List.of(), failing(robot, layout().footprints().keySet(), ViewportCullerTest::drawn),
                "footprints not drawn");
        assertEquals(List.of(), failing(robot, layout().nodes().keySet(), s -> !drawn(s)), "elements drawn");
        assertEquals(List.of(), failing(robot, layout().edges().keySet(), s -> !drawn(s)), "lines drawn");
        assertEquals(List.of(), failing(robot, layout().footprints().keySet(), s -> !((FootprintSkin) s).titleShown()),
                "titles of a pixel or two are not drawn");

        zoomAt(robot, 0.4, root());
        Box visible = onFx(robot, canvas::visibleWorld);
        List<ElementId> inView = layout().nodes().keySet().stream().filter(n -> visible.contains(box(n))).toList();
        assertFalse(inView.isEmpty());
        assertEquals(List.of(), failing(robot, inView, ViewportCullerTest::drawn), "elements in view not drawn again");
        List<ElementId> lines = layout().edges().keySet().stream().toList();
        int drawnLines = lines.size() - failing(robot, lines, ViewportCullerTest::drawn).size();
        assertTrue(drawnLines > 0, "zoomed in past the threshold the lines come back");
    }

    @Test
    void atFullSizeSkinsInViewAreDrawnAndFarOnesAreNeither(FxRobot robot) throws Exception {
        crowded(robot);
        ElementId here = layout().nodes().keySet().iterator().next();
        zoomAt(robot, 1, here);
        Box visible = onFx(robot, canvas::visibleWorld);
        Box around = new Box(visible.x() - visible.width(), visible.y() - visible.height(),
                3 * visible.width(), 3 * visible.height());
        List<ElementId> near = new ArrayList<>();
        List<ElementId> far = new ArrayList<>();
        for (ElementId id : layout().nodes().keySet()) {
            if (visible.intersects(box(id))) {
                near.add(id);
            } else if (!around.intersects(box(id))) {
                far.add(id);
            }
        }
        for (FootprintLayout f : layout().footprints().values()) {
            if (!around.intersects(box(f.id()))) {
                far.add(f.id());
            }
        }
        List<ElementId> linesNear = new ArrayList<>();
        List<ElementId> linesFar = new ArrayList<>();
        for (EdgeLayout el : layout().edges().values()) {
            if (el.points().stream().anyMatch(p -> visible.intersects(new Box(p.x(), p.y(), 0.5, 0.5)))) {
                linesNear.add(el.relation());
            } else if (el.points().stream().noneMatch(p -> around.intersects(new Box(p.x(), p.y(), 0.5, 0.5)))) {
                linesFar.add(el.relation());
            }
        }
        assertFalse(near.isEmpty() || far.isEmpty() || linesNear.isEmpty() || linesFar.isEmpty(),
                near.size() + " near, " + far.size() + " far, " + linesNear.size() + " lines near, " + linesFar.size() + " far");
        assertEquals(List.of(), failing(robot, near, ViewportCullerTest::drawn), "in view but not drawn");
        List<ElementId> shownFootprints = layout().footprints().keySet().stream().filter(f -> visible.intersects(box(f))).toList();
        assertEquals(List.of(), failing(robot, shownFootprints, s -> drawn(s) && ((FootprintSkin) s).titleShown()),
                "footprints in view without their titles");
        assertEquals(List.of(), failing(robot, far, s -> !s.isVisible()), "far away but shown");
        assertEquals(List.of(), failing(robot, linesNear, s -> drawn(s) && ((EdgeSkin) s).built()),
                "lines through the view not built and drawn");
        assertEquals(List.of(), failing(robot, linesFar, s -> !s.isVisible() && !((EdgeSkin) s).built()),
                "lines far away shown or built");
    }

    @Test
    void linesStackInLayoutOrderWhateverOrderTheyWereFirstShownIn(FxRobot robot) throws Exception {
        crowded(robot);
        List<ElementId> places = new ArrayList<>(layout().footprints().keySet());
        for (int i = places.size() - 1; i >= 0; i -= 7) {
            zoomAt(robot, 1, places.get(i));
        }
        List<ElementId> layoutOrder = new ArrayList<>(layout().edges().keySet());
        List<ElementId> stacked = onFx(robot, () -> {
            Parent layer = layoutOrder.stream().map(id -> canvas.skinOf(id).getParent()).filter(p -> p != null)
                    .findFirst().orElseThrow();
            return layer.getChildrenUnmodifiable().stream().map(n -> ((SkinNode) n).modelId()).toList();
        });
        assertTrue(stacked.size() > 10 && stacked.size() < layoutOrder.size(), stacked.size() + " lines in the scene");
        List<ElementId> expected = layoutOrder.stream().filter(stacked::contains).toList();
        assertEquals(expected, stacked);
    }

    @Test
    void aSmallPanVisitsOnlyTheSkinsNearTheEdgeOfTheView(FxRobot robot) throws Exception {
        crowded(robot);
        ElementId here = layout().nodes().keySet().iterator().next();
        zoomAt(robot, 1, here);
        int skins = layout().nodes().size() + layout().edges().size() + layout().footprints().size();
        camera(robot, () -> Event.fireEvent(canvas,
                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.LEFT, false, false, false, false)));
        int visits = onFx(robot, canvas::lastCullVisits);
        assertTrue(visits > 0 && visits < skins / 4, "visited " + visits + " of " + skins);
    }

    @Test
    void theSamplesShowEveryLineEvenZoomedRightOut(FxRobot robot) throws Exception {
        for (String sample : List.of("south-yorkshire-bassetlaw", "bsw-wiltshire")) {
            IcsModel model = show(robot, new AtlasJsonReader().readSample(sample));
            assertTrue(model.elementCount() < ViewportCuller.CROWDED_ELEMENTS);
            assertFalse(layout().edges().isEmpty());
            for (double zoom : new double[] {canvas.zoomProperty().get(), ZoomPanController.MIN_ZOOM}) {
                zoomAt(robot, zoom, root());
                assertEquals(List.of(), failing(robot, layout().edges().keySet(), ViewportCullerTest::drawn),
                        sample + ": lines not drawn at zoom " + zoom);
                assertEquals(List.of(), failing(robot, layout().nodes().keySet(), ViewportCullerTest::drawn),
                        sample + ": elements not drawn at zoom " + zoom);
            }
        }
    }

    /** A relation whose two ends are both far from {@code from}, and the element at one end. */
    private EdgeLayout farRelation(ElementId from) {
        Box here = box(from);
        EdgeLayout best = null;
        double bestDistance = 0;
        for (EdgeLayout el : layout().edges().values()) {
            if (!layout().nodes().containsKey(el.from()) || !layout().nodes().containsKey(el.to())) {
                continue;
            }
            double d = Math.min(distance(here, box(el.from())), distance(here, box(el.to())));
            if (d > bestDistance) {
                bestDistance = d;
                best = el;
            }
        }
        return best;
    }

    @Test
    void aLineBuiltAfterASelectionShowsTheSelectionsHighlight(FxRobot robot) throws Exception {
        crowded(robot);
        ElementId elsewhere = layout().nodes().keySet().iterator().next();
        zoomAt(robot, 1, elsewhere);
        EdgeLayout far = farRelation(elsewhere);
        ElementId selected = far.from();
        EdgeSkin line = edge(robot, far.relation());
        assertFalse(line.built(), "precondition: the selection's line is out of view and not built yet");
        assertFalse(drawn(robot, selected), "precondition: the selected element is out of view");

        robot.interact(() -> canvas.selectionProperty().set(selected));
        camera(robot, () -> canvas.centreOn(selected));

        assertTrue(drawn(line) && line.built(), "scrolled into view, the line is built and drawn");
        assertEquals(colour(STYLES.emphasis().highlight()), onFx(robot, () -> lineStroke(line)), "in the highlight colour");
        assertTrue(line.getStyleClass().contains(StyleClasses.HIGHLIGHTED));
        assertTrue(drawn(robot, selected));
        assertTrue(onFx(robot, () -> canvas.skinOf(selected).getStyleClass().contains(StyleClasses.SELECTED)));
        assertTrue(onFx(robot, () -> canvas.skinOf(far.to()).getStyleClass().contains(StyleClasses.HIGHLIGHTED)),
                "the other end is lit");
        camera(robot, () -> canvas.selectionProperty().set(null));
        assertEquals(colour(STYLES.relation(line.relation().kind()).stroke()),
                onFx(robot, () -> lineStroke(line)), "cleared, the line is plain again");
    }

    @Test
    void skinsShownAgainAfterLevelOfDetailHidThemCarryTheSelectionAndFocus(FxRobot robot) throws Exception {
        crowded(robot);
        ElementId focus = layout().nodes().keySet().iterator().next();
        zoomAt(robot, 0.1, root());
        assertFalse(drawn(robot, focus), "precondition: zoomed out, elements are hidden");
        robot.interact(() -> {
            canvas.selectionProperty().set(focus);
            canvas.focus(focus);
        });
        zoomAt(robot, 1, focus);
        assertTrue(drawn(robot, focus));
        assertTrue(onFx(robot, () -> canvas.skinOf(focus).getStyleClass().contains(StyleClasses.SELECTED)));
        FocusSet set = FocusSet.of(canvas.getModel(), focus);
        List<String> wrong = new ArrayList<>();
        int[] counts = new int[2];
        robot.interact(() -> {
            for (EdgeLayout el : layout().edges().values()) {
                EdgeSkin e = (EdgeSkin) canvas.skinOf(el.relation());
                if (!drawn(e)) {
                    continue;
                }
                boolean lit = set.relations().contains(el.relation());
                boolean selected = el.from().equals(focus) || el.to().equals(focus);
                counts[lit ? 0 : 1]++;
                double opacity = lit ? 1 : STYLES.emphasis().fadedOpacity();
                Paint stroke = lit || selected ? colour(STYLES.emphasis().highlight())
                        : colour(STYLES.relation(e.relation().kind()).stroke());
                if (!e.built() || e.getOpacity() != opacity || !stroke.equals(lineStroke(e))) {
                    wrong.add(el.relation() + " opacity " + e.getOpacity() + " stroke " + (e.built() ? lineStroke(e) : "unbuilt"));
                }
            }
        });
        int inFocus = counts[0];
        int faded = counts[1];
        assertEquals(List.of(), wrong, "lines in view painted wrongly");
        assertTrue(inFocus > 0, "lines in focus are in view");
        assertTrue(faded > 0, "faded lines are in view");
    }
}
