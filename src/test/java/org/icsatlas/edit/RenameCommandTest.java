package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class RenameCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void renamesAnElement() {
        Command c = new RenameCommand(id("barnsley-acp"), "Barnsley Place Partnership");
        assertUndoable(model, c);
        assertEquals("Barnsley Place Partnership", model.element(id("barnsley-acp")).orElseThrow().name());
        assertEquals("Rename 'Barnsley ACP' to 'Barnsley Place Partnership'", c.description());
    }

    @Test
    void renamesAFootprint() {
        Command c = new RenameCommand(id("dearne"), "Dearne Valley");
        assertUndoable(model, c);
        assertEquals("Dearne Valley", model.footprint(id("dearne")).orElseThrow().name());
    }

    @Test
    void refusesABlankName() {
        assertTrue(assertRefused(model, new RenameCommand(id("icb"), "  ")).getMessage().contains("blank"));
    }

    @Test
    void refusesARelation() {
        assertRefused(model, new RenameCommand(id("r-audit"), "New"));
    }

    @Test
    void refusesAMissingId() {
        assertRefused(model, new RenameCommand(id("nowhere"), "New"));
    }
}
