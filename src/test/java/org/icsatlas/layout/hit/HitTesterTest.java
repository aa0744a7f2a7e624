package org.icsatlas.layout.hit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.model.ElementId;
import org.junit.jupiter.api.Test;

/**
 * Hit-testing in layout coordinates, with no drawing: a system (0,0 1000x600) holding Barnsley (20,40 400x300)
 * with the neighbourhood Dearne inside it (20,150 200x120 relative to Barnsley), and Sheffield (500,40 400x300);
 * the ICB sits in the system, the ACP in Barnsley, the PCN in Dearne; the ACP reports to the ICB along a polyline.
 */
class HitTesterTest {
    private static final ElementId SYB = ElementId.of("syb");
    private static final ElementId BARNSLEY = ElementId.of("barnsley");
    private static final ElementId DEARNE = ElementId.of("dearne");
    private static final ElementId SHEFFIELD = ElementId.of("sheffield");
    private static final ElementId ICB = ElementId.of("icb");
    private static final ElementId ACP = ElementId.of("acp");
    private static final ElementId PCN = ElementId.of("pcn");
    private static final ElementId REPORTS = ElementId.of("acp-reports-to-icb");

    private final DiagramLayout layout = layout();
    private final HitTester hits = new HitTester(layout);

    private static DiagramLayout layout() {
        Map<ElementId, FootprintLayout> fs = new LinkedHashMap<>();
        fs.put(SYB, new FootprintLayout(SYB, null, new Box(0, 0, 1000, 600), 30, false, 0));
        fs.put(BARNSLEY, new FootprintLayout(BARNSLEY, SYB, new Box(20, 40, 400, 300), 24, false, 0));
        fs.put(DEARNE, new FootprintLayout(DEARNE, BARNSLEY, new Box(20, 150, 200, 120), 20, false, 0));
        fs.put(SHEFFIELD, new FootprintLayout(SHEFFIELD, SYB, new Box(500, 40, 400, 300), 24, false, 0));
        Map<ElementId, NodeLayout> ns = new LinkedHashMap<>();
        ns.put(ICB, new NodeLayout(ICB, SYB, new Box(440, 400, 120, 40)));
        ns.put(ACP, new NodeLayout(ACP, BARNSLEY, new Box(30, 40, 120, 40)));   // absolute 50,80 .. 170,120
        ns.put(PCN, new NodeLayout(PCN, DEARNE, new Box(10, 30, 100, 30)));    // absolute 50,220 .. 150,250
        Map<ElementId, EdgeLayout> es = new LinkedHashMap<>();
        es.put(REPORTS, new EdgeLayout(REPORTS, ACP, ICB,
                List.of(new Point(170, 100), new Point(300, 100), new Point(300, 420), new Point(440, 420)), null));
        return new DiagramLayout(fs, ns, es);
    }

    @Test
    void anElementBoxWinsOverTheFootprintsItSitsIn() {
        assertEquals(Optional.of(new Hit(Hit.Kind.ELEMENT, ACP)), hits.at(new Point(100, 100), 5));
        assertEquals(Optional.of(new Hit(Hit.Kind.ELEMENT, PCN)), hits.at(new Point(60, 230), 5));
    }

    @Test
    void aClickNearALineSelectsTheLineNotItsSource() {
        assertEquals(Optional.of(new Hit(Hit.Kind.RELATION, REPORTS)), hits.at(new Point(303, 250), 5));
        assertEquals(Optional.of(REPORTS), hits.relationAt(new Point(240, 98), 5));
        assertEquals(Optional.empty(), hits.relationAt(new Point(240, 110), 5), "10 units off the line is a miss");
    }

    @Test
    void theInnermostFootprintIsFoundAndItsHeaderBandToldFromItsBody() {
        assertEquals(Optional.of(new Hit(Hit.Kind.FOOTPRINT_HEADER, BARNSLEY)), hits.at(new Point(300, 50), 5));
        assertEquals(Optional.of(new Hit(Hit.Kind.FOOTPRINT, BARNSLEY)), hits.at(new Point(380, 300), 5));
        assertEquals(Optional.of(new Hit(Hit.Kind.FOOTPRINT, DEARNE)), hits.at(new Point(200, 290), 5));
        assertEquals(Optional.of(new Hit(Hit.Kind.FOOTPRINT_HEADER, SYB)), hits.at(new Point(700, 10), 5));
        assertEquals(Optional.empty(), hits.at(new Point(1100, 10), 5), "the background");
    }

    @Test
    void theDropTargetIsTheInnermostOtherFootprintNeverTheDraggedOneOrOneInsideIt() {
        assertEquals(Optional.of(SHEFFIELD), hits.dropTarget(List.of(ACP), new Point(700, 200)));
        assertEquals(Optional.of(DEARNE), hits.dropTarget(List.of(ACP), new Point(200, 290)));
        assertEquals(Optional.of(SYB), hits.dropTarget(List.of(BARNSLEY), new Point(200, 290)),
                "dragging Barnsley over its own neighbourhood: the target is the system around it");
        assertEquals(Optional.empty(), hits.dropTarget(List.of(ACP), new Point(1200, 300)));
    }

    @Test
    void theConnectHandleOfASelectedBoxAndTheEndsOfASelectedLineComeFirst() {
        Point handle = HitTester.connectHandle(layout.absolute(ACP).orElseThrow());
        assertEquals(new Point(170, 100), handle);
        assertEquals(Optional.of(new Hit(Hit.Kind.CONNECT_HANDLE, ACP)), hits.at(new Point(168, 101), 5, List.of(ACP), List.of()));
        assertEquals(Optional.of(new Hit(Hit.Kind.ELEMENT, ACP)), hits.at(new Point(168, 101), 5), "no handle when not selected");
        assertEquals(Optional.of(new Hit(Hit.Kind.RELATION_TARGET_END, REPORTS)),
                hits.at(new Point(438, 421), 5, List.of(), List.of(REPORTS)));
        assertEquals(Optional.of(new Hit(Hit.Kind.RELATION_SOURCE_END, REPORTS)),
                hits.at(new Point(172, 100), 5, List.of(), List.of(REPORTS)));
    }

    @Test
    void aRubberBandTakesWhatLiesWhollyInsideAndAFootprintBringsItsContents() {
        assertEquals(List.of(ACP), hits.within(new Box(40, 70, 200, 60)));
        assertEquals(List.of(ACP, DEARNE), hits.within(new Box(30, 60, 260, 280)),
                "Dearne is inside the band; its PCN comes with it, not on its own");
        assertEquals(List.of(BARNSLEY, SHEFFIELD), hits.within(new Box(10, 30, 990, 320)));
        assertTrue(hits.within(new Box(0, 0, 5, 5)).isEmpty());
    }

    @Test
    void headersAndParentsAreReadFromTheLayout() {
        assertTrue(hits.onHeader(DEARNE, new Point(60, 200)));
        assertFalse(hits.onHeader(DEARNE, new Point(60, 240)));
        assertEquals(Optional.of(DEARNE), hits.parentOf(PCN));
        assertEquals(Optional.empty(), hits.parentOf(SYB));
        assertEquals(Optional.of(SHEFFIELD), hits.footprintAt(new Point(700, 200), Set.of()));
    }
}
