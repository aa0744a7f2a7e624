package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.PersonKind;
import org.junit.jupiter.api.Test;

class PlaceholderCommandTest {
    private final IcsModel model = SmallSystem.build();

    private Element person() {
        return model.element(id("elsy")).orElseThrow();
    }

    @Test
    void forgetsANamedPersonsNameSoTheRoleStandsForThemAndUndoGivesItBack() {
        model.addElement(Element.of("elsy", PersonKind.ROLE_HOLDER, "Stephanie Elsy").withTitle("Chair, BSW ICB"), id("syb"), -1);
        Command c = PlaceholderCommand.unnamed(id("elsy"));
        assertUndoable(model, c);
        assertTrue(person().isPlaceholder());
        assertEquals("Chair, BSW ICB", person().name());
        assertEquals("Make 'Stephanie Elsy' a placeholder role holder ('Chair, BSW ICB')", c.description());
        c.undo(model);
        assertEquals("Stephanie Elsy", person().recordedName());
    }

    @Test
    void namesAPlaceholderRoleHolderAndUndoMakesItAPlaceholderAgain() {
        model.addElement(Element.placeholder("elsy", "Independent Chair, BSW Partnership"), id("syb"), -1);
        Command c = PlaceholderCommand.named(id("elsy"), " Jane Doe ");
        assertUndoable(model, c);
        assertFalse(person().isPlaceholder());
        assertEquals("Jane Doe", person().name());
        assertEquals("Independent Chair, BSW Partnership", person().title());
        c.undo(model);
        assertTrue(person().isPlaceholder());
    }

    @Test
    void refusesAPersonWithoutARoleTitleABodyAndABlankName() {
        model.addElement(Element.of("elsy", PersonKind.ROLE_HOLDER, "Stephanie Elsy"), id("syb"), -1);
        assertTrue(assertRefused(model, PlaceholderCommand.unnamed(id("elsy"))).getMessage().contains("role title first"));
        assertTrue(assertRefused(model, PlaceholderCommand.unnamed(id("audit"))).getMessage().contains("not a person"));
        assertThrows(IllegalEditException.class, () -> PlaceholderCommand.named(id("elsy"), "  "));
    }
}
