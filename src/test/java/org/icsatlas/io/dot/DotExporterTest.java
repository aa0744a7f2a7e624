package org.icsatlas.io.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
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

class DotExporterTest {

    private static IcsModel model() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("sys", "South \"Yorkshire\"", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("place", "Barnsley", FootprintLevel.PLACE), ElementId.of("sys"), -1);
        m.addElement(Element.of("icb", BodyKind.INTEGRATED_CARE_BOARD, "SY ICB"), ElementId.of("sys"), -1);
        m.addElement(Element.of("council", OrganisationKind.LOCAL_AUTHORITY, "Barnsley Council"), ElementId.of("place"), -1);
        m.addRelation(Relation.membership("m1", "council", "icb", MemberRole.PARTNER_MEMBER, true), -1);
        return m;
    }

    private static String export(IcsModel m, DiagramView v) throws IOException {
        StringWriter w = new StringWriter();
        new DotExporter().export(m, v, w);
        return w.toString();
    }

    @Test
    void footprintsBecomeNestedClustersAndRelationsLabelledEdges() throws IOException {
        String dot = export(model(), DiagramView.whole("v", "All"));
        assertTrue(dot.startsWith("digraph ics {"));
        assertTrue(dot.indexOf("subgraph \"cluster_sys\"") < dot.indexOf("subgraph \"cluster_place\""));
        assertTrue(dot.contains("label=\"South \\\"Yorkshire\\\"\""), dot);
        assertTrue(dot.contains("\"council\" -> \"icb\" [style=dashed, arrowhead=none, label=\"partner member\"]"), dot);
    }

    @Test
    void aCollapsedFootprintIsOneNodeThatTakesTheEdgesOfItsContents() throws IOException {
        String dot = export(model(), DiagramView.whole("v", "All").withCollapsed(ElementId.of("place"), true));
        assertFalse(dot.contains("cluster_place"));
        assertTrue(dot.contains("\"place\" [label=\"Barnsley\", shape=box3d]"));
        assertTrue(dot.contains("\"place\" -> \"icb\""));
    }

    @Test
    void hiddenKindsAreLeftOut() throws IOException {
        String dot = export(model(), DiagramView.whole("v", "All").withElementKindShown(OrganisationKind.LOCAL_AUTHORITY, false));
        assertFalse(dot.contains("council"));
        assertEquals(-1, dot.indexOf("->"));
    }

    @Test
    void quoteEscapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", DotExporter.quote("a\"b\\c\nd"));
    }
}
