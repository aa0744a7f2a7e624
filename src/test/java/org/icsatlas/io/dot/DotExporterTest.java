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
import org.icsatlas.model.RelationKind;
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
    void aCollapsedFootprintStaysALabelledClusterAndItsRelationsEndAtItsBorder() throws IOException {
        String dot = export(model(), DiagramView.whole("v", "All").withCollapsed(ElementId.of("place"), true));
        assertTrue(dot.contains("compound=true"));
        assertTrue(dot.contains("subgraph \"cluster_place\" {"), dot);
        assertFalse(dot.contains("\"council\" ["), "the hidden council is not drawn");
        assertTrue(dot.contains("\"place (footprint)\" [label=\"1 element (collapsed)\""), dot);
        assertTrue(dot.contains("\"place (footprint)\" -> \"icb\" [style=dashed, arrowhead=none, label=\"partner member\", ltail=\"cluster_place\"]"), dot);
    }

    @Test
    void aRelationIntoACollapsedFootprintIsClippedWithLhead() throws IOException {
        IcsModel m = model();
        m.addElement(Element.of("alliance", BodyKind.PLACE_PARTNERSHIP, "Barnsley Alliance"), ElementId.of("place"), -1);
        m.addRelation(Relation.of("r1", RelationKind.REPORTS_TO, "icb", "alliance"), -1);
        String dot = export(m, DiagramView.whole("v", "All").withCollapsed(ElementId.of("place"), true));
        assertTrue(dot.contains("\"icb\" -> \"place (footprint)\" [style=solid, lhead=\"cluster_place\"]"), dot);
    }

    @Test
    void anEmptyFootprintIsKeptOnTheDrawing() throws IOException {
        IcsModel m = model();
        m.addFootprint(Footprint.of("empty", "Sheffield", FootprintLevel.PLACE), ElementId.of("sys"), -1);
        String dot = export(m, DiagramView.whole("v", "All"));
        assertTrue(dot.contains("subgraph \"cluster_empty\" {"));
        assertTrue(dot.contains("\"empty (footprint)\" [shape=point, style=invis"), dot);
    }

    @Test
    void eachRelationKindHasItsOwnLine() throws IOException {
        IcsModel m = model();
        m.addElement(Element.of("committee", BodyKind.COMMITTEE, "Audit"), ElementId.of("sys"), -1);
        m.addRelation(Relation.of("r1", RelationKind.REPORTS_TO, "committee", "icb"), -1);
        m.addRelation(Relation.of("r2", RelationKind.ADVISES, "committee", "icb"), -1);
        m.addRelation(new Relation(ElementId.of("r3"), RelationKind.DELEGATES_TO, ElementId.of("icb"), ElementId.of("committee"),
                null, null, "Audit", ""), -1);
        String dot = export(m, DiagramView.whole("v", "All"));
        assertTrue(dot.contains("\"committee\" -> \"icb\" [style=solid]"), dot);
        assertTrue(dot.contains("\"committee\" -> \"icb\" [style=dotted, arrowhead=open]"), dot);
        assertTrue(dot.contains("\"icb\" -> \"committee\" [color=\"black:invis:black\", arrowhead=empty, label=\"Audit\"]"), dot);
    }

    @Test
    void aDeclaredKindIsDrawnByItsTypeAndCanBeHidden() throws IOException {
        IcsModel m = model();
        m.declareKind(org.icsatlas.model.DeclaredKind.coloured("PROVIDER_COLLABORATIVE",
                org.icsatlas.model.ElementType.ORGANISATION, "Provider collaborative", "#8a2be2"));
        m.addElement(Element.of("pc", m.kinds().find("PROVIDER_COLLABORATIVE"), "Acute collaborative"), ElementId.of("sys"), -1);
        assertTrue(export(m, DiagramView.whole("v", "All")).contains("\"pc\" [label=\"Acute collaborative\", style=solid];"));
        String hidden = export(m, DiagramView.whole("v", "All").withElementKindShown(m.kinds().find("PROVIDER_COLLABORATIVE"), false));
        assertFalse(hidden.contains("\"pc\""), hidden);
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
