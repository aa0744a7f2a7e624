package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;

class ListedBoxTest {
    private final LayoutMetrics metrics = LayoutMetrics.DEFAULT;

    private static MemberList members(int count, String name) {
        List<MemberList.Entry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new MemberList.Entry(ElementId.of("r" + i), ElementId.of("m" + i), name + " " + i,
                    i == 0 ? MemberRole.CHAIR : MemberRole.MEMBER, i == 1 ? Status.PROPOSED : Status.CURRENT));
        }
        return new MemberList(out);
    }

    /** Every line, measured in the shipped font, lies inside the box, clear of its sides, the rule and the bottom. */
    private void assertHoldsEveryLine(ListedBox box) {
        TextMetrics text = metrics.memberText();
        double inset = ListedBox.sideInset(metrics);
        for (ListedBox.Line l : box.lines()) {
            assertTrue(l.x() >= inset, l.text());
            assertTrue(l.x() + text.width(l.text()) <= box.width() - inset + 1e-9, l.text() + " runs past the right side");
            assertTrue(l.centreY() - metrics.memberLineHeight() / 2 >= box.ruleY(), l.text() + " rides on the rule");
            assertTrue(l.centreY() + metrics.memberLineHeight() / 2 <= box.height() - metrics.nodePaddingY(),
                    l.text() + " runs past the bottom");
        }
        for (String n : box.nameLines()) {
            assertTrue(metrics.nameText().width(n) + 2 * metrics.nodePaddingX() <= box.width() + 1e-9, n);
        }
        assertTrue(box.nameCentreY() + box.nameLines().size() * metrics.lineHeight() / 2 <= box.ruleY());
    }

    @Test
    void aShortListIsOneColumnUnderTheName() {
        ListedBox box = ListedBox.of(metrics, "Testshire Integrated Care Board", members(4, "Member"));
        assertHoldsEveryLine(box);
        assertEquals(4, box.lines().size());
        assertTrue(box.lines().stream().allMatch(l -> l.x() == ListedBox.sideInset(metrics)), "one column");
        assertEquals("Member 0 [chair]", box.lines().get(0).text());
        assertEquals("Member 1 (proposed)", box.lines().get(1).text());
    }

    @Test
    void aLongEntryWrapsWithItsFurtherLinesIndentedAndStillFits() {
        String longName = "The Quite Extraordinarily Long Named Teaching Hospitals of Somewhere NHS Foundation Trust";
        ListedBox box = ListedBox.of(metrics, "Board", members(2, longName));
        assertHoldsEveryLine(box);
        assertTrue(box.lines().size() > 2, "the long entries wrap");
        assertTrue(box.lines().get(1).x() > box.lines().get(0).x(), "a further line is indented");
        for (ListedBox.Line l : box.lines()) {
            assertTrue(metrics.memberText().width(l.text()) <= ListedBox.MAX_ENTRY_WIDTH, l.text());
        }
    }

    @Test
    void aLongListFlowsIntoColumnsAndTheBoxGrowsToHoldThem() {
        ListedBox box = ListedBox.of(metrics, "Collaborative Partnership Board", members(36, "Healthwatch Somewhere"));
        assertHoldsEveryLine(box);
        long columns = box.lines().stream().mapToDouble(ListedBox.Line::x).distinct().count();
        assertTrue(columns >= 2, "columns: " + columns);
        assertTrue(box.width() >= ListedBox.LIST_ASPECT * (box.height() - box.ruleY()) - 40, box.toString());
        ListedBox one = ListedBox.of(metrics, "Collaborative Partnership Board", members(1, "Healthwatch Somewhere"));
        assertTrue(box.height() > one.height() && box.width() > one.width());
    }

    @Test
    void theLayoutSizesAListingBodyExactlyAsTheListedBoxSays() {
        org.icsatlas.model.IcsModel model = BoardModels.board();
        DiagramLayout layout = LayoutEngine.standard().layout(model, BoardModels.view(model, true));
        MemberList list = layout.memberList(BoardModels.BOARD).orElseThrow();
        ListedBox expected = ListedBox.of(metrics, "Testshire Integrated Care Board", list);
        Box box = layout.nodes().get(BoardModels.BOARD).box();
        assertEquals(expected.width(), box.width());
        assertEquals(expected.height(), box.height());
        assertHoldsEveryLine(expected);
    }

    @Test
    void wrappedEntriesDoNotPushTheLastMemberIntoAColumnOfItsOwn() {
        // Greater Manchester's partnership: two wrapped co-chairs and a wrapped ICB drew "Wigan Council" alone in a third column
        List<MemberList.Entry> out = new ArrayList<>();
        String[] names = {"Co-chair, GM Integrated Care Partnership", "Mayor of Greater Manchester", "Bolton Council",
            "Bury Council", "Manchester City Council", "NHS Greater Manchester Integrated Care", "Oldham Council",
            "Rochdale Borough Council", "Salford City Council", "Stockport Council", "Tameside Council", "Trafford Council",
            "Wigan Council"};
        for (int i = 0; i < names.length; i++) {
            out.add(new MemberList.Entry(ElementId.of("r" + i), ElementId.of("m" + i), names[i],
                    i < 2 ? MemberRole.CO_CHAIR : MemberRole.MEMBER, Status.CURRENT));
        }
        ListedBox box = ListedBox.of(metrics, "Greater Manchester Integrated Care Partnership", new MemberList(out));
        assertHoldsEveryLine(box);
        java.util.TreeSet<Double> xs = new java.util.TreeSet<>();
        box.lines().forEach(l -> xs.add(l.x()));
        java.util.TreeMap<Double, Integer> perColumn = new java.util.TreeMap<>();
        for (double x : xs) {
            if (!xs.contains(x - ListedBox.CONTINUATION_INDENT)) {
                perColumn.put(x, 0);
            }
        }
        for (ListedBox.Line l : box.lines()) {
            perColumn.merge(perColumn.floorKey(l.x()), 1, Integer::sum);
        }
        int fewest = perColumn.values().stream().min(Integer::compare).orElseThrow();
        int most = perColumn.values().stream().max(Integer::compare).orElseThrow();
        assertTrue(most - fewest <= 3, "columns of " + perColumn.values() + " lines");
    }
}
