package org.icsatlas.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.CompositeCommand;
import org.icsatlas.edit.UndoHistory;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;
import org.junit.jupiter.api.Test;

class SelectionPropertiesTest {
    private static final List<ElementId> BODIES = List.of(ElementId.of("icb-board"), ElementId.of("bsw-partnership"),
            ElementId.of("acute-alliance"));

    private static IcsModel bsw() throws Exception {
        return new AtlasJsonReader().readSample("bsw-wiltshire");
    }

    @Test
    void aSharedAttributeOfSeveralBodiesIsSetOnAllOfThemInOneUndoStep() throws Exception {
        IcsModel m = bsw();
        ModelSnapshot before = m.snapshot();
        UndoHistory history = new UndoHistory(m);
        Command set = new SelectionProperties(m, BODIES).commandFor("attr:termsOfReferenceDate", "2022-07-01").orElseThrow();
        assertTrue(set instanceof CompositeCommand);
        history.execute(set);
        assertEquals(1, history.undoSize());
        for (ElementId id : BODIES) {
            assertEquals("2022-07-01", m.element(id).orElseThrow().attributes().get("termsOfReferenceDate"));
        }
        assertEquals("2022-07-01", row(new SelectionProperties(m, BODIES), "attr:termsOfReferenceDate").value());
        history.undo();
        assertEquals(before, m.snapshot());
    }

    @Test
    void valuesThatDifferShowEmptyAndANameIsOnlyOfferedForOneItem() throws Exception {
        SelectionProperties p = new SelectionProperties(bsw(), BODIES);
        assertNull(row(p, "kind").value());
        assertTrue(p.rows().stream().noneMatch(r -> r.key().equals("name")));
        assertTrue(p.rows().stream().noneMatch(r -> r.key().equals("role")), "bodies have no role");
    }

    @Test
    void aMembershipOffersKindRoleVotingNoteAndItsEnds() throws Exception {
        SelectionProperties p = new SelectionProperties(bsw(), List.of(ElementId.of("m-icb-board-elsy")));
        assertEquals(List.of("from", "to", "relationKind", "role", "voting", "note"),
                p.rows().stream().map(SelectionProperties.Row::key).toList());
    }

    @Test
    void aPersonBecomesAPlaceholderRoleHolderAndBackFromThePanelInOneUndoStepEach() throws Exception {
        IcsModel m = bsw();
        ModelSnapshot before = m.snapshot();
        UndoHistory history = new UndoHistory(m);
        List<ElementId> elsy = List.of(ElementId.of("elsy"));
        assertEquals(SelectionProperties.Holder.NAMED, row(new SelectionProperties(m, elsy), "holder").value());
        history.execute(new SelectionProperties(m, elsy).commandFor("holder", SelectionProperties.Holder.PLACEHOLDER).orElseThrow());
        assertTrue(m.element(ElementId.of("elsy")).orElseThrow().isPlaceholder());
        SelectionProperties after = new SelectionProperties(m, elsy);
        assertEquals(SelectionProperties.Holder.PLACEHOLDER, row(after, "holder").value());
        assertEquals("", row(after, "name").value(), "a placeholder's name is empty; its title says the role");
        history.execute(after.commandFor("name", "Stephanie Elsy").orElseThrow());
        assertEquals(before, m.snapshot(), "typing the name back names the person again");
        history.undo();
        history.undo();
        assertEquals(before, m.snapshot());

        history.execute(new SelectionProperties(m, elsy).commandFor("name", "").orElseThrow());
        assertTrue(m.element(ElementId.of("elsy")).orElseThrow().isPlaceholder(), "clearing a person's name makes a placeholder");
    }

    @Test
    void theKindChoiceOffersTheFilesDeclaredKindsBesideTheBuiltInOnes() throws Exception {
        IcsModel m = bsw();
        List<?> choices = row(new SelectionProperties(m, BODIES), "kind").choices();
        assertTrue(choices.contains(m.kinds().declared("WORK_PROGRAMME")), choices.toString());
        assertTrue(choices.contains(org.icsatlas.model.BodyKind.PARTNERSHIP_BOARD));
    }

    private static SelectionProperties.Row row(SelectionProperties p, String key) {
        return p.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
