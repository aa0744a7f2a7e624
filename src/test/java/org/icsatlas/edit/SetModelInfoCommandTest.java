package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelInfo;
import org.junit.jupiter.api.Test;

class SetModelInfoCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void replacesTitleDescriptionAndDate() {
        ModelInfo info = new ModelInfo("SYB ICS 2022", "after the ICB was set up", "2022-07-01");
        Command c = new SetModelInfoCommand(info);
        assertUndoable(model, c);
        assertEquals(info, model.info());
        assertEquals("Edit model details", c.description());
    }

    @Test
    void rejectsANullInfo() {
        assertThrows(NullPointerException.class, () -> new SetModelInfoCommand(null));
    }
}
