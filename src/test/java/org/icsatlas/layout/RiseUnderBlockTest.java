package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.junit.jupiter.api.Test;

/**
 * On a board paper the places rise into the room under the system's shorter bodies instead of starting below its
 * tallest list; a view of lines keeps its rows below the whole block.
 */
class RiseUnderBlockTest {
    private static final ElementId PLACE = ElementId.of("place");
    private static final ElementId TALL = ElementId.of("tall");

    /** A short body, then a board listing thirty trusts (their kind hidden), and a small place with one council. */
    private static IcsModel model() {
        IcsModel m = new IcsModel();
        ElementId sys = ElementId.of("sys");
        m.addFootprint(Footprint.of("sys", "Testshire", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("place", "Testtown", FootprintLevel.PLACE), sys, -1);
        m.addElement(Element.of("short", BodyKind.CITIZENS_PANEL, "Citizens' panel of the whole of Testshire"), sys, -1);
        m.addElement(Element.of("tall", BodyKind.PARTNERSHIP_BOARD, "Partnership board"), sys, -1);
        for (int i = 0; i < 30; i++) {
            m.addElement(Element.of("t" + i, OrganisationKind.ACUTE_TRUST, "Trust number " + i), sys, -1);
            m.addRelation(Relation.membership("m" + i, "t" + i, "tall", MemberRole.MEMBER, true), -1);
        }
        m.addElement(Element.of("council", OrganisationKind.LOCAL_AUTHORITY, "Testtown Council"), PLACE, -1);
        m.addView(DiagramView.whole("v", "Board paper").withElementKindShown(OrganisationKind.ACUTE_TRUST, false), -1);
        return m;
    }

    private static DiagramLayout layout(IcsModel m, boolean membersAsList) {
        return LayoutEngine.standard().layout(m, m.view(ElementId.of("v")).orElseThrow().withMembersAsList(membersAsList));
    }

    @Test
    void aPlaceRisesBesideTheTallListWithoutTouchingABox() {
        IcsModel m = model();
        DiagramLayout listed = layout(m, true);
        Box place = listed.absolute(PLACE).orElseThrow();
        Box tall = listed.absolute(TALL).orElseThrow();
        assertTrue(place.y() < tall.maxY(), "the place starts above the list's foot: " + place + " vs " + tall);
        for (ElementId id : listed.nodes().keySet()) {
            if (!listed.nodes().get(id).parent().equals(PLACE)) {
                assertFalse(place.intersects(listed.absolute(id).orElseThrow()), id + " overlaps the place");
            }
        }
    }

    @Test
    void aViewOfLinesKeepsItsRowsBelowTheWholeBlock() {
        IcsModel m = model();
        DiagramLayout lines = layout(m, false);
        Box place = lines.absolute(PLACE).orElseThrow();
        for (ElementId id : lines.nodes().keySet()) {
            if (lines.nodes().get(id).parent().equals(ElementId.of("sys"))) {
                assertTrue(place.y() >= lines.absolute(id).orElseThrow().maxY(), id + " is beside the place");
            }
        }
    }
}
