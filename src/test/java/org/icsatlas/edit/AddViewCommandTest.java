package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Position;
import org.junit.jupiter.api.Test;

class AddViewCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void addsAViewAtTheGivenPlace() {
        Command c = new AddViewCommand(DiagramView.whole("view-gov", "Governance only"), 0);
        assertUndoable(model, c);
        assertEquals(0, model.indexOf(id("view-gov")));
        assertEquals("Add view 'Governance only'", c.description());
    }

    @Test
    void refusesARootThatIsNotAFootprint() {
        assertRefused(model, new AddViewCommand(DiagramView.whole("v", "V").withRoot(id("audit"))));
    }

    @Test
    void refusesAPinOfAMissingElement() {
        DiagramView v = new DiagramView(id("v"), "V", null, null, null, null, new TreeMap<>(Map.of(id("ghost"), new Position(1, 1))), 1);
        assertRefused(model, new AddViewCommand(v));
    }

    @Test
    void refusesATakenId() {
        assertRefused(model, new AddViewCommand(DiagramView.whole("view-whole", "Again")));
    }
}
