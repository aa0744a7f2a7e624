package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class MoveCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void movesAnElementToAnotherFootprint() {
        Command c = new MoveCommand(id("barnsley-acp"), id("sheffield"));
        assertUndoable(model, c);
        assertEquals(id("sheffield"), model.parentOf(id("barnsley-acp")).orElseThrow());
        assertEquals("Move 'Barnsley ACP' to Sheffield", c.description());
    }

    @Test
    void undoPutsTheElementBackAtItsOldPosition() {
        Command c = new MoveCommand(id("barnsley-acp"), id("sheffield"), 1);
        c.execute(model);
        c.undo(model);
        assertEquals(List.of(id("barnsley-acp"), id("barnsley-council")), model.elementsIn(id("barnsley")));
    }

    @Test
    void reordersWithinTheSameFootprint() {
        Command c = new MoveCommand(id("provider-alliance"), id("syb"), 0);
        assertUndoable(model, c);
        assertEquals(List.of(id("provider-alliance"), id("icb"), id("audit")), model.elementsIn(id("syb")));
        assertEquals("Reorder 'Provider Alliance' in South Yorkshire and Bassetlaw", c.description());
    }

    @Test
    void movesAFootprintToTheTopLevel() {
        Command c = new MoveCommand(id("sheffield"), null);
        assertUndoable(model, c);
        assertEquals(List.of(id("syb"), id("sheffield")), model.roots());
        assertEquals("Move 'Sheffield' to the top level", c.description());
    }

    @Test
    void refusesAPlaceInsideANeighbourhood() {
        assertTrue(assertRefused(model, new MoveCommand(id("sheffield"), id("dearne"))).getMessage().contains("neighbourhood"));
    }

    @Test
    void refusesAFootprintInsideItself() {
        assertRefused(model, new MoveCommand(id("syb"), id("barnsley")));
    }

    @Test
    void refusesAnElementWithoutAFootprint() {
        assertRefused(model, new MoveCommand(id("audit"), null));
    }
}
