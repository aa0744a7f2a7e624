package org.icsatlas.ui.diagram;

import static org.icsatlas.ui.diagram.CanvasFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey 1 on the canvas alone: find the Provider Alliance, focus on it, collapse two places, switch to the
 * governance view. Each state is written to {@code target/snapshots/journey1-*.png} for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class DiagramJourneyTest {
    private static final ElementId PROVIDER_ALLIANCE = ElementId.of("provider-alliance");
    private static final ElementId ROTHERHAM = ElementId.of("rotherham");
    private static final ElementId DONCASTER = ElementId.of("doncaster");

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

    private void change(FxRobot robot, Runnable action) throws Exception {
        CanvasFixture.change(robot, canvas, action);
    }

    private void snapshot(FxRobot robot, String name) {
        robot.interact(() -> {
            try {
                DiagramSnapshots.write(canvas, "journey1-" + name);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void findProviderAlliance(FxRobot robot) {
        robot.interact(() -> {
            canvas.selectionProperty().set(PROVIDER_ALLIANCE);
            canvas.zoomProperty().set(1);
            canvas.centreOn(PROVIDER_ALLIANCE);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void findingTheProviderAllianceSelectsItAndLightsItsMembers(FxRobot robot) {
        snapshot(robot, "0-start");
        findProviderAlliance(robot);
        snapshot(robot, "1-found");
        assertTrue(onFx(robot, () -> canvas.skinOf(PROVIDER_ALLIANCE).getStyleClass().contains(StyleClasses.SELECTED)));
        for (Relation r : model.incoming(PROVIDER_ALLIANCE)) {
            assertTrue(onFx(robot, () -> canvas.skinOf(r.source()).getStyleClass().contains(StyleClasses.HIGHLIGHTED)),
                    r.source() + " is lit");
            assertTrue(onFx(robot, () -> canvas.skinOf(r.id()).getStyleClass().contains(StyleClasses.HIGHLIGHTED)),
                    r.id() + " is lit");
        }
    }

    @Test
    void focusingOnTheProviderAllianceKeepsItsAccountabilityAndItsFootprintsBright(FxRobot robot) {
        findProviderAlliance(robot);
        robot.interact(() -> {
            canvas.focus(PROVIDER_ALLIANCE);
            canvas.zoomToFit();
        });
        snapshot(robot, "2-focus");
        for (Relation r : model.incoming(PROVIDER_ALLIANCE)) {
            assertEquals(1.0, onFx(robot, () -> canvas.skinOf(r.source()).getOpacity()), r.source() + " stays bright");
        }
        ElementId system = model.parentOf(PROVIDER_ALLIANCE).orElseThrow();
        assertEquals(1.0, onFx(robot, () -> canvas.skinOf(system).getOpacity()), "the system holding the focus stays readable");
        assertEquals(1.0, onFx(robot, () -> canvas.skinOf(ElementId.of("barnsley")).getOpacity()),
                "Barnsley holds a member, so its name stays readable");
        assertTrue(onFx(robot, () -> canvas.skinOf(ElementId.of("bassetlaw")).getOpacity()) < 1,
                "Bassetlaw holds nothing in focus, so it recedes");
    }

    @Test
    void collapsingRotherhamAndDoncasterMovesNothingElse(FxRobot robot) throws Exception {
        Map<ElementId, Box> before = boxesOutside(canvas.layoutProperty().get(), Set.of(ROTHERHAM, DONCASTER));
        change(robot, () -> canvas.setCollapsed(ROTHERHAM, true));
        change(robot, () -> canvas.setCollapsed(DONCASTER, true));
        snapshot(robot, "3-collapsed");
        DiagramLayout after = canvas.layoutProperty().get();
        for (Map.Entry<ElementId, Box> e : before.entrySet()) {
            Box now = after.absolute(e.getKey()).orElseThrow();
            assertEquals(e.getValue().x(), now.x(), 0.5, e.getKey() + " x");
            assertEquals(e.getValue().y(), now.y(), 0.5, e.getKey() + " y");
        }
    }

    @Test
    void theGovernanceViewDropsMembershipsAndKeepsReportingLines(FxRobot robot) throws Exception {
        change(robot, () -> canvas.viewProperty().set(model.view(ElementId.of("view-governance")).orElseThrow()));
        snapshot(robot, "4-governance");
        DiagramLayout l = canvas.layoutProperty().get();
        Set<RelationKind> drawn = new HashSet<>();
        l.edges().keySet().forEach(id -> drawn.add(model.relation(id).orElseThrow().kind()));
        assertFalse(drawn.contains(RelationKind.MEMBER_OF), "memberships disappear");
        assertTrue(drawn.contains(RelationKind.REPORTS_TO), "reporting lines stay");
        assertTrue(onFx(robot, () -> canvas.lookupAll("." + StyleClasses.forRelation(RelationKind.MEMBER_OF)).isEmpty()));
    }

    /** Every drawn box except the given footprints and what they contain, by id. */
    private Map<ElementId, Box> boxesOutside(DiagramLayout l, Set<ElementId> excluded) {
        Map<ElementId, Box> out = new HashMap<>();
        Set<ElementId> ids = new HashSet<>(l.footprints().keySet());
        ids.addAll(l.nodes().keySet());
        for (ElementId id : ids) {
            boolean inside = excluded.contains(id) || model.ancestors(id).stream().anyMatch(excluded::contains);
            if (!inside) {
                out.put(id, l.absolute(id).orElseThrow());
            }
        }
        return out;
    }
}
