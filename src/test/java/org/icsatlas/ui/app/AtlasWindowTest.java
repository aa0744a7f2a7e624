package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.RelationKind;
import org.icsatlas.ui.diagram.DiagramCanvas;
import org.icsatlas.ui.diagram.StyleClasses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless, by mouse and keyboard, through the strategy director's first minutes. */
@ExtendWith(ApplicationExtension.class)
class AtlasWindowTest {
    private static final ElementId PROVIDER_ALLIANCE = ElementId.of("provider-alliance");
    private static final ElementId ROTHERHAM = ElementId.of("rotherham");

    @TempDir
    Path dir;
    private final ScriptedChooser chooser = new ScriptedChooser();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private AtlasWindow atlas;

    @Start
    void start(Stage stage) {
        // Monocle's headless screen is 1280x800 unless the JVM that started it said otherwise; a larger window overflows it.
        atlas = AtlasWindow.show(stage, chooser, dialogs, Optional.empty(), 1280, 800);
    }

    private MainViewModel vm() {
        return atlas.viewModel();
    }

    private DiagramCanvas canvas() {
        return atlas.window().diagram().canvas();
    }

    /** Runs {@code action} and waits until the diagram shows a new, finished layout. */
    private DiagramLayout relayoutAfter(FxRobot robot, Runnable action) {
        DiagramLayout before = canvas().layoutProperty().get();
        action.run();
        await(() -> canvas().layoutProperty().get() != before && !canvas().layingOutProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return canvas().layoutProperty().get();
    }

    private void awaitFirstLayout() {
        await(() -> atlas.window().diagram().isReady());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }

    /** Opens the menu bar's {@code menu} and clicks through {@code items} (submenus, then the item). */
    private static void chooseMenu(FxRobot robot, String menu, String... items) {
        robot.clickOn(labelled(robot, "menu-bar", menu));
        for (String item : items) {
            robot.clickOn(labelled(robot, "context-menu", item));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The visible node matching {@code query} that shows {@code text}, itself or in a label inside it. */
    private static Node labelled(FxRobot robot, String container, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> hasText(n, text) && within(n, container) && shown(n)).query();
    }

    /** Visible with all its ancestors: a list's spare cells sit, with their old text, in a hidden parent. */
    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(Node n, String styleClass) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasText(Node n, String text) {
        return n instanceof Labeled labeled && labeled.getText() != null && text.equals(labeled.getText().replace("_", ""));
    }

    /** Double-clicks {@code name} in the outline, which collapses or expands that footprint in the diagram. */
    private static void doubleClickInOutline(FxRobot robot, String name) {
        Node row = labelled(robot, org.icsatlas.ui.app.StyleClasses.OUTLINE, name);
        // A row is as wide as the longest name and runs under the diagram: aim at its start, where the name is.
        Bounds b = row.localToScreen(row.getBoundsInLocal());
        // Select first: the software renderer repaints the diagram for a new selection, and a press that waits for
        // that repaint can fall outside the double-click interval on a loaded build machine.
        robot.moveTo(new Point2D(b.getMinX() + 60, b.getCenterY())).clickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> outlineChildren(TreeItem<ElementId> parent) {
        IcsModel m = vm().getModel();
        return parent.getChildren().stream().map(TreeItem::getValue).filter(m::isFootprint)
                .map(id -> m.footprint(id).orElseThrow().name()).toList();
    }

    private boolean drawsRelationsOf(RelationKind kind) {
        IcsModel m = vm().getModel();
        boolean inLayout = canvas().layoutProperty().get().edges().keySet().stream()
                .anyMatch(r -> m.relation(r).map(x -> x.kind() == kind).orElse(false));
        boolean inScene = canvas().lookupAll("." + StyleClasses.forRelation(kind)).stream().anyMatch(Node::isVisible);
        return inLayout || inScene;
    }

    @Test
    void startsWithSouthYorkshireAndListsItsFivePlacesInTheOutline() {
        awaitFirstLayout();
        assertEquals("ICS Atlas — South Yorkshire and Bassetlaw ICS", atlas.stage().getTitle());
        TreeItem<ElementId> system = atlas.window().outline().getRoot().getChildren().get(0);
        assertEquals(List.of("Barnsley", "Bassetlaw", "Doncaster", "Rotherham", "Sheffield"), outlineChildren(system));
    }

    @Test
    void openingTheBswSampleFromTheFileMenuShowsBsw(FxRobot robot) {
        awaitFirstLayout();
        relayoutAfter(robot, () -> chooseMenu(robot, "File", "Open Sample", "BSW and Wiltshire"));
        assertTrue(atlas.stage().getTitle().contains("Bath and North East Somerset, Swindon and Wiltshire"), atlas.stage().getTitle());
        TreeItem<ElementId> system = atlas.window().outline().getRoot().getChildren().get(0);
        assertEquals(List.of("Bath and North East Somerset", "Swindon", "Wiltshire"), outlineChildren(system));
        assertTrue(canvas().layoutProperty().get().footprints().containsKey(ElementId.of("wiltshire")));
    }

    @Test
    void typingProviderAndEnterSelectsAndCentresTheProviderAlliance(FxRobot robot) {
        awaitFirstLayout();
        robot.clickOn(atlas.window().searchBox()).write("Provider").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PROVIDER_ALLIANCE, vm().selectionProperty().get());
        assertEquals(PROVIDER_ALLIANCE, canvas().selectionProperty().get());
        assertEquals(PROVIDER_ALLIANCE, atlas.window().outline().getSelectionModel().getSelectedItem().getValue());
        Box box = canvas().layoutProperty().get().absolute(PROVIDER_ALLIANCE).orElseThrow();
        Node world = canvas().lookup("." + StyleClasses.WORLD);
        Point2D centre = world.localToScene(box.centreX(), box.centreY());
        Bounds viewport = canvas().localToScene(canvas().getLayoutBounds());
        assertEquals(viewport.getCenterX(), centre.getX(), 2.0);
        assertEquals(viewport.getCenterY(), centre.getY(), 2.0);
    }

    @Test
    void aRelationKindToggleInTheViewMenuHidesThoseLines(FxRobot robot) {
        awaitFirstLayout();
        assertTrue(drawsRelationsOf(RelationKind.MEMBER_OF));
        relayoutAfter(robot, () -> chooseMenu(robot, "View", "Relations", "Member of"));
        assertFalse(vm().getCurrentView().shows(RelationKind.MEMBER_OF));
        assertFalse(drawsRelationsOf(RelationKind.MEMBER_OF));
        assertTrue(drawsRelationsOf(RelationKind.DELEGATES_TO));
    }

    @Test
    void focusFadesUnrelatedElementsAndEscapeRestoresThem(FxRobot robot) {
        awaitFirstLayout();
        robot.clickOn(atlas.window().searchBox()).write("Provider Alliance").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PROVIDER_ALLIANCE, canvas().focusProperty().get());
        long faded = canvas().lookupAll("." + StyleClasses.FADED).size();
        assertTrue(faded > 10, "faded elements: " + faded);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, canvas().focusProperty().get());
        assertEquals(0, canvas().lookupAll("." + StyleClasses.FADED).size());
    }

    @Test
    void switchingToGovernanceOnlyHidesMemberships(FxRobot robot) {
        awaitFirstLayout();
        assertTrue(drawsRelationsOf(RelationKind.MEMBER_OF));
        relayoutAfter(robot, () -> robot.clickOn("#viewSwitcher").clickOn(labelled(robot, "list-cell", "Governance only")));
        assertEquals("Governance only", vm().getCurrentView().name());
        assertFalse(drawsRelationsOf(RelationKind.MEMBER_OF));
        // The view keeps the bodies, where the governance happens.
        assertTrue(canvas().layoutProperty().get().nodes().containsKey(PROVIDER_ALLIANCE));
        assertFalse(vm().canUndoProperty().get(), "switching views is not an edit");
    }

    @Test
    void collapsingAPlaceFromTheOutlineHidesItsChildrenAndLeavesOtherPlacesWhereTheyWere(FxRobot robot) {
        awaitFirstLayout();
        DiagramLayout before = canvas().layoutProperty().get();
        List<ElementId> otherPlaces = List.of("barnsley", "bassetlaw", "doncaster", "sheffield").stream().map(ElementId::of).toList();
        Map<ElementId, Box> placesBefore = otherPlaces.stream().collect(Collectors.toMap(id -> id, id -> before.absolute(id).orElseThrow()));
        DiagramLayout after = relayoutAfter(robot, () -> doubleClickInOutline(robot, "Rotherham"));
        assertTrue(vm().getCurrentView().isCollapsed(ROTHERHAM));
        for (ElementId child : vm().getModel().elementsIn(ROTHERHAM)) {
            assertFalse(after.nodes().containsKey(child), child + " should be hidden");
        }
        for (ElementId place : otherPlaces) {
            assertEquals(placesBefore.get(place), after.absolute(place).orElseThrow(), place + " moved");
        }
    }

    @Test
    void ctrlZUndoesACollapse(FxRobot robot) {
        awaitFirstLayout();
        relayoutAfter(robot, () -> doubleClickInOutline(robot, "Rotherham"));
        assertTrue(vm().getCurrentView().isCollapsed(ROTHERHAM));
        DiagramLayout after = relayoutAfter(robot, () -> robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL));
        assertFalse(vm().getCurrentView().isCollapsed(ROTHERHAM));
        for (ElementId child : vm().getModel().elementsIn(ROTHERHAM)) {
            assertTrue(after.nodes().containsKey(child), child + " should be back");
        }
        assertFalse(atlas.stage().getTitle().endsWith("•"));
    }

    @Test
    void saveAsThroughTheChooserWritesAFileThatReloadsToTheSameModel(FxRobot robot) throws Exception {
        awaitFirstLayout();
        relayoutAfter(robot, () -> doubleClickInOutline(robot, "Rotherham"));
        assertTrue(atlas.stage().getTitle().endsWith("•"));
        Path file = dir.resolve("syb-copy.icsatlas.json");
        chooser.saveTo = file;
        chooseMenu(robot, "File", "Save As…");
        assertEquals("south-yorkshire-bassetlaw.icsatlas.json", chooser.suggested);
        assertEquals(vm().getModel().snapshot(), new ModelStore().read(file).snapshot());
        assertFalse(atlas.stage().getTitle().endsWith("•"));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void fileOpenReadsTheFileTheChooserGives(FxRobot robot) throws Exception {
        awaitFirstLayout();
        Path file = dir.resolve("bsw.icsatlas.json");
        ModelStore store = new ModelStore();
        store.write(store.read(Sample.BSW_AND_WILTSHIRE), file);
        chooser.openFrom = file;
        relayoutAfter(robot, () -> chooseMenu(robot, "File", "Open…"));
        assertEquals(file, vm().sourceProperty().get().file().orElseThrow());
        assertTrue(atlas.stage().getTitle().contains("Swindon"), atlas.stage().getTitle());
    }

    @Test
    void aBadFileArgumentIsReportedWithItsPlaceAndTheSampleOpensInstead(FxRobot robot) throws Exception {
        Path bad = dir.resolve("broken.icsatlas.json");
        java.nio.file.Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"footprints\": [ oops ]\n}\n");
        RecordingDialogs seen = new RecordingDialogs();
        AtlasWindow other = WaitForAsyncUtils.asyncFx(() -> AtlasWindow.show(new Stage(), chooser, seen, Optional.of(bad), 1000, 700)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, seen.errors.size());
        assertTrue(seen.errors.get(0).matches("(?s).*broken\\.icsatlas\\.json:3:\\d+.*"), seen.errors.get(0));
        assertEquals("South Yorkshire and Bassetlaw ICS", other.viewModel().getModel().info().title());
        robot.interact(() -> other.stage().close());
    }

    @Test
    void aCollapseMadeInTheDiagramItselfIsRecordedAsAnUndoableSavedEdit(FxRobot robot) {
        awaitFirstLayout();
        ElementId sheffield = ElementId.of("sheffield");
        relayoutAfter(robot, () -> robot.interact(() -> canvas().setCollapsed(sheffield, true)));
        assertTrue(vm().getModel().view(vm().getCurrentView().id()).orElseThrow().isCollapsed(sheffield));
        assertEquals("Undo Collapse Sheffield", vm().undoTextProperty().get());
        relayoutAfter(robot, () -> robot.interact(vm()::undo));
        assertFalse(canvas().viewProperty().get().isCollapsed(sheffield));
    }

    @Test
    void clickingAProblemSelectsTheElementItNames(FxRobot robot) {
        awaitFirstLayout();
        await(() -> !vm().findings().isEmpty());
        org.icsatlas.analysis.Finding first = vm().findings().stream().filter(f -> !f.elements().isEmpty()).findFirst().orElseThrow();
        int row = vm().findings().indexOf(first);
        robot.interact(() -> atlas.window().problems().list().scrollTo(row));
        Node cell = robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && c.getItem() == first && shown(n)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.elements().get(0), vm().selectionProperty().get());
        assertEquals(first.elements().get(0), canvas().selectionProperty().get());
    }

    /** Keeps the errors shown; never loses unsaved changes without being told to. */
    private static final class RecordingDialogs implements Dialogs {
        final List<String> errors = new java.util.ArrayList<>();

        @Override
        public void showError(javafx.stage.Window owner, String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public UnsavedChoice askToSaveChanges(javafx.stage.Window owner, String modelTitle) {
            return UnsavedChoice.DISCARD;
        }
    }
}
