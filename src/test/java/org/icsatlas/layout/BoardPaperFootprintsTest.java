package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.junit.jupiter.api.Test;

/** A view that lists members leaves out the footprints its kind filters emptied; a view of lines keeps them. */
class BoardPaperFootprintsTest {
    private static final ElementId PLACE = ElementId.of("place");
    private final IcsModel model = BoardModels.board();

    /** Every organisation in the place hidden: the place shows nothing of its own. */
    private DiagramView emptied(boolean membersAsList) {
        DiagramView v = BoardModels.view(model, membersAsList);
        for (OrganisationKind k : new OrganisationKind[] {OrganisationKind.ACUTE_TRUST, OrganisationKind.LOCAL_AUTHORITY,
                OrganisationKind.HEALTHWATCH, OrganisationKind.CCG}) {
            v = v.withElementKindShown(k, false);
        }
        return v;
    }

    @Test
    void aListViewLeavesOutAFootprintItsFiltersEmptied() {
        DiagramLayout listed = LayoutEngine.standard().layout(model, emptied(true));
        assertFalse(listed.footprints().containsKey(PLACE), listed.footprints().keySet().toString());
        assertTrue(listed.footprints().containsKey(ElementId.of("sys")));
        assertTrue(listed.memberList(BoardModels.BOARD).orElseThrow().entries().stream()
                .anyMatch(e -> e.name().equals("Zeta Hospitals NHS FT")), "the hidden members are still listed");
    }

    @Test
    void aListViewLeavesOutAnEmptiedFootprintEvenWhenCollapsed() {
        DiagramLayout listed = LayoutEngine.standard().layout(model, emptied(true).withCollapsed(PLACE, true));
        assertFalse(listed.footprints().containsKey(PLACE));
    }

    @Test
    void aViewOfLinesKeepsTheEmptiedFootprint() {
        assertTrue(LayoutEngine.standard().layout(model, emptied(false)).footprints().containsKey(PLACE));
    }

    @Test
    void aListViewKeepsAFootprintThatShowsSomething() {
        assertTrue(LayoutEngine.standard().layout(model, BoardModels.view(model, true)).footprints().containsKey(PLACE));
    }

    @Test
    void aListViewKeepsAFootprintWithNothingInItYetSoItCanBeFilled() {
        model.addFootprint(org.icsatlas.model.Footprint.of("new-place", "Newtown",
                org.icsatlas.model.FootprintLevel.PLACE), ElementId.of("sys"), -1);
        assertTrue(LayoutEngine.standard().layout(model, emptied(true)).footprints().containsKey(ElementId.of("new-place")));
    }
}
