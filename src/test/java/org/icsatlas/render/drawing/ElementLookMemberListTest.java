package org.icsatlas.render.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.layout.BoardModels;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.ListedBox;
import org.icsatlas.layout.MemberList;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.render.style.NodeShape;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;

class ElementLookMemberListTest {
    private final IcsModel model = BoardModels.board();
    private final StyleTable style = StyleTable.standard();
    private final LayoutMetrics metrics = LayoutMetrics.DEFAULT;
    private final ElementLook look = new ElementLook(style, metrics);
    private final DiagramLayout listed = LayoutEngine.standard().layout(model, BoardModels.view(model, true));

    private Element board() {
        return model.element(BoardModels.BOARD).orElseThrow();
    }

    private static List<Mark.Text> texts(List<Mark> marks, String role) {
        List<Mark.Text> out = new ArrayList<>();
        for (Mark m : marks) {
            if (m instanceof Mark.Text t && t.role().equals(role)) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void drawsTheListUnderTheNameChairFirstWithRolesInBrackets() {
        Box box = listed.absolute(BoardModels.BOARD).orElseThrow();
        MemberList members = listed.memberList(BoardModels.BOARD).orElseThrow();
        List<Mark> marks = look.marks(board(), box, members);
        List<String> lines = texts(marks, "member").stream().map(Mark.Text::text).toList();
        assertEquals(List.of("Chair, Testshire ICB [chair]", "Bob Cole [co-chair]", "Ann Lee [vice-chair]",
                "Alpha Borough Council", "Testtown CCG (abolished)",
                "Zeta Hospitals NHS FT", "Healthwatch Testtown [attendee]",
                "NHS England [observer] (proposed)"), lines);
        List<Mark.Text> name = texts(marks, "name");
        Mark.Text firstMember = texts(marks, "member").get(0);
        assertTrue(name.get(name.size() - 1).baseline() < firstMember.baseline(), "the name sits above the list");
        assertTrue(marks.stream().anyMatch(m -> m instanceof Mark.Paint p && p.role().equals("member-rule")));
        assertTrue(texts(look.marks(board(), box), "member").isEmpty(), "no list without one");
    }

    /** Every member run, measured in the shipped font, lies inside the outline, for every shape a body may take. */
    @Test
    void theListStaysInsideTheOutlineOfEveryShape() {
        Box box = listed.absolute(BoardModels.BOARD).orElseThrow();
        MemberList members = listed.memberList(BoardModels.BOARD).orElseThrow();
        for (NodeShape shape : NodeShape.values()) {
            NodeShape drawn = Outlines.listing(shape);
            double inset = Outlines.sideInset(drawn, box.width(), box.height());
            for (Mark.Text t : texts(look.memberList(board(), box, members), "member")) {
                double ascent = metrics.memberText().ascent();
                double descent = metrics.memberText().descent();
                assertTrue(t.x() >= box.x() + Math.min(inset, ListedBox.sideInset(metrics)), shape + ": " + t.text());
                assertTrue(t.x() + t.width() <= box.maxX() - Math.min(inset, ListedBox.sideInset(metrics)), shape + ": " + t.text());
                assertTrue(t.baseline() - ascent >= box.y() && t.baseline() + descent <= box.maxY() - 6, shape + ": " + t.text());
            }
        }
        assertEquals(NodeShape.ROUNDED_RECTANGLE, Outlines.listing(NodeShape.ELLIPSE));
        assertEquals(NodeShape.ROUNDED_RECTANGLE, Outlines.listing(NodeShape.STADIUM));
        assertEquals(NodeShape.HEXAGON, Outlines.listing(NodeShape.HEXAGON));
    }

    @Test
    void aCurvedBodyThatListsMembersIsDrawnAsARoundedRectangle() {
        Element panel = Element.of("panel", BodyKind.CITIZENS_PANEL, "Citizens' Panel");
        MemberList members = listed.memberList(BoardModels.BOARD).orElseThrow();
        assertEquals(NodeShape.ELLIPSE, look.styleOf(panel).shape());
        assertEquals(NodeShape.ROUNDED_RECTANGLE, look.styleOf(panel, members).shape());
        assertTrue(look.outline(panel, new Box(0, 0, 300, 200), members).figure() instanceof Figure.Rect);
    }

    @Test
    void theDiagramDrawsNoMembershipLinesButKeepsReportingAndDelegation() {
        Drawing drawing = new DiagramDrawer(style).draw(model, listed);
        for (Relation r : model.relations()) {
            Group g = drawing.root().find(r.id().value());
            if (r.kind() == RelationKind.MEMBER_OF) {
                assertNull(g, r.id() + " is listed, not drawn");
            } else {
                assertNotNull(g, r.id() + " stays a line");
            }
        }
        List<String> members = new ArrayList<>();
        drawing.root().find("board").forEachText((t, s) -> {
            if (t.role().equals("member")) {
                members.add(t.text());
            }
        });
        assertEquals(8, members.size());
        Drawing lines = new DiagramDrawer(style).draw(model, LayoutEngine.standard().layout(model, BoardModels.view(model, false)));
        assertNotNull(lines.root().find("m-chair"));
        assertFalse(lines.root().find("board").marks().stream().anyMatch(m -> m instanceof Mark.Text t && t.role().equals("member")));
    }

    @Test
    void nothingOnABoardPaperIsDrawnSmallerThanItsMemberLists() {
        // a badge or status tag smaller than the list text was the first thing to fall below 6 pt on A4
        double[] smallest = {Double.MAX_VALUE};
        new DiagramDrawer(style).draw(model, listed).root().forEachText((t, scale) ->
                smallest[0] = Math.min(smallest[0], t.size() * scale));
        assertEquals(metrics.memberText().size(), smallest[0], 1e-9);
        assertTrue(style.typography().badgeFontSize() >= metrics.memberText().size());
    }
}
