package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class AddFootprintCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void addsAPlaceAtTheGivenPositionAmongItsSiblings() {
        Command c = new AddFootprintCommand(Footprint.of("doncaster", "Doncaster", FootprintLevel.PLACE), id("syb"), 1);
        assertUndoable(model, c);
        assertEquals(List.of(id("barnsley"), id("doncaster"), id("sheffield")), model.childFootprints(id("syb")));
        assertEquals("Add place 'Doncaster' to South Yorkshire and Bassetlaw", c.description());
    }

    @Test
    void addsARootFootprint() {
        Command c = new AddFootprintCommand(Footprint.of("bsw", "BSW", FootprintLevel.SYSTEM), null);
        assertUndoable(model, c);
        assertEquals(List.of(id("syb"), id("bsw")), model.roots());
        assertEquals("Add system 'BSW'", c.description());
    }

    @Test
    void refusesAPlaceInsideANeighbourhood() {
        Command c = new AddFootprintCommand(Footprint.of("p2", "Place two", FootprintLevel.PLACE), id("dearne"));
        assertTrue(assertRefused(model, c).getMessage().contains("cannot sit inside a neighbourhood"));
    }

    @Test
    void refusesATakenId() {
        assertRefused(model, new AddFootprintCommand(Footprint.of("audit", "Clash", FootprintLevel.PLACE), id("syb")));
    }
}
