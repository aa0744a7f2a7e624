package org.icsatlas.io.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.BodyKind;
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

/** Files written by yEd, Gephi and Cytoscape (hand-written fixtures in their shapes) read as ICS Atlas models. */
class GraphmlImporterTest {

    private static GraphmlImport fixture(String name) throws ImportException {
        return new GraphmlImporter().read(GraphmlTesting.fixture("/io/graphml/foreign/" + name));
    }

    private static Element named(IcsModel m, String name) {
        return m.elements().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no element named " + name + " in " + m.elements()));
    }

    private static Footprint footprint(IcsModel m, String name) {
        return m.footprints().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no footprint named " + name));
    }

    @Test
    void yedGroupsBecomeNestedFootprintsWithLevelsFromTheirDepth() throws ImportException {
        IcsModel m = fixture("yed-nested-groups.graphml").model();
        Footprint frimley = footprint(m, "Frimley");
        Footprint surreyHeath = footprint(m, "Surrey Heath");
        Footprint camberley = footprint(m, "Camberley PCN area");
        assertEquals(FootprintLevel.SYSTEM, frimley.level());
        assertEquals(FootprintLevel.PLACE, surreyHeath.level());
        assertEquals(FootprintLevel.NEIGHBOURHOOD, camberley.level());
        assertEquals(List.of(frimley.id()), m.roots());
        assertEquals(List.of(surreyHeath.id(), footprint(m, "Slough").id()), m.childFootprints(frimley.id()));
        assertEquals(List.of(camberley.id()), m.childFootprints(surreyHeath.id()));
        assertEquals(camberley.id(), m.parentOf(named(m, "Camberley Neighbourhood Team").id()).orElseThrow());
    }

    @Test
    void yedLabelsAreTheNamesAndYedsKeysAreMatchedByTheirType() throws ImportException {
        IcsModel m = fixture("yed-nested-groups.graphml").model();
        // The label's text is read without its LabelModel children; a line break inside it is kept.
        Element icb = named(m, "NHS Frimley ICB");
        assertEquals("Frimley Health and\nCare ICP", m.elementsIn(footprint(m, "Frimley").id()).stream()
                .map(id -> m.element(id).orElseThrow().name()).filter(n -> n.startsWith("Frimley Health")).findFirst().orElseThrow());
        // A custom yEd property is kept as an attribute; yEd's empty url and description are not.
        assertEquals("Chief executive", icb.attributes().get("Lead"));
        assertEquals(1, icb.attributes().size(), icb.attributes().toString());
        assertEquals(ElementId.of("n0::n0"), icb.id());
    }

    @Test
    void yedEdgesBecomeRelationsAndAnEdgeToAGroupIsLeftOutWithANote() throws ImportException {
        GraphmlImport result = fixture("yed-nested-groups.graphml");
        IcsModel m = result.model();
        assertEquals(2, m.relationCount());
        Relation first = m.relations().get(0);
        assertEquals(RelationKind.ADVISES, first.kind(), "an edge with no kind between two bodies");
        assertEquals(named(m, "NHS Frimley ICB").id(), first.target());
        assertEquals(1, result.leftOut());
        assertTrue(result.notes().stream().anyMatch(n -> n.matches(".*yed-nested-groups.graphml:\\d+:\\d+: edge \"e2\" joins a group.*left out")),
                result.notes().toString());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("nodes have no ICS Atlas kind")), result.notes().toString());
    }

    @Test
    void aGephiExportReadsWithLabelsKindsAndItsOtherColumnsAsAttributes() throws ImportException {
        GraphmlImport result = fixture("gephi-export.graphml");
        IcsModel m = result.model();
        assertEquals(4, m.elementCount());
        Element icp = named(m, "Frimley ICP Assembly");
        assertEquals(BodyKind.INTEGRATED_CARE_PARTNERSHIP, icp.kind());
        assertEquals("-120.5", icp.attributes().get("x"));
        assertEquals("0", icp.attributes().get("Modularity Class"));
        Element council = named(m, "Surrey County Council");
        assertEquals(OrganisationKind.LOCAL_AUTHORITY, council.kind());
        assertEquals(OrganisationKind.ACUTE_TRUST, named(m, "Frimley Health NHS FT").kind());
        Element healthwatch = named(m, "Healthwatch Surrey");
        assertEquals(GraphmlModelBuilder.DEFAULT_BODY, healthwatch.kind());
        assertEquals("watchdog", healthwatch.attributes().get("kind"), "an unknown kind is kept as an attribute");
        // Organisation to body: membership; organisation to organisation: no relation can hold it.
        assertEquals(2, m.relationCount());
        assertTrue(m.relations().stream().allMatch(r -> r.kind() == RelationKind.MEMBER_OF));
        assertEquals(1, result.leftOut());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("goes from a organisation to a organisation")
                || n.contains("from a organisation to a organisation")), result.notes().toString());
        // Gephi numbers nodes and edges alike: the edge ids are made unique in the model's one namespace.
        assertEquals(m.relationCount() + m.elementCount() + m.footprintCount(), m.relations().stream().map(Relation::id)
                .distinct().count() + m.elementCount() + m.footprintCount());
        assertTrue(result.notes().stream().anyMatch(n -> n.contains("put in the footprint \"Imported\"")), result.notes().toString());
    }

    @Test
    void aCytoscapeExportReadsNamesTypesAndInteractions() throws ImportException {
        GraphmlImport result = fixture("cytoscape-export.graphml");
        IcsModel m = result.model();
        Element icb = named(m, "NHS Frimley ICB");
        assertEquals(BodyKind.INTEGRATED_CARE_BOARD, icb.kind());
        assertEquals("QNQ", icb.attributes().get("ods code"));
        assertEquals("NHS Frimley ICB", icb.attributes().get("shared name"));
        Element slough = named(m, "Slough Borough Council");
        assertEquals(OrganisationKind.LOCAL_AUTHORITY, slough.kind());
        assertEquals(BodyKind.INTEGRATED_CARE_PARTNERSHIP, named(m, "Frimley Integrated Care Partnership").kind());
        Relation membership = m.relations().get(0);
        assertEquals(RelationKind.MEMBER_OF, membership.kind());
        assertEquals(MemberRole.PARTNER_MEMBER, membership.role());
        assertEquals(RelationKind.REPORTS_TO, m.relations().get(1).kind());
        Relation guessed = m.relations().get(2);
        assertEquals(RelationKind.ADVISES, guessed.kind());
        assertTrue(guessed.note().contains("Imported with kind \"pp\""), guessed.note());
        assertEquals(0, result.leftOut());
    }

    @Test
    void aFileThatIsNotGraphmlIsRefusedWithItsPlace() {
        ImportException e = assertThrows(ImportException.class, () -> GraphmlTesting.read(
                "<?xml version=\"1.0\"?>\n<html><body/></html>".getBytes(StandardCharsets.UTF_8), "page.html"));
        assertEquals("page.html:2:7: this is not a GraphML file: it starts with <html>, not <graphml>", e.getMessage());
    }

    @Test
    void anEdgeToANodeThatIsNotThereIsAnErrorAtTheEdge() {
        String xml = """
                <?xml version="1.0"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <graph edgedefault="directed">
                    <node id="a"/>
                    <edge source="a" target="ghost"/>
                  </graph>
                </graphml>
                """;
        ImportException e = assertThrows(ImportException.class, () -> GraphmlTesting.read(xml.getBytes(StandardCharsets.UTF_8), "g.graphml"));
        assertEquals("g.graphml:5:38: edge from \"a\" to \"ghost\" ends at \"ghost\", which is not a node in this file", e.getMessage());
    }

    @Test
    void inAnIcsAtlasFileAnUnknownKindIsAnErrorNotAGuess() throws Exception {
        String xml = new String(GraphmlTesting.export(GraphmlTesting.sample("bsw-wiltshire"), GraphmlFlavour.FLAT), StandardCharsets.UTF_8)
                .replaceFirst(">INTEGRATED_CARE_BOARD<", ">INTEGRATED_CARE_BORD<");
        ImportException e = assertThrows(ImportException.class, () -> GraphmlTesting.read(xml.getBytes(StandardCharsets.UTF_8), "bsw.graphml"));
        assertTrue(e.getMessage().matches("bsw\\.graphml:\\d+:\\d+: node \"[^\"]+\" has unknown kind \"INTEGRATED_CARE_BORD\""), e.getMessage());
    }
}
