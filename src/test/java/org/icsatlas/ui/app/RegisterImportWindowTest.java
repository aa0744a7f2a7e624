package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.register.ImportPlanner;
import org.icsatlas.io.register.RegisterReader;
import org.icsatlas.io.register.RegisterSource;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.ui.importing.RegisterPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analyst's journey in the real window: File > Import ▸ Membership register…, the preview, Accept, Undo. */
@ExtendWith(ApplicationExtension.class)
class RegisterImportWindowTest {
    @TempDir
    Path dir;
    private final ScriptedChooser chooser = new ScriptedChooser();
    private final NoDialogs dialogs = new NoDialogs();
    private AtlasWindow atlas;

    @Start
    void start(Stage stage) {
        atlas = AtlasWindow.show(stage, chooser, dialogs, Optional.empty(), 1280, 800);
    }

    static Path frimley() throws Exception {
        return Path.of(RegisterImportWindowTest.class.getResource("/org/icsatlas/io/register/frimley").toURI());
    }

    private static void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }

    private static void chooseMenu(FxRobot robot, String menu, String... items) {
        robot.clickOn(labelled(robot, "menu-bar", menu));
        for (String item : items) {
            robot.clickOn(labelled(robot, "context-menu", item));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node labelled(FxRobot robot, String container, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && text.equals(l.getText().replace("_", ""))
                && within(n, container) && n.isVisible()).query();
    }

    private static boolean within(Node n, String styleClass) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    private RegisterPreview preview() {
        await(() -> atlas.window().registerMenus().preview().map(p -> p.stage().isShowing()).orElse(false));
        return atlas.window().registerMenus().preview().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(RegisterPreview p, String styleClass) {
        return List.copyOf(((ListView<String>) p.stage().getScene().getRoot().lookup("." + styleClass)).getItems());
    }

    @Test
    void importingFrimleyShowsTheRefusedRowsThenAcceptAddsItInOneStepThatUndoTakesBack(FxRobot robot) throws Exception {
        await(() -> atlas.window().diagram().isReady());
        MainViewModel vm = atlas.viewModel();
        ModelSnapshot before = vm.getModel().snapshot();
        chooser.openFrom = frimley().resolve("bodies.csv");
        chooseMenu(robot, "File", "Import", "Membership register…");
        RegisterPreview p = preview();
        List<String> refused = lines(p, RegisterPreview.REJECTED);
        assertEquals(3, refused.size(), refused::toString);
        assertTrue(refused.get(0).startsWith("bodies.csv:7: unknown body kind \"Comittee\"; did you mean \"Committee\"?"), refused.get(0));
        assertTrue(refused.get(1).startsWith("bodies.csv:20: reports to \"Frimley Clinical Senate\""), refused.get(1));
        assertTrue(refused.get(2).startsWith("memberships.csv:80: \"Slough Council for Voluntary Service\" is not"), refused.get(2));
        assertFalse(lines(p, RegisterPreview.ADDED).isEmpty());
        assertTrue(((ListView<?>) p.stage().getScene().getRoot().lookup("." + RegisterPreview.REMOVALS)).getItems().isEmpty(),
                "a register of Frimley proposes to remove nothing of South Yorkshire");
        assertEquals(before, vm.getModel().snapshot(), "nothing changes before Accept");
        robot.interact(() -> {
            try {
                // For a person to look at: target/snapshots/register-preview.png.
                Path png = Path.of("target", "snapshots");
                Files.createDirectories(png);
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        p.stage().getScene().getRoot().snapshot(new javafx.scene.SnapshotParameters(), null), null),
                        "png", png.resolve("register-preview.png").toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        robot.clickOn(labelled(robot, RegisterPreview.STYLE, "Accept"));
        WaitForAsyncUtils.waitForFxEvents();
        IcsModel m = vm.getModel();
        assertTrue(m.isFootprint(ElementId.of("frimley")));
        assertEquals(List.of("Slough", "Windsor and Maidenhead", "Bracknell Forest", "Surrey Heath", "North East Hampshire and Farnham"),
                m.childFootprints(ElementId.of("frimley")).stream().map(id -> m.footprint(id).orElseThrow().name()).toList());
        // The open sample's elements (South Yorkshire has grown since this test was written) plus Frimley's 44.
        assertEquals(before.elements().size() + 44, m.elementCount());
        assertTrue(vm.undoTextProperty().get().startsWith("Undo Import register frimley"), vm.undoTextProperty().get());

        robot.interact(vm::undo);
        assertEquals(before.footprints(), vm.getModel().snapshot().footprints());
        assertEquals(before.elements(), vm.getModel().snapshot().elements());
        assertEquals(before.relations(), vm.getModel().snapshot().relations());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void reimportingAnUpdatedRegisterChangesARoleAndRemovesOnlyWhatIsTicked(FxRobot robot) throws Exception {
        IcsModel imported = new ImportPlanner().plan(new IcsModel(), new RegisterReader().read(RegisterSource.of(frimley()))).result();
        Path file = dir.resolve("frimley.icsatlas.json");
        new AtlasJsonWriter().exportModel(imported, file);
        Path updated = dir.resolve("frimley-2026");
        Files.createDirectories(updated);
        for (String t : List.of("bodies.csv", "organisations.csv", "memberships.csv")) {
            String text = Files.readString(frimley().resolve(t));
            if (t.equals("bodies.csv")) {
                text = text.replaceAll("(?m)^Slough Place Delivery Group,.*\\R", "");
            }
            if (t.equals("memberships.csv")) {
                text = text.replace("Audit Committee,NHS Frimley ICB,Member,yes", "Audit Committee,NHS Frimley ICB,Chair,yes")
                        .replaceAll("(?m)^Slough Place Delivery Group,.*\\R?", "");
            }
            Files.writeString(updated.resolve(t), text);
        }
        robot.interact(() -> atlas.files().openFile(file));
        await(() -> atlas.window().diagram().isReady());
        MainViewModel vm = atlas.viewModel();
        int elements = vm.getModel().elementCount();
        chooser.openFrom = updated;
        chooseMenu(robot, "File", "Import", "Membership register…");
        RegisterPreview p = preview();
        assertTrue(lines(p, RegisterPreview.CHANGED).stream().anyMatch(l -> l.contains("role member → chair")), lines(p, RegisterPreview.CHANGED)::toString);
        assertTrue(lines(p, RegisterPreview.ADDED).isEmpty(), "nothing is duplicated: " + lines(p, RegisterPreview.ADDED));
        CheckBox tick = robot.lookup("." + RegisterPreview.REMOVALS + " .check-box").queryAs(CheckBox.class);
        robot.clickOn(tick);
        robot.clickOn(labelled(robot, RegisterPreview.STYLE, "Accept"));
        WaitForAsyncUtils.waitForFxEvents();
        IcsModel m = vm.getModel();
        assertFalse(m.isElement(ElementId.of("slough-place-delivery-group")), "the ticked removal is applied");
        assertEquals(elements - 1, m.elementCount());
        assertEquals(MemberRole.CHAIR, m.relations().stream().filter(r -> r.target().equals(ElementId.of("audit-committee"))).findFirst().orElseThrow().role());
        robot.interact(vm::undo);
        assertTrue(vm.getModel().isElement(ElementId.of("slough-place-delivery-group")));
        assertEquals(elements, vm.getModel().elementCount());
    }

    private static final class NoDialogs implements Dialogs {
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
