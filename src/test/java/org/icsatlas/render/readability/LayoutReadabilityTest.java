package org.icsatlas.render.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.model.ElementId;
import org.junit.jupiter.api.Test;

/**
 * The readability counts on small hand-built layouts whose answers are known: two footprints side by side, A and B
 * in the left one, C and D in the right one, and an unrelated box E between them at the top level.
 */
class LayoutReadabilityTest {
    private final Map<ElementId, FootprintLayout> footprints = new LinkedHashMap<>();
    private final Map<ElementId, NodeLayout> nodes = new LinkedHashMap<>();
    private final Map<ElementId, EdgeLayout> edges = new LinkedHashMap<>();
    private final Map<ElementId, Box> labels = new LinkedHashMap<>();

    LayoutReadabilityTest() {
        footprint("left", new Box(0, 0, 200, 200));
        footprint("right", new Box(400, 0, 200, 200));
        node("a", "left", new Box(20, 40, 40, 20));
        node("b", "left", new Box(20, 140, 40, 20));
        node("c", "right", new Box(140, 40, 40, 20));
        node("d", "right", new Box(140, 140, 40, 20));
        footprint("middle", new Box(250, 80, 100, 40));
    }

    private void footprint(String id, Box box) {
        footprints.put(ElementId.of(id), new FootprintLayout(ElementId.of(id), null, box, 20, false, 0));
    }

    private void node(String id, String parent, Box relative) {
        nodes.put(ElementId.of(id), new NodeLayout(ElementId.of(id), ElementId.of(parent), relative));
    }

    private void edge(String id, String from, String to, Point... points) {
        edges.put(ElementId.of(id), new EdgeLayout(ElementId.of(id), ElementId.of(from), ElementId.of(to), List.of(points), null));
    }

    private LayoutReadability.Counts measure() {
        return LayoutReadability.measure(new DiagramLayout(footprints, nodes, edges, labels));
    }

    @Test
    void twoLinesThatCrossOnceCountOneCrossing() {
        // a (60,50) -> d (540,150) and b (60,150) -> c (540,50) cross once, in the middle, above and below the box
        // "middle" only at its centre line: route them around it
        edge("ad", "a", "d", new Point(60, 50), new Point(225, 50), new Point(375, 150), new Point(540, 150));
        edge("bc", "b", "c", new Point(60, 150), new Point(225, 150), new Point(375, 50), new Point(540, 50));
        LayoutReadability.Counts c = measure();
        assertEquals(2, c.lines());
        assertEquals(1, c.crossings());
    }

    @Test
    void linesThatOnlyShareAnEndOrRunSideBySideDoNotCross() {
        edge("ac", "a", "c", new Point(60, 50), new Point(540, 50));
        edge("ac2", "a", "d", new Point(60, 50), new Point(540, 150));
        edge("bd", "b", "d", new Point(60, 150), new Point(540, 150));
        assertEquals(0, measure().crossings());
    }

    @Test
    void aLineThroughAnUnrelatedBoxCountsButNotThroughItsOwnEndsOrTheirFootprints() {
        // straight through the box "middle" (250..350 x 80..120), inside both end footprints
        edge("ad", "a", "d", new Point(60, 50), new Point(540, 150));
        assertEquals(1, measure().linesThroughBoxes());
        edges.clear();
        // around it, along the top: crosses nothing unrelated
        edge("ac", "a", "c", new Point(60, 50), new Point(540, 50));
        assertEquals(0, measure().linesThroughBoxes());
        edges.clear();
        // from a down through b's box to d: b is unrelated
        edge("ad", "a", "d", new Point(40, 60), new Point(40, 180), new Point(540, 180));
        assertEquals(1, measure().linesThroughBoxes());
    }

    @Test
    void labelsOverlappingABoxATitleBandOrEachOtherAreCounted() {
        edge("ac", "a", "c", new Point(60, 50), new Point(540, 50));
        edge("bd", "b", "d", new Point(60, 150), new Point(540, 150));
        edge("ad", "a", "d", new Point(60, 55), new Point(200, 55), new Point(200, 145), new Point(540, 145));
        labels.put(ElementId.of("ac"), new Box(280, 44, 40, 12));   // in the open between the footprints
        labels.put(ElementId.of("bd"), new Box(150, 140, 40, 12));  // inside "left", clear of a and b
        labels.put(ElementId.of("ad"), new Box(260, 84, 40, 12));   // on the title band of "middle"
        assertEquals(1, measure().overlappingLabels());
        labels.put(ElementId.of("bd"), new Box(270, 90, 40, 12));   // on ad's label (and the band)
        assertEquals(2, measure().overlappingLabels());
        labels.put(ElementId.of("ac"), new Box(30, 45, 40, 12));    // on a's box
        assertEquals(3, measure().overlappingLabels());
        labels.put(ElementId.of("ad"), new Box(270, 150, 40, 12));  // back in the open (below "middle")
        labels.put(ElementId.of("bd"), new Box(270, 170, 40, 12));
        assertEquals(1, measure().overlappingLabels());
    }

    @Test
    void aLabelOnAFootprintsTitleBandOverlaps() {
        edge("ac", "a", "c", new Point(60, 50), new Point(540, 50));
        labels.put(ElementId.of("ac"), new Box(420, 5, 40, 12));
        assertEquals(1, measure().overlappingLabels());
    }

    @Test
    void segmentGeometryIsExact() {
        assertNotNull(LayoutReadability.properCrossing(new Point(0, 0), new Point(10, 10), new Point(0, 10), new Point(10, 0)));
        assertNull(LayoutReadability.properCrossing(new Point(0, 0), new Point(10, 0), new Point(10, 0), new Point(10, 10)),
                "meeting at an end is not crossing");
        assertNull(LayoutReadability.properCrossing(new Point(0, 0), new Point(10, 0), new Point(5, 0), new Point(15, 0)),
                "overlapping along a corridor is not crossing");
        Box box = new Box(10, 10, 10, 10);
        assertTrue(LayoutReadability.crossesBox(List.of(new Point(0, 15), new Point(30, 15)), box));
        assertTrue(!LayoutReadability.crossesBox(List.of(new Point(0, 5), new Point(30, 5)), box));
        assertTrue(!LayoutReadability.crossesBox(List.of(new Point(0, 0), new Point(9, 30)), box));
    }
}
