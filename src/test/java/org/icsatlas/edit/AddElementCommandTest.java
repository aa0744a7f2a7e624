package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class AddElementCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void addsABodyToAFootprintAtTheGivenPosition() {
        Command c = new AddElementCommand(Element.of("dearne-collab", BodyKind.PROVIDER_ALLIANCE, "Dearne Collaborative"), id("barnsley"), 0);
        assertUndoable(model, c);
        assertEquals(List.of(id("dearne-collab"), id("barnsley-acp"), id("barnsley-council")), model.elementsIn(id("barnsley")));
        assertEquals("Add 'Dearne Collaborative' to Barnsley", c.description());
    }

    @Test
    void refusesAnElementOutsideEveryFootprint() {
        assertRefused(model, new AddElementCommand(Element.of("x", BodyKind.COMMITTEE, "X"), id("nowhere")));
    }

    @Test
    void refusesAnElementInsideAnElement() {
        assertRefused(model, new AddElementCommand(Element.of("x", BodyKind.COMMITTEE, "X"), id("icb")));
    }
}
