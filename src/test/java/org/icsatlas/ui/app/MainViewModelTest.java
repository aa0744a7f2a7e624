package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    private static final ElementId ROTHERHAM = ElementId.of("rotherham");

    @TempDir
    Path dir;
    private MainViewModel vm;

    @BeforeEach
    void openSouthYorkshire() throws Exception {
        vm = new MainViewModel(new ModelStore(), new ProblemChecker(RuleBook.standard(), Runnable::run, Runnable::run));
        vm.openSample(Sample.SOUTH_YORKSHIRE_AND_BASSETLAW);
    }

    @Test
    void theTitleNamesTheModelAndMarksUnsavedChanges() {
        assertEquals("ICS Atlas — South Yorkshire and Bassetlaw ICS", vm.titleProperty().get());
        vm.setCollapsed(ROTHERHAM, true);
        assertTrue(vm.isDirty());
        assertTrue(vm.titleProperty().get().endsWith("•"), vm.titleProperty().get());
    }

    @Test
    void aCollapseIsAnUndoableEditOfTheCurrentView() {
        vm.setCollapsed(ROTHERHAM, true);
        assertTrue(vm.getCurrentView().isCollapsed(ROTHERHAM));
        assertTrue(vm.getModel().view(vm.getCurrentView().id()).orElseThrow().isCollapsed(ROTHERHAM));
        assertEquals("Undo Collapse Rotherham", vm.undoTextProperty().get());
        vm.undo();
        assertFalse(vm.getCurrentView().isCollapsed(ROTHERHAM));
        assertFalse(vm.isDirty());
        assertEquals("Redo Collapse Rotherham", vm.redoTextProperty().get());
    }

    @Test
    void switchingViewsShowsTheNamedViewWithoutEditing() {
        ElementId governance = vm.views().stream().filter(v -> v.name().equals("Governance only")).findFirst().orElseThrow().id();
        vm.switchView(governance);
        assertFalse(vm.getCurrentView().shows(RelationKind.MEMBER_OF));
        assertFalse(vm.canUndoProperty().get());
    }

    @Test
    void aSampleHasNoFileSoSaveAsBecomesItsFile() throws Exception {
        assertFalse(vm.hasFile());
        assertThrows(IllegalStateException.class, vm::save);
        vm.setRelationKindShown(RelationKind.ADVISES, false);
        Path file = dir.resolve("syb.icsatlas.json");
        vm.saveAs(file);
        assertTrue(vm.hasFile());
        assertFalse(vm.isDirty());
        assertEquals(vm.getModel().snapshot(), new ModelStore().read(file).snapshot());
    }

    @Test
    void aBadFileLeavesTheOpenModelAndSaysWhere() throws Exception {
        Path bad = dir.resolve("bad.icsatlas.json");
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"footprints\": [ oops ]\n}\n");
        ModelStore.OpenException e = assertThrows(ModelStore.OpenException.class, () -> vm.open(bad));
        assertTrue(e.getMessage().matches("(?s).*bad\\.icsatlas\\.json:3:\\d+.*"), e.getMessage());
        assertEquals("South Yorkshire and Bassetlaw ICS", vm.getModel().info().title());
    }

    @Test
    void findingsAndCountsFollowTheModel() {
        assertEquals("5 places · " + vm.getModel().elementCount() + " elements · " + vm.getModel().relationCount() + " relations",
                vm.countsProperty().get());
        assertEquals(RuleBook.standard().check(vm.getModel()), vm.findings());
    }
}
