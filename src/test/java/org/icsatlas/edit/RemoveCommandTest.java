package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelChange;
import org.junit.jupiter.api.Test;

class RemoveCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void removingAnElementRemovesItsRelationsInOneStep() {
        Command c = new RemoveCommand(id("audit"));
        assertUndoable(model, c);
        assertFalse(model.isElement(id("audit")));
        assertTrue(model.relation(id("r-audit")).isEmpty());
        assertTrue(model.relation(id("a-hwb-audit")).isEmpty());
        assertTrue(model.relation(id("a-pa-audit")).isEmpty());
        assertEquals(6, model.relationCount());
        assertEquals("Remove 'Audit Committee' and 3 relations", c.description());
    }

    @Test
    void removingAnElementUnpinsItFromViews() {
        new RemoveCommand(id("audit")).execute(model);
        assertFalse(model.view(id("view-whole")).orElseThrow().pinned().containsKey(id("audit")));
    }

    @Test
    void removingAFootprintRemovesEverythingInsideAndTidiesViews() {
        Command c = new RemoveCommand(id("barnsley"));
        assertUndoable(model, c);
        assertEquals(List.of(id("sheffield")), model.childFootprints(id("syb")));
        assertFalse(model.isElement(id("dearne-pcn")));
        assertFalse(model.isFootprint(id("dearne")));
        DiagramView whole = model.view(id("view-whole")).orElseThrow();
        assertTrue(whole.collapsed().isEmpty());
        assertFalse(whole.pinned().containsKey(id("barnsley")));
        assertFalse(whole.pinned().containsKey(id("dearne-pcn")));
        DiagramView barnsley = model.view(id("view-barnsley")).orElseThrow();
        assertNull(barnsley.root());
        assertTrue(barnsley.pinned().isEmpty());
        assertEquals("Remove 'Barnsley', 1 footprint, 3 elements and 3 relations", c.description());
    }

    @Test
    void anElementWithoutRelationsIsDescribedPlainly() {
        Command c = new RemoveCommand(id("sheffield-hwb"));
        new RemoveCommand(id("sheffield-council")).execute(model);
        new DisconnectCommand(id("a-hwb-audit")).execute(model);
        c.execute(model);
        assertEquals("Remove 'Sheffield HWB'", c.description());
    }

    @Test
    void listenersHearOneBatchForTheWholeRemoval() {
        List<List<ModelChange>> batches = new ArrayList<>();
        model.addListener(batches::add);
        Command c = new RemoveCommand(id("syb"));
        c.execute(model);
        assertEquals(1, batches.size());
        c.undo(model);
        assertEquals(2, batches.size());
    }

    @Test
    void removingTheWholeSystemLeavesAnEmptyModelAndUndoRestoresIt() {
        assertUndoable(model, new RemoveCommand(id("syb")));
        assertEquals(0, model.footprintCount());
        assertEquals(0, model.elementCount());
        assertEquals(0, model.relationCount());
    }

    @Test
    void refusesAMissingId() {
        assertRefused(model, new RemoveCommand(id("nowhere")));
    }

    @Test
    void refusesARelationId() {
        assertRefused(model, new RemoveCommand(id("r-audit")));
    }
}
