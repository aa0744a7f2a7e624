package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.ElementId;
import org.junit.jupiter.api.Test;

class SmallBlockLayouterTest {
    private final SmallBlockLayouter small = new SmallBlockLayouter(LayoutMetrics.DEFAULT);
    private static final ElementId PCN = ElementId.of("pcn");
    private static final ElementId TEAM = ElementId.of("team");

    private static ElementBlock.Node node(ElementId id, double w) {
        return new ElementBlock.Node(id, w, 40);
    }

    @Test
    void aTargetSitsAboveItsSourceAndEveryEdgeRunsFromTheSourceTopToTheTargetBottom() {
        ElementBlock.Key key = new ElementBlock.Key(List.of(node(PCN, 120), node(TEAM, 160)), List.of(
                new ElementBlock.Edge(ElementId.of("m1"), PCN, TEAM, 40, 13),
                new ElementBlock.Edge(ElementId.of("m2"), PCN, TEAM, 55, 13)));
        assertTrue(SmallBlockLayouter.handles(key));
        ElementBlock b = small.layout(key);
        Point team = b.positions().get(TEAM);
        Point pcn = b.positions().get(PCN);
        assertTrue(pcn.y() > team.y() + 40, "the member sits below the body");
        for (ElementId r : List.of(ElementId.of("m1"), ElementId.of("m2"))) {
            List<Point> route = b.routes().get(r);
            assertEquals(pcn.y(), route.get(0).y());
            assertEquals(team.y() + 40, route.get(route.size() - 1).y());
        }
        Point l1 = b.labels().get(ElementId.of("m1"));
        Point l2 = b.labels().get(ElementId.of("m2"));
        assertTrue(Math.abs(l1.y() - l2.y()) >= 13, "labels are stacked, not on top of each other");
        assertTrue(b.width() >= l2.x() + 55 / 2.0 - 1e-9, "the block is wide enough for its labels");
        assertTrue(b.height() >= pcn.y() + 40);
    }

    @Test
    void edgesBothWaysOrMoreThanTwoNodesAreLeftToElk() {
        assertFalse(SmallBlockLayouter.handles(new ElementBlock.Key(List.of(node(PCN, 120), node(TEAM, 120)), List.of(
                new ElementBlock.Edge(ElementId.of("a"), PCN, TEAM, 0, 0),
                new ElementBlock.Edge(ElementId.of("b"), TEAM, PCN, 0, 0)))));
        assertFalse(SmallBlockLayouter.handles(new ElementBlock.Key(List.of(node(PCN, 1), node(TEAM, 1), node(ElementId.of("x"), 1)), List.of())));
    }

    @Test
    void twoUnconnectedElementsSitSideBySideWithAGap() {
        ElementBlock b = small.layout(new ElementBlock.Key(List.of(node(PCN, 120), node(TEAM, 130)), List.of()));
        assertEquals(120 + LayoutMetrics.DEFAULT.spacing(), b.positions().get(TEAM).x());
        assertEquals(250 + LayoutMetrics.DEFAULT.spacing(), b.width());
    }
}
