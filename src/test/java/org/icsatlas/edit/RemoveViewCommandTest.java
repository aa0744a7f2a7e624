package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class RemoveViewCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void removesAViewAndUndoPutsItBackFirst() {
        Command c = new RemoveViewCommand(id("view-whole"));
        assertUndoable(model, c);
        assertTrue(model.view(id("view-whole")).isEmpty());
        c.undo(model);
        assertEquals(0, model.indexOf(id("view-whole")));
        assertEquals("Remove view 'Whole system'", c.description());
    }

    @Test
    void refusesAnElementId() {
        assertRefused(model, new RemoveViewCommand(id("audit")));
    }
}
