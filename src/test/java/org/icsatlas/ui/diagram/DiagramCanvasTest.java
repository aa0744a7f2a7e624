package org.icsatlas.ui.diagram;

import static org.icsatlas.ui.diagram.CanvasFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the canvas with a real sample model, by mouse and keyboard, in a headless window. */
@ExtendWith(ApplicationExtension.class)
class DiagramCanvasTest {
    private static final ElementId SYSTEM = ElementId.of("syb");
    private static final ElementId BARNSLEY = ElementId.of("barnsley");
    private static final ElementId PROVIDER_ALLIANCE = ElementId.of("provider-alliance");

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

    private void change(FxRobot robot, Runnable action) throws Exception {
        DiagramLayout before = canvas.layoutProperty().get();
        robot.interact(action);
        awaitLayoutAfter(before);
    }

    private static boolean shown(Node n) {
        return n != null && n.getScene() != null && n.isVisible();
    }

    private Point2D screenPoint(FxRobot robot, ElementId id, double localX, double localY) {
        return onFx(robot, () -> canvas.skinOf(id).localToScreen(localX, localY));
    }

    @Test
    void switchingToAnotherViewShowsItWholeWhereverTheCameraWas(FxRobot robot) throws Exception {
        robot.interact(() -> {
            canvas.centreOn(PROVIDER_ALLIANCE);
            canvas.zoomProperty().set(4);
        });
        Box zoomedIn = onFx(robot, canvas::visibleWorld);
        change(robot, () -> canvas.viewProperty().set(model.view(ElementId.of("view-barnsley")).orElseThrow()));
        Box bounds = onFx(robot, () -> canvas.layoutProperty().get().bounds());
        Box seen = onFx(robot, canvas::visibleWorld);
        assertFalse(zoomedIn.contains(bounds), "the camera did not already show the whole view");
        Box inset = new Box(bounds.x() + 1, bounds.y() + 1, bounds.width() - 2, bounds.height() - 2);
        assertTrue(seen.contains(inset), "the new view is shown whole: " + seen + " shows " + bounds);
        assertTrue(bounds.width() > 0.5 * seen.width() || bounds.height() > 0.5 * seen.height(),
                "and fills the canvas: " + seen + " around " + bounds);
    }

    @Test
    void everyFootprintIsDrawnAfterLoad(FxRobot robot) {
        for (Footprint f : model.footprints()) {
            assertTrue(onFx(robot, () -> shown(canvas.skinOf(f.id()))), f.name() + " is drawn");
        }
        assertEquals(model.elementCount(), canvas.layoutProperty().get().nodes().size());
    }

    @Test
    void doubleClickingAPlaceHeaderCollapsesItAndKeepsTheOtherPlacesStill(FxRobot robot) throws Exception {
        Map<ElementId, Box> before = new HashMap<>();
        for (ElementId place : model.childFootprints(SYSTEM)) {
            before.put(place, canvas.layoutProperty().get().absolute(place).orElseThrow());
        }
        ElementId child = model.elementsIn(BARNSLEY).get(0);
        assertTrue(onFx(robot, () -> shown(canvas.skinOf(child))));
        DiagramLayout old = canvas.layoutProperty().get();
        robot.moveTo(screenPoint(robot, BARNSLEY, 60, 8)).doubleClickOn(MouseButton.PRIMARY);
        awaitLayoutAfter(old);

        assertTrue(canvas.viewProperty().get().isCollapsed(BARNSLEY));
        assertTrue(canvas.layoutProperty().get().footprints().get(BARNSLEY).collapsed());
        assertFalse(canvas.layoutProperty().get().nodes().containsKey(child), "Barnsley's elements are hidden");
        assertFalse(onFx(robot, () -> shown(canvas.skinOf(child))));
        for (ElementId place : model.childFootprints(SYSTEM)) {
            if (!place.equals(BARNSLEY)) {
                Box now = canvas.layoutProperty().get().absolute(place).orElseThrow();
                assertEquals(before.get(place).x(), now.x(), 0.5, place + " stays where it was");
                assertEquals(before.get(place).y(), now.y(), 0.5, place + " stays where it was");
            }
        }
    }

    @Test
    void doubleClickingACollapsedPlaceExpandsItAgain(FxRobot robot) throws Exception {
        change(robot, () -> canvas.setCollapsed(BARNSLEY, true));
        DiagramLayout old = canvas.layoutProperty().get();
        robot.moveTo(screenPoint(robot, BARNSLEY, 30, 30)).doubleClickOn(MouseButton.PRIMARY);
        awaitLayoutAfter(old);
        assertFalse(canvas.viewProperty().get().isCollapsed(BARNSLEY));
        assertTrue(onFx(robot, () -> shown(canvas.skinOf(model.elementsIn(BARNSLEY).get(0)))));
    }

    @Test
    void hidingARelationKindHidesItsEdges(FxRobot robot) throws Exception {
        ElementId membership = model.relations().stream().filter(r -> r.kind() == RelationKind.MEMBER_OF)
                .findFirst().orElseThrow().id();
        ElementId reporting = model.relations().stream().filter(r -> r.kind() != RelationKind.MEMBER_OF)
                .filter(r -> canvas.layoutProperty().get().edges().containsKey(r.id())).findFirst().orElseThrow().id();
        assertTrue(onFx(robot, () -> canvas.skinOf(membership) != null));
        change(robot, () -> canvas.setRelationKindShown(RelationKind.MEMBER_OF, false));
        assertNull(onFx(robot, () -> canvas.skinOf(membership)));
        assertTrue(onFx(robot, () -> canvas.skinOf(reporting) != null), "other kinds stay");
        assertTrue(canvas.layoutProperty().get().edges().keySet().stream()
                .allMatch(id -> model.relation(id).orElseThrow().kind() != RelationKind.MEMBER_OF));
    }

    @Test
    void hidingAnElementKindHidesThoseElements(FxRobot robot) throws Exception {
        change(robot, () -> canvas.setElementKindShown(OrganisationKind.PCN, false));
        for (Element e : model.elements()) {
            boolean drawn = canvas.layoutProperty().get().nodes().containsKey(e.id());
            assertEquals(e.kind() != OrganisationKind.PCN, drawn, e.name());
        }
    }

    @Test
    void centreOnBringsTheElementToTheMiddleOfTheViewport(FxRobot robot) {
        ElementId target = model.elementsIn(ElementId.of("sheffield")).get(0);
        robot.interact(() -> {
            canvas.zoomProperty().set(1.5);
            canvas.centreOn(target);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Box box = canvas.layoutProperty().get().absolute(target).orElseThrow();
        Point2D centre = onFx(robot, () -> canvas.sceneToLocal(canvas.skinOf(target).localToScene(box.width() / 2, box.height() / 2)));
        assertEquals(canvas.getWidth() / 2, centre.getX(), 1);
        assertEquals(canvas.getHeight() / 2, centre.getY(), 1);
        assertTrue(onFx(robot, () -> canvas.skinOf(target).isVisible()));
    }

    @Test
    void clickingAnElementSelectsItAndClickingTheBackgroundClears(FxRobot robot) {
        ElementId target = PROVIDER_ALLIANCE;
        robot.moveTo(screenPoint(robot, target, 20, 12)).clickOn(MouseButton.PRIMARY);
        assertEquals(target, canvas.selectionProperty().get());
        assertTrue(onFx(robot, () -> canvas.skinOf(target).getStyleClass().contains(StyleClasses.SELECTED)));
        ElementId member = model.incoming(target).stream().filter(r -> r.kind() == RelationKind.MEMBER_OF)
                .findFirst().orElseThrow().source();
        assertTrue(onFx(robot, () -> canvas.skinOf(member).getStyleClass().contains(StyleClasses.HIGHLIGHTED)),
                "the other end of a relation is lit");
        Point2D corner = onFx(robot, () -> canvas.localToScreen(canvas.getWidth() - 4, canvas.getHeight() - 4));
        robot.moveTo(corner).clickOn(MouseButton.PRIMARY);
        assertNull(canvas.selectionProperty().get());
    }

    @Test
    void changingTheSelectionRestylesOnlyTheSkinsLitBeforeOrAfter(FxRobot robot) {
        int skins = onFx(robot, () -> canvas.lookupAll("." + StyleClasses.ELEMENT).size()
                + canvas.lookupAll("." + StyleClasses.EDGE).size());
        robot.interact(() -> canvas.selectionProperty().set(PROVIDER_ALLIANCE));
        int first = onFx(robot, canvas::lastPaintVisits);
        ElementId other = ElementId.of("sheffield-ccg");
        robot.interact(() -> canvas.selectionProperty().set(other));
        int second = onFx(robot, canvas::lastPaintVisits);
        assertTrue(first > 0 && first < skins / 3, "visited " + first + " of " + skins);
        assertTrue(second < skins / 3, "visited " + second + " of " + skins);
        assertTrue(onFx(robot, () -> canvas.skinOf(other).getStyleClass().contains(StyleClasses.SELECTED)));
        assertFalse(onFx(robot, () -> canvas.skinOf(PROVIDER_ALLIANCE).getStyleClass().contains(StyleClasses.SELECTED)));
        assertFalse(onFx(robot, () -> canvas.skinOf(model.incoming(PROVIDER_ALLIANCE).iterator().next().id())
                .getStyleClass().contains(StyleClasses.HIGHLIGHTED)), "the old selection's lines go back to plain");
    }

    @Test
    void focusFadesUnrelatedElementsAndEscapeRestoresThem(FxRobot robot) {
        ElementId unrelated = ElementId.of("sheffield-ccg");
        assertTrue(model.isElement(unrelated));
        ElementId member = model.incoming(PROVIDER_ALLIANCE).stream().filter(r -> r.kind() == RelationKind.MEMBER_OF)
                .findFirst().orElseThrow().source();
        robot.interact(() -> canvas.focus(PROVIDER_ALLIANCE));
        assertEquals(PROVIDER_ALLIANCE, canvas.focusProperty().get());
        assertTrue(onFx(robot, () -> canvas.skinOf(unrelated).getOpacity()) < 0.5, "unrelated fades");
        assertEquals(1.0, onFx(robot, () -> canvas.skinOf(member).getOpacity()), "a member stays bright");
        assertEquals(1.0, onFx(robot, () -> canvas.skinOf(PROVIDER_ALLIANCE).getOpacity()));

        robot.interact(() -> canvas.requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertNull(canvas.focusProperty().get());
        assertEquals(1.0, onFx(robot, () -> canvas.skinOf(unrelated).getOpacity()), "Esc restores");
    }

    @Test
    void edgeLabelsShowExactlyTheLayoutsLabelText(FxRobot robot) {
        int labelled = 0;
        for (var el : canvas.layoutProperty().get().edges().values()) {
            String expected = el.label() == null ? null
                    : EdgeLayout.labelText(model.relation(el.relation()).orElseThrow());
            String shown = onFx(robot, () -> ((EdgeSkin) canvas.skinOf(el.relation())).displayedLabel());
            if (expected != null && !expected.isEmpty()) {
                labelled++;
                assertEquals(expected, shown, el.relation().value());
            } else {
                assertNull(shown, el.relation().value());
            }
        }
        assertTrue(labelled > 0, "the sample has labelled relations");
    }

    @Test
    void keysZoomInAndOutAroundTheCentre(FxRobot robot) {
        robot.interact(() -> canvas.requestFocus());
        double before = canvas.zoomProperty().get();
        robot.type(KeyCode.EQUALS);
        assertTrue(canvas.zoomProperty().get() > before);
        robot.type(KeyCode.MINUS);
        assertEquals(before, canvas.zoomProperty().get(), 1e-9);
    }

    @Test
    void zoomToFitShowsTheWholeDiagram(FxRobot robot) {
        robot.interact(() -> {
            canvas.zoomProperty().set(3);
            canvas.zoomToFit();
        });
        Bounds b = onFx(robot, () -> canvas.sceneToLocal(canvas.skinOf(SYSTEM).localToScene(canvas.skinOf(SYSTEM).getBoundsInLocal())));
        assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0, "top-left inside: " + b);
        assertTrue(b.getMaxX() <= canvas.getWidth() && b.getMaxY() <= canvas.getHeight(), "bottom-right inside: " + b);
    }

    @Test
    void anEditRedrawsWithTheNewElement(FxRobot robot) throws Exception {
        ElementId added = ElementId.of("new-vcse");
        change(robot, () -> model.addElement(Element.of(added.value(), OrganisationKind.VCSE, "Barnsley CVS"), BARNSLEY, -1));
        Node skin = onFx(robot, () -> canvas.skinOf(added));
        assertNotNull(skin);
        assertTrue(canvas.layoutProperty().get().absolute(added).isPresent());
    }

    @Test
    void anEditReusesUnchangedSkinsAndLeavesTheirLayersAlone(FxRobot robot) throws Exception {
        ElementId untouched = model.elementsIn(ElementId.of("sheffield")).get(0);
        Node untouchedSkin = onFx(robot, () -> canvas.skinOf(untouched));
        Group elementLayer = (Group) onFx(robot, untouchedSkin::getParent);
        int[] churn = new int[1];
        ListChangeListener<Node> counter = c -> {
            while (c.next()) {
                churn[0] += c.getRemovedSize() + c.getAddedSize();
            }
        };
        robot.interact(() -> elementLayer.getChildren().addListener(counter));
        change(robot, () -> model.addElement(Element.of("new-vcse", OrganisationKind.VCSE, "Barnsley CVS"), BARNSLEY, -1));
        robot.interact(() -> elementLayer.getChildren().removeListener(counter));
        assertSame(untouchedSkin, onFx(robot, () -> canvas.skinOf(untouched)), "an element the edit did not touch keeps its skin");
        assertEquals(1, churn[0], "only the new element joins the layer; the others are not re-added");
    }

    @Test
    void anEditThatReroutesARelationRedrawsItsLineAlongTheNewRouteInTheSameSkin(FxRobot robot) throws Exception {
        DiagramLayout before = canvas.layoutProperty().get();
        Map<ElementId, Node> skinsBefore = new HashMap<>();
        for (ElementId id : before.edges().keySet()) {
            skinsBefore.put(id, onFx(robot, () -> canvas.skinOf(id)));
        }
        // Sheffield has no neighbourhood yet, so its first one adds a row and the place grows (Barnsley already has one)
        change(robot, () -> model.addFootprint(Footprint.of("new-pcn", "New PCN", org.icsatlas.model.FootprintLevel.NEIGHBOURHOOD),
                ElementId.of("sheffield"), 0));
        DiagramLayout after = canvas.layoutProperty().get();
        int rerouted = 0;
        for (Map.Entry<ElementId, EdgeLayout> e : after.edges().entrySet()) {
            EdgeLayout was = before.edges().get(e.getKey());
            if (was == null || was.equals(e.getValue())) {
                continue;
            }
            EdgeSkin skin = (EdgeSkin) onFx(robot, () -> canvas.skinOf(e.getKey()));
            assertSame(skinsBefore.get(e.getKey()), skin, "a rerouted relation keeps its skin");
            assertEquals(e.getValue(), skin.edgeLayout(), "and draws the new route");
            List<Double> line = onFx(robot, () -> skin.built()
                    ? List.copyOf(((javafx.scene.shape.Polyline) skin.getChildren().get(0)).getPoints()) : null);
            if (line != null) {
                assertEquals(e.getValue().points().get(0).x(), line.get(0), 1e-9, "the line starts where the new route does");
                assertEquals(e.getValue().points().get(0).y(), line.get(1), 1e-9);
                assertEquals(2 * e.getValue().points().size(), line.size());
                rerouted++;
            }
        }
        assertTrue(rerouted > 0, "the edit moved some drawn relations");
    }

    @Test
    void legendListsOnlyTheKindsDrawn(FxRobot robot) throws Exception {
        LegendView legend = (LegendView) onFx(robot, canvas::createLegend);
        String text = onFx(robot, () -> legendText(legend));
        assertTrue(text.contains(OrganisationKind.LOCAL_AUTHORITY.label()));
        assertTrue(text.contains(RelationKind.MEMBER_OF.label()));
        assertFalse(text.contains(OrganisationKind.COMBINED_AUTHORITY.label()), "not in the sample, so not in the key");
        change(robot, () -> canvas.setRelationKindShown(RelationKind.MEMBER_OF, false));
        assertFalse(onFx(robot, () -> legendText(legend)).contains(RelationKind.MEMBER_OF.label()));
    }

    @Test
    void legendRelationSwatchesDrawTheirLines(FxRobot robot) {
        LegendView legend = (LegendView) onFx(robot, canvas::createLegend);
        List<EdgeSkin> swatches = onFx(robot, () -> legend.lookupAll("." + StyleClasses.EDGE).stream()
                .map(n -> (EdgeSkin) n).toList());
        assertFalse(swatches.isEmpty());
        for (EdgeSkin s : swatches) {
            assertTrue(s.isVisible() && s.built(), s.relation().kind() + " swatch is drawn");
            assertNotNull(s.lookup("." + StyleClasses.EDGE_LINE), s.relation().kind() + " swatch has its line");
        }
    }

    private static String legendText(LegendView legend) {
        StringBuilder out = new StringBuilder();
        legend.lookupAll(".label").forEach(n -> out.append(((javafx.scene.control.Label) n).getText()).append('\n'));
        return out.toString();
    }
}
