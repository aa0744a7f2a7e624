package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class SetAttributeCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void setsAnAttributeOfAnElement() {
        Command c = new SetAttributeCommand(id("audit"), "termsOfReferenceDate", "2022-07-01");
        assertUndoable(model, c);
        assertEquals("2022-07-01", model.element(id("audit")).orElseThrow().attributes().get("termsOfReferenceDate"));
        assertEquals("Set termsOfReferenceDate of 'Audit Committee'", c.description());
    }

    @Test
    void anEmptyValueRemovesTheAttribute() {
        new SetAttributeCommand(id("audit"), "source", "seed").execute(model);
        Command c = new SetAttributeCommand(id("audit"), "source", "");
        assertUndoable(model, c);
        assertFalse(model.element(id("audit")).orElseThrow().attributes().containsKey("source"));
        assertEquals("Remove source of 'Audit Committee'", c.description());
    }

    @Test
    void refusesAFootprint() {
        assertRefused(model, new SetAttributeCommand(id("sheffield"), "source", "x"));
    }

    @Test
    void refusesABlankKey() {
        assertRefused(model, new SetAttributeCommand(id("audit"), " ", "x"));
    }
}
