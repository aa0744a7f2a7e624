package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Position;
import org.junit.jupiter.api.Test;

class PinCommandTest {
    private final IcsModel model = SmallSystem.build();

    private Position pinOf(String element) {
        return model.view(id("view-whole")).orElseThrow().pinned().get(id(element));
    }

    @Test
    void pinsAnElementInAView() {
        Command c = PinCommand.pin(id("view-whole"), id("provider-alliance"), new Position(40, 60));
        assertUndoable(model, c);
        assertEquals(new Position(40, 60), pinOf("provider-alliance"));
        assertEquals("Pin 'Provider Alliance' in view 'Whole system'", c.description());
    }

    @Test
    void unpinsAnElement() {
        Command c = PinCommand.unpin(id("view-whole"), id("audit"));
        assertUndoable(model, c);
        assertFalse(model.view(id("view-whole")).orElseThrow().pinned().containsKey(id("audit")));
        assertEquals("Unpin 'Audit Committee' in view 'Whole system'", c.description());
    }

    /** Regression: two drags of the same box used to merge into one undo step. Two gestures are two steps. */
    @Test
    void twoPinsOfOneElementAreTwoUndoSteps() {
        UndoHistory history = new UndoHistory(model);
        ModelSnapshot before = model.snapshot();
        history.execute(PinCommand.pin(id("view-whole"), id("audit"), new Position(11, 20)));
        ModelSnapshot afterFirst = model.snapshot();
        history.execute(PinCommand.pin(id("view-whole"), id("audit"), new Position(12, 20)));
        assertEquals(2, history.undoSize());
        history.undo();
        assertEquals(afterFirst, model.snapshot());
        assertEquals(new Position(11, 20), pinOf("audit"));
        history.undo();
        assertEquals(before, model.snapshot());
    }

    @Test
    void pinsOfDifferentElementsOrViewsDoNotMerge() {
        Command pin = PinCommand.pin(id("view-whole"), id("audit"), new Position(1, 1));
        assertTrue(pin.mergeWith(PinCommand.pin(id("view-whole"), id("icb"), new Position(1, 1))).isEmpty());
        assertTrue(pin.mergeWith(PinCommand.pin(id("view-barnsley"), id("audit"), new Position(1, 1))).isEmpty());
        assertTrue(pin.mergeWith(PinCommand.unpin(id("view-whole"), id("audit"))).isEmpty());
    }

    @Test
    void refusesPinningAMissingElement() {
        assertRefused(model, PinCommand.pin(id("view-whole"), id("ghost"), new Position(1, 1)));
    }

    @Test
    void refusesUnpinningWhatIsNotPinnedAndANonFinitePosition() {
        assertRefused(model, PinCommand.unpin(id("view-whole"), id("icb")));
        assertRefused(model, PinCommand.pin(id("view-whole"), id("icb"), new Position(Double.NaN, 0)));
    }
}
