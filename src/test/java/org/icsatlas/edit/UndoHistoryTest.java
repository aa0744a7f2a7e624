package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Position;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {
    private final IcsModel model = SmallSystem.build();
    private final UndoHistory history = new UndoHistory(model);

    private static Command pin(double x) {
        return PinCommand.pin(id("view-whole"), id("audit"), new Position(x, 0));
    }

    @Test
    void undoAndRedoWalkTheModelBackAndForth() {
        ModelSnapshot start = model.snapshot();
        history.execute(new MoveCommand(id("barnsley-acp"), id("sheffield")));
        ModelSnapshot moved = model.snapshot();
        history.execute(new RemoveCommand(id("audit")));
        history.undo();
        assertEquals(moved, model.snapshot());
        history.undo();
        assertEquals(start, model.snapshot());
        assertFalse(history.canUndo());
        history.redo();
        assertEquals(moved, model.snapshot());
        assertTrue(history.canRedo());
    }

    @Test
    void menuTextsNameTheEdit() {
        assertEquals("Undo", history.undoDescription());
        assertEquals("Redo", history.redoDescription());
        history.execute(new MoveCommand(id("barnsley-acp"), id("sheffield")));
        assertEquals("Undo Move 'Barnsley ACP' to Sheffield", history.undoDescription());
        history.undo();
        assertEquals("Redo Move 'Barnsley ACP' to Sheffield", history.redoDescription());
    }

    @Test
    void aNewEditClearsTheRedoStack() {
        history.execute(new RenameCommand(id("audit"), "Audit and Risk"));
        history.undo();
        history.execute(new RenameCommand(id("icb"), "NHS SYB ICB"));
        assertFalse(history.canRedo());
    }

    /** Regression: consecutive pins of one element used to merge into one step; each gesture is its own step now. */
    @Test
    void consecutivePinsOfOneElementAreSeparateUndoSteps() {
        ModelSnapshot start = model.snapshot();
        history.execute(pin(1));
        history.execute(pin(2));
        history.execute(pin(3));
        assertEquals(3, history.undoSize());
        history.undo();
        assertEquals(new Position(2, 0), model.view(id("view-whole")).orElseThrow().pinned().get(id("audit")));
        history.undo();
        history.undo();
        assertEquals(start, model.snapshot());
        history.redo();
        assertEquals(new Position(1, 0), model.view(id("view-whole")).orElseThrow().pinned().get(id("audit")));
    }

    @Test
    void aSavedStepIsNotMergedIntoSoUndoReachesTheSavedState() {
        history.execute(pin(1));
        history.markSaved();
        ModelSnapshot saved = model.snapshot();
        history.execute(pin(2));
        assertEquals(2, history.undoSize());
        assertTrue(history.isDirty());
        history.undo();
        assertEquals(saved, model.snapshot());
        assertFalse(history.isDirty());
    }

    @Test
    void theOldestStepsFallOffBeyondTheLimit() {
        UndoHistory small = new UndoHistory(model, 2);
        small.execute(new RenameCommand(id("audit"), "A1"));
        small.execute(new RenameCommand(id("audit"), "A2"));
        small.execute(new RenameCommand(id("audit"), "A3"));
        assertEquals(2, small.undoSize());
        small.undo();
        small.undo();
        assertFalse(small.canUndo());
        assertEquals("A1", model.element(id("audit")).orElseThrow().name());
    }

    @Test
    void aLimitBelowOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new UndoHistory(model, 0));
    }

    @Test
    void dirtyFollowsTheSavedPointThroughUndoAndRedo() {
        assertFalse(history.isDirty());
        history.execute(new RenameCommand(id("audit"), "Audit and Risk"));
        assertTrue(history.isDirty());
        history.markSaved();
        assertFalse(history.isDirty());
        history.undo();
        assertTrue(history.isDirty());
        history.redo();
        assertFalse(history.isDirty());
    }

    @Test
    void aSavedPointLostToANewBranchStaysDirty() {
        history.execute(new RenameCommand(id("audit"), "A1"));
        history.markSaved();
        history.undo();
        history.execute(new RenameCommand(id("audit"), "A2"));
        history.undo();
        assertTrue(history.isDirty(), "the saved state A1 can no longer be reached");
    }

    @Test
    void aSavedPointThatFellOffTheLimitStaysDirty() {
        UndoHistory small = new UndoHistory(model, 1);
        small.execute(new RenameCommand(id("audit"), "A1"));
        small.execute(new RenameCommand(id("audit"), "A2"));
        small.undo();
        assertTrue(small.isDirty());
    }

    @Test
    void aRefusedCommandLeavesHistoryAndModelUnchanged() {
        history.execute(new RenameCommand(id("audit"), "A1"));
        history.undo();
        ModelSnapshot before = model.snapshot();
        AtomicInteger calls = new AtomicInteger();
        history.addListener(h -> calls.incrementAndGet());
        assertThrows(IllegalEditException.class, () -> history.execute(new MoveCommand(id("sheffield"), id("dearne"))));
        assertEquals(before, model.snapshot());
        assertEquals(0, history.undoSize());
        assertTrue(history.canRedo(), "a refused edit must not clear the redo stack");
        assertEquals(0, calls.get());
    }

    @Test
    void listenersHearEveryChangeOfTheHistory() {
        AtomicInteger calls = new AtomicInteger();
        HistoryListener l = h -> calls.incrementAndGet();
        history.addListener(l);
        history.execute(new RenameCommand(id("audit"), "A1"));
        history.undo();
        history.redo();
        history.markSaved();
        history.clear();
        assertEquals(5, calls.get());
        history.removeListener(l);
        history.execute(new RenameCommand(id("audit"), "A2"));
        assertEquals(5, calls.get());
    }

    @Test
    void clearForgetsAllStepsAndCountsAsSaved() {
        history.execute(new RenameCommand(id("audit"), "A1"));
        history.clear();
        assertFalse(history.canUndo());
        assertFalse(history.isDirty());
    }

    @Test
    void undoAndRedoWithNothingToDoAreHarmless() {
        ModelSnapshot before = model.snapshot();
        history.undo();
        history.redo();
        assertEquals(before, model.snapshot());
    }
}
