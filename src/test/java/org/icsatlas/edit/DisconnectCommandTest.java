package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class DisconnectCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void removesARelationAndUndoPutsItBackInItsPlace() {
        Command c = new DisconnectCommand(id("m-council-acp"));
        assertUndoable(model, c);
        assertTrue(model.relation(id("m-council-acp")).isEmpty());
        c.undo(model);
        assertEquals(2, model.indexOf(id("m-council-acp")));
        assertEquals("Disconnect 'Barnsley Council' member of 'Barnsley ACP'", c.description());
    }

    @Test
    void refusesAMissingRelation() {
        assertRefused(model, new DisconnectCommand(id("audit")));
    }
}
