package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class MembersAsListLayoutTest {
    private final IcsModel model = BoardModels.board();
    private final LayoutEngine engine = LayoutEngine.standard();

    private long edgesOf(DiagramLayout layout, RelationKind kind) {
        return layout.edges().keySet().stream()
                .filter(id -> model.relation(id).orElseThrow().kind() == kind).count();
    }

    @Test
    void membershipLinesGiveWayToTheListWhileReportingAndDelegationStay() {
        DiagramLayout lines = engine.layout(model, BoardModels.view(model, false));
        DiagramLayout listed = engine.layout(model, BoardModels.view(model, true));
        assertEquals(8, edgesOf(lines, RelationKind.MEMBER_OF));
        assertEquals(0, edgesOf(listed, RelationKind.MEMBER_OF));
        assertEquals(1, edgesOf(listed, RelationKind.REPORTS_TO));
        assertEquals(1, edgesOf(listed, RelationKind.DELEGATES_TO));
        assertTrue(lines.memberList(BoardModels.BOARD).isEmpty());
        assertEquals(8, listed.memberList(BoardModels.BOARD).orElseThrow().entries().size());
        assertTrue(listed.memberList(BoardModels.COMMITTEE).isEmpty(), "a body nobody is a member of lists nothing");
        Box small = lines.nodes().get(BoardModels.BOARD).box();
        Box big = listed.nodes().get(BoardModels.BOARD).box();
        assertTrue(big.height() > small.height() && big.width() >= small.width(), small + " -> " + big);
    }

    @Test
    void aBoardPaperHidesTheMembersBoxesAndStillListsThem() {
        DiagramView paper = BoardModels.view(model, true)
                .withElementKindShown(OrganisationKind.LOCAL_AUTHORITY, false)
                .withElementKindShown(PersonKind.ROLE_HOLDER, false);
        DiagramLayout layout = engine.layout(model, paper);
        assertFalse(layout.nodes().containsKey(ElementId.of("alpha")));
        assertEquals(8, layout.memberList(BoardModels.BOARD).orElseThrow().entries().size());
    }

    @Test
    void aCollapsedFootprintCountsNoListedMembershipAsAHiddenLine() {
        DiagramView collapsed = BoardModels.view(model, true).withCollapsed(ElementId.of("place"), true);
        FootprintLayout place = engine.layout(model, collapsed).footprints().get(ElementId.of("place"));
        assertTrue(place.collapsed());
        assertEquals(1, place.hiddenRelationCount(), "only the trust's delegation is a hidden line");
    }

    @Test
    void switchingBetweenLinesAndListTouchesEveryFootprintWithElements() {
        DiagramView was = BoardModels.view(model, false);
        assertEquals(Set.of(ElementId.of("sys"), ElementId.of("place")),
                ViewChanges.touchedFootprints(model, was, was.withMembersAsList(true)));
        assertEquals(Set.of(), ViewChanges.touchedFootprints(model, was, was));
    }
}
