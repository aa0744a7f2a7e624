package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.CancellationException;
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
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class NestedLayoutEngineTest {
    private final LayoutEngine engine = LayoutEngine.standard();

    /** A system with an ICB and a committee, one place with a partnership and a trust, one neighbourhood with a PCN. */
    static IcsModel sample() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("sys", "Bath and North East Somerset, Swindon and Wiltshire", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("wilts", "Wiltshire", FootprintLevel.PLACE), id("sys"), -1);
        m.addFootprint(Footprint.of("swindon", "Swindon", FootprintLevel.PLACE), id("sys"), -1);
        m.addFootprint(Footprint.of("nbh", "Devizes neighbourhood", FootprintLevel.NEIGHBOURHOOD), id("wilts"), -1);
        m.addElement(Element.of("icb", BodyKind.INTEGRATED_CARE_BOARD, "BSW Integrated Care Board"), id("sys"), -1);
        m.addElement(Element.of("audit", BodyKind.COMMITTEE, "Audit and Risk Committee"), id("sys"), -1);
        m.addElement(Element.of("alliance", BodyKind.PLACE_PARTNERSHIP, "Wiltshire Integrated Care Alliance"), id("wilts"), -1);
        m.addElement(Element.of("council", OrganisationKind.LOCAL_AUTHORITY, "Wiltshire Council"), id("wilts"), -1);
        m.addElement(Element.of("pcn", OrganisationKind.PCN, "Devizes PCN"), id("nbh"), -1);
        m.addElement(Element.of("sft", OrganisationKind.ACUTE_TRUST, "Great Western Hospitals NHS FT"), id("swindon"), -1);
        m.addRelation(Relation.of("r-audit", RelationKind.REPORTS_TO, "audit", "icb"), -1);
        m.addRelation(Relation.of("r-alliance", RelationKind.REPORTS_TO, "alliance", "icb"), -1);
        m.addRelation(Relation.membership("m-council", "council", "alliance", MemberRole.CHAIR, true), -1);
        m.addRelation(Relation.membership("m-pcn", "pcn", "alliance", MemberRole.MEMBER, true), -1);
        m.addRelation(Relation.membership("m-sft", "sft", "icb", MemberRole.PARTNER_MEMBER, true), -1);
        m.addRelation(new Relation(id("d-icb"), RelationKind.DELEGATES_TO, id("icb"), id("alliance"), null, null, "community services budget", ""), -1);
        return m;
    }

    static ElementId id(String s) {
        return ElementId.of(s);
    }

    private static DiagramView whole() {
        return DiagramView.whole("v", "Whole system");
    }

    @Test
    void bodiesAboveRowsOfPlacesSpreadAcrossRatherThanStackInAColumn() {
        // SYB's "Governance only" view: seven system-level bodies, mostly unconnected, above five places. Packed to
        // the window's shape they stood in one tall column at the left of a system as wide as its places.
        IcsModel m = Diagrams.sample("south-yorkshire-bassetlaw");
        DiagramView governance = m.view(ElementId.of("view-governance")).orElseThrow();
        DiagramLayout l = LayoutEngine.standard().withAspectRatio(1040.0 / 890.0).layout(m, governance);
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = 0;
        double maxY = 0;
        int count = 0;
        for (NodeLayout n : l.nodes().values()) {
            if (n.parent().equals(ElementId.of("syb"))) {
                count++;
                minX = Math.min(minX, n.box().x());
                minY = Math.min(minY, n.box().y());
                maxX = Math.max(maxX, n.box().maxX());
                maxY = Math.max(maxY, n.box().maxY());
            }
        }
        assertTrue(count >= 5, "system-level bodies shown: " + count);
        assertTrue(maxX - minX > maxY - minY, "system-level bodies span " + (maxX - minX) + " x " + (maxY - minY));
    }

    @Test
    void everyVisibleFootprintElementAndRelationIsLaidOut() {
        IcsModel m = sample();
        DiagramLayout l = engine.layout(m, whole());
        assertEquals(4, l.footprints().size());
        assertEquals(6, l.nodes().size());
        assertEquals(6, l.edges().size());
    }

    @Test
    void edgeRoutesStartAndEndOnTheBoundaryOfTheirEndBoxes() {
        DiagramLayout l = engine.layout(sample(), whole());
        for (EdgeLayout e : l.edges().values()) {
            assertTrue(e.points().size() >= 2, e.relation() + " has a route");
            assertOnBoundary(l.absolute(e.from()).orElseThrow(), e.points().get(0), e.relation() + " start");
            assertOnBoundary(l.absolute(e.to()).orElseThrow(), e.points().get(e.points().size() - 1), e.relation() + " end");
        }
    }

    static void assertOnBoundary(Box b, Point p, String what) {
        double eps = 0.5;
        boolean inside = p.x() >= b.x() - eps && p.x() <= b.maxX() + eps && p.y() >= b.y() - eps && p.y() <= b.maxY() + eps;
        boolean onEdge = Math.abs(p.x() - b.x()) < eps || Math.abs(p.x() - b.maxX()) < eps
                || Math.abs(p.y() - b.y()) < eps || Math.abs(p.y() - b.maxY()) < eps;
        assertTrue(inside && onEdge, what + ": " + p + " is not on the boundary of " + b);
    }

    @Test
    void rolesAndScopedDelegationsHaveLabelsButPlainMembersAndReportingLinesHaveNone() {
        DiagramLayout l = engine.layout(sample(), whole());
        assertNotNull(l.edges().get(id("m-council")).label());
        assertNull(l.edges().get(id("m-pcn")).label());
        assertNotNull(l.edges().get(id("m-sft")).label());
        assertNotNull(l.edges().get(id("d-icb")).label());
        assertNull(l.edges().get(id("r-audit")).label());
    }

    @Test
    void longLabelsEndInAnEllipsisAndPlainMembershipHasNone() {
        Relation scoped = new Relation(id("d"), RelationKind.DELEGATES_TO, id("icb"), id("alliance"), null, null,
                "community services budget and the better care fund", "");
        String text = EdgeLayout.labelText(scoped);
        assertEquals(EdgeLayout.MAX_LABEL_CHARACTERS, text.length());
        assertTrue(text.endsWith("\u2026"));
        assertEquals("", EdgeLayout.labelText(Relation.membership("m", "council", "alliance", MemberRole.MEMBER, true)));
        assertEquals("chair", EdgeLayout.labelText(Relation.membership("m", "council", "alliance", MemberRole.CHAIR, true)));
    }

    @Test
    void hiddenElementAndRelationKindsAreNotLaidOut() {
        DiagramView v = whole().withElementKindShown(OrganisationKind.PCN, false).withRelationKindShown(RelationKind.REPORTS_TO, false);
        DiagramLayout l = engine.layout(sample(), v);
        assertFalse(l.nodes().containsKey(id("pcn")));
        assertFalse(l.edges().containsKey(id("m-pcn")));
        assertFalse(l.edges().containsKey(id("r-audit")));
        assertFalse(l.edges().containsKey(id("r-alliance")));
        assertTrue(l.edges().containsKey(id("m-council")));
    }

    @Test
    void theViewRootDecidesWhatIsLaidOut() {
        DiagramLayout l = engine.layout(sample(), whole().withRoot(id("wilts")));
        assertEquals(Set.of(id("wilts"), id("nbh")), l.footprints().keySet());
        assertEquals(Set.of(id("alliance"), id("council"), id("pcn")), l.nodes().keySet());
        assertEquals(Set.of(id("m-council"), id("m-pcn")), l.edges().keySet());
    }

    @Test
    void aCollapsedFootprintIsOneBoxThatCountsHiddenRelationsAndTakesTheirEdges() {
        DiagramLayout l = engine.layout(sample(), whole().withCollapsed(id("wilts"), true));
        FootprintLayout w = l.footprints().get(id("wilts"));
        assertTrue(w.collapsed());
        assertFalse(l.footprints().containsKey(id("nbh")));
        assertFalse(l.nodes().containsKey(id("alliance")));
        assertEquals(4, w.hiddenRelationCount());
        EdgeLayout toAlliance = l.edges().get(id("r-alliance"));
        assertEquals(id("wilts"), toAlliance.from());
        assertFalse(l.edges().containsKey(id("m-pcn")), "an edge inside the collapsed footprint is not drawn");
    }

    @Test
    void elementBoxesAreWideEnoughForTheirWrappedNames() {
        DiagramLayout l = engine.layout(sample(), whole());
        LayoutMetrics m = l.metrics();
        for (NodeLayout n : l.nodes().values()) {
            String name = sample().element(n.id()).orElseThrow().name();
            double textWidth = m.nameText().width(m.nodeLines(name));
            assertTrue(n.box().width() >= textWidth + 2 * m.nodePaddingX() - 1e-9, name);
            assertTrue(n.box().height() >= m.nodeLines(name).size() * m.lineHeight(), name);
        }
    }

    @Test
    void footprintsAreWideEnoughForTheirNameInTheHeader() {
        DiagramLayout l = engine.layout(sample(), whole());
        LayoutMetrics m = l.metrics();
        for (FootprintLayout f : l.footprints().values()) {
            String name = sample().footprint(f.id()).orElseThrow().name();
            assertTrue(f.box().width() >= m.headerText().width(name), name);
        }
    }

    @Test
    void aCancelledLayoutThrowsCancellation() {
        assertThrows(CancellationException.class, () -> engine.layout(sample(), whole(), null, Set.of(),
                LayoutMonitor.cancelledBy(() -> true)));
    }

    @Test
    void cancellingDuringALargeLayoutStopsItPromptly() {
        IcsModel big = org.icsatlas.bench.SyntheticIcs.generate(org.icsatlas.bench.SyntheticIcs.Scale.M, 1);
        java.util.concurrent.atomic.AtomicLong cancelledAt = new java.util.concurrent.atomic.AtomicLong();
        LayoutMonitor monitor = new LayoutMonitor(() -> cancelledAt.get() != 0, f -> {
            if (f > 0.2) {
                cancelledAt.compareAndSet(0, System.nanoTime());
            }
        });
        assertThrows(CancellationException.class, () -> engine.layout(big, whole(), null, Set.of(), monitor));
        double ms = (System.nanoTime() - cancelledAt.get()) / 1e6;
        assertTrue(ms < 500, "stopped " + ms + " ms after cancellation");
    }

    @Test
    void progressReachesOne() {
        double[] last = {0};
        engine.layout(sample(), whole(), null, Set.of(), new LayoutMonitor(() -> false, f -> last[0] = Math.max(last[0], f)));
        assertEquals(1.0, last[0]);
    }

    @Test
    void warmUpCompletes() {
        LayoutEngine.warmUp().join();
    }
}
