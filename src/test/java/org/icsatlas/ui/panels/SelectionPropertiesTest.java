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

    private static SelectionProperties.Row row(SelectionProperties p, String key) {
        return p.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }
}
