package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class SetNoteCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void setsTheNoteOfAnElement() {
        Command c = new SetNoteCommand(id("audit"), "Meets quarterly");
        assertUndoable(model, c);
        assertEquals("Meets quarterly", model.element(id("audit")).orElseThrow().note());
        assertEquals("Edit note of 'Audit Committee'", c.description());
    }

    @Test
    void setsTheNoteOfAFootprint() {
        assertUndoable(model, new SetNoteCommand(id("sheffield"), "Population 580,000"));
        assertEquals("Population 580,000", model.footprint(id("sheffield")).orElseThrow().note());
    }

    @Test
    void setsTheNoteOfARelation() {
        Command c = new SetNoteCommand(id("r-acp"), "from April");
        assertUndoable(model, c);
        assertEquals("from April", model.relation(id("r-acp")).orElseThrow().note());
        assertEquals("Edit note of 'Barnsley ACP' reports to 'SYB ICB'", c.description());
    }

    @Test
    void anEmptyNoteClearsIt() {
        new SetNoteCommand(id("audit"), "x").execute(model);
        Command c = new SetNoteCommand(id("audit"), "");
        assertUndoable(model, c);
        assertEquals("", model.element(id("audit")).orElseThrow().note());
        assertEquals("Clear note of 'Audit Committee'", c.description());
    }

    @Test
    void refusesAView() {
        assertRefused(model, new SetNoteCommand(id("view-whole"), "x"));
    }
}
