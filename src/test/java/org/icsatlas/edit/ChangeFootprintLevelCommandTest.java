package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class ChangeFootprintLevelCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void changesAPlaceWithoutChildrenToANeighbourhood() {
        Command c = new ChangeFootprintLevelCommand(id("sheffield"), FootprintLevel.NEIGHBOURHOOD);
        assertUndoable(model, c);
        assertEquals(FootprintLevel.NEIGHBOURHOOD, model.footprint(id("sheffield")).orElseThrow().level());
        assertEquals("Change 'Sheffield' to neighbourhood", c.description());
    }

    @Test
    void refusesAPlaceThatWouldNoLongerContainItsNeighbourhood() {
        assertRefused(model, new ChangeFootprintLevelCommand(id("barnsley"), FootprintLevel.NEIGHBOURHOOD));
    }

    @Test
    void refusesALevelThatNoLongerNestsInItsParent() {
        assertRefused(model, new ChangeFootprintLevelCommand(id("sheffield"), FootprintLevel.REGION));
    }

    @Test
    void refusesAnElement() {
        assertRefused(model, new ChangeFootprintLevelCommand(id("audit"), FootprintLevel.PLACE));
    }
}
