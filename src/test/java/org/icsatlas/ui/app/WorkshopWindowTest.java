package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.icsatlas.edit.RenameCommand;
import org.icsatlas.edit.SetNoteCommand;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.ui.document.RecoveryCopy;
import org.icsatlas.ui.document.RecoveryOrigin;
import org.icsatlas.ui.document.RecoveryStore;
import org.icsatlas.ui.panels.HistoryPanel;
import org.icsatlas.ui.panels.PropertiesPanel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real window through a workshop: views made, renamed and deleted from the keyboard and menus, the
 * properties panel, the history panel, presentation mode, the unsaved-changes question and the restore offer.
 */
@ExtendWith(ApplicationExtension.class)
class WorkshopWindowTest {
    private static final ElementId WILTSHIRE_COUNCIL = ElementId.of("wiltshire-council");
    private static final ElementId ICB_CHAIR = ElementId.of("m-icb-board-elsy");

    @TempDir
    Path dir;
    private final ScriptedChooser chooser = new ScriptedChooser();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private AtlasWindow atlas;

    @Start
    void start(Stage stage) throws Exception {
        atlas = AtlasWindow.show(stage, chooser, dialogs, Optional.empty(), 1280, 800);
        atlas.viewModel().openSample(Sample.BSW_AND_WILTSHIRE);
    }

    private MainViewModel vm() {
        return atlas.viewModel();
    }

    private IcsModel model() {
        return vm().getModel();
    }

    private static void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 30 s", e);
        }
    }

    private void focusDiagram(FxRobot robot) {
        robot.interact(() -> atlas.window().diagram().node().requestFocus());
    }

    private List<String> viewNames() {
        return model().views().stream().map(DiagramView::name).toList();
    }

    @Test
    void viewsAreMadeRenamedAndDeletedFromKeysAndMenusAndEveryStepUndoes(FxRobot robot) {
        List<String> before = viewNames();
        focusDiagram(robot);
        robot.interact(() -> vm().switchView(ElementId.of("view-wiltshire")));
        dialogs.names.add("Wiltshire workshop");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.N).release(KeyCode.N, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DiagramView made = vm().getCurrentView();
        assertEquals("Wiltshire workshop", made.name());
        DiagramView wiltshire = model().view(ElementId.of("view-wiltshire")).orElseThrow();
        assertEquals(wiltshire.root(), made.root(), "a new view from the current one starts where it starts");
        assertEquals(before.size() + 1, model().views().size());

        dialogs.names.add("Wiltshire proposal");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wiltshire proposal", vm().getCurrentView().name());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wiltshire proposal (copy)", vm().getCurrentView().name());

        robot.clickOn("View").clickOn("Delete View");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewNames().contains("Wiltshire proposal (copy)"));

        focusDiagram(robot);
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, viewNames(), "undo all gives the views back as they were");
        for (int i = 0; i < 4; i++) {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewNames().contains("Wiltshire proposal"));
        assertFalse(viewNames().contains("Wiltshire proposal (copy)"));
        assertEquals(before.size() + 1, viewNames().size());
    }

    @Test
    void theLastViewCannotBeDeleted(FxRobot robot) {
        while (model().views().size() > 1) {
            robot.interact(() -> atlas.window().viewActions().delete());
        }
        robot.interact(() -> atlas.window().viewActions().delete());
        assertEquals(1, model().views().size());
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).contains("at least one view"));
    }

    @Test
    void thePropertiesPanelEditsAnElementAndAMembershipThroughUndoableCommands(FxRobot robot) {
        robot.interact(() -> vm().selectionProperty().set(WILTSHIRE_COUNCIL));
        robot.clickOn("#" + PropertiesPanel.editorId("note")).write("Proposed chair of the collaborative").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Proposed chair of the collaborative", model().element(WILTSHIRE_COUNCIL).orElseThrow().note());
        robot.clickOn("#" + PropertiesPanel.editorId("attr:source")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("Workshop, 2 December").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Workshop, 2 December", model().element(WILTSHIRE_COUNCIL).orElseThrow().attributes().get("source"));

        robot.interact(() -> vm().selectionProperty().set(ICB_CHAIR));
        robot.clickOn("#" + PropertiesPanel.editorId("role")).clickOn("vice-chair");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(MemberRole.VICE_CHAIR, model().relation(ICB_CHAIR).orElseThrow().role());
        assertTrue(vm().undoTextProperty().get().startsWith("Undo"), vm().undoTextProperty().get());

        robot.interact(vm()::undo);
        assertEquals(MemberRole.CHAIR, model().relation(ICB_CHAIR).orElseThrow().role());
        robot.interact(vm()::undo);
        robot.interact(vm()::undo);
        assertNotEquals("Proposed chair of the collaborative", model().element(WILTSHIRE_COUNCIL).orElseThrow().note());
        assertFalse(vm().isDirty(), "three edits, three undo steps");
    }

    @Test
    void withSeveralSelectedThePropertiesPanelEditsTheirSharedAttributeInOneStep(FxRobot robot) {
        ElementId cabinet = ElementId.of("wiltshire-cabinet");
        int steps = vm().getDocument().history().undoSize();
        robot.interact(() -> vm().getDocument().selection().setAll(List.of(WILTSHIRE_COUNCIL, cabinet)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#" + PropertiesPanel.editorId("attr:source")).press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write("Workshop, 2 December").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Workshop, 2 December", model().element(WILTSHIRE_COUNCIL).orElseThrow().attributes().get("source"));
        assertEquals("Workshop, 2 December", model().element(cabinet).orElseThrow().attributes().get("source"));
        assertEquals(steps + 1, vm().getDocument().history().undoSize(), "both in one undo step");
        robot.interact(vm()::undo);
        assertNotEquals("Workshop, 2 December", model().element(cabinet).orElseThrow().attributes().get("source"));
        assertNotEquals("Workshop, 2 December", model().element(WILTSHIRE_COUNCIL).orElseThrow().attributes().get("source"));
    }

    @Test
    void aPropertiesEditTheModelRefusesSaysWhyAndSnapsBack(FxRobot robot) {
        String name = model().element(WILTSHIRE_COUNCIL).orElseThrow().name();
        int steps = vm().getDocument().history().undoSize();
        robot.interact(() -> vm().selectionProperty().set(WILTSHIRE_COUNCIL));
        robot.clickOn("#" + PropertiesPanel.editorId("name")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).write("   ").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, model().element(WILTSHIRE_COUNCIL).orElseThrow().name(), "model unchanged");
        assertEquals(steps, vm().getDocument().history().undoSize(), "no undo step for a refused edit");
        Label refusal = atlas.window().properties().refusal();
        assertTrue(refusal.isVisible(), "the panel says the edit was refused");
        assertTrue(refusal.getText().contains("blank"), refusal.getText());
    }

    @Test
    void clickingALineOfTheHistoryJumpsBackAndForward(FxRobot robot) {
        ModelSnapshot opened = model().snapshot();
        robot.interact(() -> {
            vm().execute(new RenameCommand(WILTSHIRE_COUNCIL, "Wiltshire Council (unitary)"));
            vm().execute(new SetNoteCommand(WILTSHIRE_COUNCIL, "checked"));
            vm().execute(new RenameCommand(ElementId.of("icb-board"), "BSW ICB Board (2022)"));
        });
        ModelSnapshot edited = model().snapshot();
        robot.clickOn("History");
        HistoryPanel history = atlas.window().history();
        assertEquals(4, history.list().getItems().size());
        robot.clickOn(cellShowing(robot, "Opened"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(opened, model().snapshot(), "back to the model as opened");
        assertTrue(history.list().getItems().get(3).undone());
        robot.clickOn(cellShowing(robot, history.list().getItems().get(3).description()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited, model().snapshot(), "forward to the last step");
        robot.clickOn(cellShowing(robot, history.list().getItems().get(1).description()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Wiltshire Council (unitary)", model().element(WILTSHIRE_COUNCIL).orElseThrow().name());
        assertNotEquals("checked", model().element(WILTSHIRE_COUNCIL).orElseThrow().note());
        assertEquals(1, vm().undoHistory().undoSize());
    }

    private static Node cellShowing(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof ListCell<?> c && c.getItem() instanceof HistoryPanel.Step s
                && s.description().equals(text) && c.isVisible()).query();
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowAndItsCopy(FxRobot robot) throws Exception {
        robot.interact(() -> vm().execute(new SetNoteCommand(WILTSHIRE_COUNCIL, "unsaved")));
        assertTrue(atlas.stage().getTitle().endsWith("•"), atlas.stage().getTitle());
        Path copy = writeCopyNow(robot);
        dialogs.unsavedChoice = Dialogs.UnsavedChoice.CANCEL;
        requestClose(robot);
        assertEquals(1, dialogs.savePrompts.size());
        assertTrue(atlas.stage().isShowing());
        assertTrue(Files.exists(copy), "cancel keeps the recovery copy");
    }

    @Test
    void closingWithUnsavedChangesAndDontSaveClosesAndRemovesTheCopy(FxRobot robot) throws Exception {
        robot.interact(() -> vm().execute(new SetNoteCommand(WILTSHIRE_COUNCIL, "unsaved")));
        Path copy = writeCopyNow(robot);
        dialogs.unsavedChoice = Dialogs.UnsavedChoice.DISCARD;
        requestClose(robot);
        assertEquals(1, dialogs.savePrompts.size());
        assertFalse(atlas.stage().isShowing());
        assertFalse(Files.exists(copy), "a clean close removes the recovery copy");
    }

    @Test
    void closingWithUnsavedChangesAndSaveWritesTheFileThenCloses(FxRobot robot) throws Exception {
        robot.interact(() -> vm().execute(new SetNoteCommand(WILTSHIRE_COUNCIL, "saved on close")));
        Path copy = writeCopyNow(robot);
        Path file = dir.resolve("bsw.icsatlas.json");
        chooser.saveTo = file;
        dialogs.unsavedChoice = Dialogs.UnsavedChoice.SAVE;
        requestClose(robot);
        assertFalse(atlas.stage().isShowing());
        assertEquals("saved on close", new ModelStore().read(file).element(WILTSHIRE_COUNCIL).orElseThrow().note());
        assertFalse(Files.exists(copy));
        assertEquals(file.toAbsolutePath(), atlas.recentFiles().files().get(0));
    }

    @Test
    void aSaveRemovesTheRecoveryCopyAndAnotherEditWritesItAgain(FxRobot robot) throws Exception {
        robot.interact(() -> vm().execute(new SetNoteCommand(WILTSHIRE_COUNCIL, "one")));
        Path copy = writeCopyNow(robot);
        chooser.saveTo = dir.resolve("saved.icsatlas.json");
        robot.interact(() -> atlas.files().save());
        atlas.autosave().autosaver().awaitIdle();
        assertFalse(Files.exists(copy));
        robot.interact(() -> vm().execute(new SetNoteCommand(WILTSHIRE_COUNCIL, "two")));
        writeCopyNow(robot);
        assertEquals("two", new ModelStore().read(copy).element(WILTSHIRE_COUNCIL).orElseThrow().note());
    }

    private Path writeCopyNow(FxRobot robot) throws InterruptedException {
        robot.interact(() -> atlas.autosave().saveNowIfDirty());
        atlas.autosave().autosaver().awaitIdle();
        Path copy = atlas.autosave().autosaver().copyFile();
        assertTrue(Files.exists(copy), "the autosave wrote " + copy);
        return copy;
    }

    private void requestClose(FxRobot robot) {
        robot.interact(() -> atlas.stage().fireEvent(new WindowEvent(atlas.stage(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void presentationModeScalesTheWholeWindowHidesThePanelsAndPageDownStepsTheViews(FxRobot robot) {
        focusDiagram(robot);
        ScaledRoot root = (ScaledRoot) atlas.stage().getScene().getRoot();
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) robot.lookup(".split-pane").query();
        double[] dividersBefore = split.getDividerPositions();
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationMode presentation = atlas.window().presentation();
        assertTrue(presentation.isPresenting());
        // Monocle's headless screen has no full-screen state; under Xvfb the stage goes full screen (see README).
        assertEquals(PresentationMode.SCALE, root.scaleProperty().get());
        assertEquals(1, ((javafx.scene.control.SplitPane) robot.lookup(".split-pane").query()).getItems().size());
        assertShownWhole(robot, "entering the presentation");

        List<DiagramView> views = vm().views();
        assertEquals(views.get(0).id(), vm().getCurrentView().id());
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(views.get(1).id(), vm().getCurrentView().id());
        assertEquals(views.get(1).name(), presentation.banner().getText());
        // a place is small: on the projector it is magnified past 100 % to fill the screen, and shown whole
        org.icsatlas.ui.diagram.DiagramCanvas shown = atlas.window().diagram().canvas();
        await(() -> !shown.layingOutProperty().get() && shown.zoomProperty().get() > 1.0);
        assertShownWhole(robot, "Page Down while presenting");
        robot.type(KeyCode.PAGE_DOWN);
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(views.get(1).id(), vm().getCurrentView().id());

        // Editing still works while presenting.
        robot.interact(() -> vm().execute(new SetNoteCommand(WILTSHIRE_COUNCIL, "said in the room")));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals("said in the room", model().element(WILTSHIRE_COUNCIL).orElseThrow().note());

        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(presentation.isPresenting());
        assertEquals(1.0, root.scaleProperty().get());
        assertEquals(3, ((javafx.scene.control.SplitPane) robot.lookup(".split-pane").query()).getItems().size());
        assertShownWhole(robot, "leaving the presentation");
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
                double[] now = split.getDividerPositions();
                for (int i = 0; i < dividersBefore.length; i++) {
                    if (Math.abs(now[i] - dividersBefore[i]) > 0.01) {
                        return false;
                    }
                }
                return true;
            });
        } catch (java.util.concurrent.TimeoutException ignored) {
            // the assertions below say which divider did not come back
        }
        double[] dividersAfter = split.getDividerPositions();
        for (int i = 0; i < dividersBefore.length; i++) {
            assertEquals(dividersBefore[i], dividersAfter[i], 0.01, "divider " + i + " is back where it was");
        }
    }

    /** The diagram fills the canvas: every box of the layout is in view, and the layout is not a speck in it. */
    private void assertShownWhole(FxRobot robot, String after) {
        org.icsatlas.ui.diagram.DiagramCanvas canvas = atlas.window().diagram().canvas();
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        org.icsatlas.layout.Box[] seen = new org.icsatlas.layout.Box[2];
        double[] zoom = new double[1];
        robot.interact(() -> {
            seen[0] = canvas.visibleWorld();
            seen[1] = canvas.layoutProperty().get().bounds();
            zoom[0] = canvas.zoomProperty().get();
        });
        org.icsatlas.layout.Box b = seen[1];
        org.icsatlas.layout.Box inset = new org.icsatlas.layout.Box(b.x() + 1, b.y() + 1, b.width() - 2, b.height() - 2);
        assertTrue(seen[0].contains(inset), after + ": " + seen[0] + " shows all of " + b);
        // fitting never magnifies past 100 %, so a small view sits at 100 % in the middle instead
        assertTrue(b.width() > 0.6 * seen[0].width() || b.height() > 0.6 * seen[0].height() || zoom[0] == 1.0,
                after + ": the diagram fills the canvas, " + seen[0] + " around " + b + " at zoom " + zoom[0]);
        assertEquals(b.centreX(), seen[0].centreX(), 1, after + ": centred");
    }

    @Test
    void theRestoreOfferBringsBackACopyACrashedSessionLeft(FxRobot robot) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        RecoveryStore crashed = new RecoveryStore(RecoveryStore.forCurrentUser().directory(), gone.pid());
        IcsModel edited = new ModelStore().read(Sample.BSW_AND_WILTSHIRE);
        new RenameCommand(WILTSHIRE_COUNCIL, "Wiltshire Council (after the crash)").execute(edited);
        Path belongsTo = dir.resolve("wiltshire.icsatlas.json");
        String documentId = "test-" + System.nanoTime();
        Path left = crashed.write(documentId, RecoveryOrigin.ofFile(belongsTo, edited.info().title()), edited.snapshot());
        dialogs.recovery = copies -> new Dialogs.RecoveryAnswer(
                copies.stream().filter(c -> c.documentId().equals(documentId)).toList(), List.of());

        robot.interact(atlas::offerRecovery);
        RecoveryCopy offered = dialogs.offers.get(0).stream().filter(c -> c.documentId().equals(documentId)).findFirst().orElseThrow();
        assertEquals(belongsTo.toAbsolutePath(), offered.origin().file().orElseThrow());
        // the window keeps with each view the arrangement it drew it in (not an edit), so compare the rest
        assertEquals(withoutArrangements(edited.snapshot()), withoutArrangements(model().snapshot()));
        assertTrue(vm().isDirty(), "a restored model has unsaved changes");
        assertTrue(atlas.stage().getTitle().endsWith("•"));
        assertEquals(belongsTo.toAbsolutePath(), vm().sourceProperty().get().file().orElseThrow());
        await(() -> !Files.exists(left) && Files.exists(atlas.autosave().autosaver().copyFile()));
    }

    private static org.icsatlas.model.ModelSnapshot withoutArrangements(org.icsatlas.model.ModelSnapshot s) {
        return new org.icsatlas.model.ModelSnapshot(s.info(), s.footprints(), s.elements(), s.relations(),
                s.views().stream().map(v -> v.withArrangedAspect(0)).toList(), s.kinds());
    }
}
