package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.PersonKind;
import org.junit.jupiter.api.Test;

class SetTitleCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void setsAPersonsTitleAndUndoRestoresIt() {
        model.addElement(Element.of("elsy", PersonKind.ROLE_HOLDER, "Stephanie Elsy"), id("syb"), -1);
        Command c = new SetTitleCommand(id("elsy"), "Chair-designate, BSW ICB");
        assertUndoable(model, c);
        assertEquals("Chair-designate, BSW ICB", model.element(id("elsy")).orElseThrow().title());
        assertEquals("Set title of 'Stephanie Elsy' to 'Chair-designate, BSW ICB'", c.description());
    }

    @Test
    void refusesATitleForABody() {
        assertTrue(assertRefused(model, new SetTitleCommand(id("audit"), "Chair")).getMessage().contains("not a person"));
    }
}
