package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.icsatlas.io.graphml.GraphmlImporter;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Import ▸ GraphML… and File ▸ Export ▸ GraphML / DOT in the real window, by mouse. */
@ExtendWith(ApplicationExtension.class)
class InteropMenusWindowTest {
    @TempDir
    Path dir;
    private final ScriptedChooser chooser = new ScriptedChooser();
    private final Notes dialogs = new Notes();
    private AtlasWindow atlas;

    @Start
    void start(Stage stage) {
        atlas = AtlasWindow.show(stage, chooser, dialogs, Optional.empty(), 1280, 800);
    }

    private static Path fixture(String resource) {
        try {
            return Paths.get(InteropMenusWindowTest.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void importingYedGraphmlOpensItAsANewUnsavedDocumentWithItsGroupsAsFootprints(FxRobot robot) {
        await(() -> atlas.window().diagram().isReady());
        chooser.openFrom = fixture("/io/graphml/foreign/yed-nested-groups.graphml");
        chooseMenu(robot, "File", "Import", InteropMenus.IMPORT_GRAPHML);
        IcsModel m = atlas.viewModel().getModel();
        assertEquals(List.of("Frimley"), m.roots().stream().map(id -> m.footprint(id).orElseThrow().name()).toList());
        assertEquals(2, m.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).count());
        assertTrue(atlas.viewModel().isDirty(), "an imported model is not saved yet");
        assertFalse(atlas.viewModel().hasFile());
        assertTrue(atlas.stage().getTitle().endsWith(" •"), atlas.stage().getTitle());
        assertEquals(1, dialogs.information.size(), "the notes are shown");
        assertTrue(dialogs.information.get(0).contains("joins a group"), dialogs.information.get(0));
        // Save asks where, offering a native name made from the GraphML file's.
        chooser.saveTo = dir.resolve("frimley.icsatlas.json");
        robot.interact(() -> atlas.files().save());
        assertEquals("yed-nested-groups.icsatlas.json", chooser.suggested);
        assertFalse(atlas.viewModel().isDirty());
        assertTrue(Files.exists(chooser.saveTo));
    }

    @Test
    void aHostileFileIsRefusedInADialogAndTheOpenModelStays(FxRobot robot) {
        await(() -> atlas.window().diagram().isReady());
        IcsModel before = atlas.viewModel().getModel();
        chooser.openFrom = fixture("/io/graphml/hostile/billion-laughs.graphml");
        chooseMenu(robot, "File", "Import", InteropMenus.IMPORT_GRAPHML);
        assertEquals(before, atlas.viewModel().getModel());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("DOCTYPE"), dialogs.errors.get(0));
    }

    @Test
    void theExportMenuWritesYedFlatAndDotFiles(FxRobot robot) throws Exception {
        await(() -> atlas.window().diagram().isReady());
        chooser.saveTo = dir.resolve("syb.graphml");
        chooseMenu(robot, "File", "Export", InteropMenus.EXPORT_YED);
        assertEquals("south-yorkshire-bassetlaw.graphml", chooser.suggested);
        IcsModel back = new GraphmlImporter().importModel(chooser.saveTo);
        assertEquals(atlas.viewModel().getModel().elementCount(), back.elementCount());
        assertTrue(Files.readString(chooser.saveTo).contains("y:ProxyAutoBoundsNode"));
        chooser.saveTo = dir.resolve("syb-flat.graphml");
        chooseMenu(robot, "File", "Export", InteropMenus.EXPORT_FLAT);
        assertFalse(Files.readString(chooser.saveTo).contains("y:"));
        chooser.saveTo = dir.resolve("syb.dot");
        chooseMenu(robot, "File", "Export", InteropMenus.EXPORT_DOT);
        assertTrue(Files.readString(chooser.saveTo).startsWith("digraph ics {"));
        assertEquals(List.of(), dialogs.errors);
    }

    private static void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void chooseMenu(FxRobot robot, String menu, String... items) {
        robot.clickOn(labelled(robot, "menu-bar", menu));
        for (String item : items) {
            Node target = labelled(robot, "context-menu", item);
            // Into a submenu sideways first: a diagonal path crosses the next item and closes the submenu.
            javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
            double y = robot.robotContext().getBaseRobot().retrieveMouse().getY();
            robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + 12, y));
            robot.clickOn(target);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node labelled(FxRobot robot, String container, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && text.equals(l.getText().replace("_", ""))
                && within(n, container) && shown(n)).query();
    }

    private static boolean shown(Node n) {
        // A closed menu's popup keeps its items, out of any showing window.
        if (n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()) {
            return false;
        }
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

    private static final class Notes implements Dialogs {
        final List<String> errors = new ArrayList<>();
        final List<String> information = new ArrayList<>();

        @Override
        public void showError(javafx.stage.Window owner, String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showInformation(javafx.stage.Window owner, String title, String message) {
            information.add(title + ": " + message);
        }

        @Override
        public UnsavedChoice askToSaveChanges(javafx.stage.Window owner, String modelTitle) {
            return UnsavedChoice.DISCARD;
        }
    }
}
