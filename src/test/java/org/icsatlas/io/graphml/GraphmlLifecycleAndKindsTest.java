package org.icsatlas.io.graphml;

import static org.icsatlas.io.graphml.GraphmlTesting.export;
import static org.icsatlas.io.graphml.GraphmlTesting.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;

/** Statuses, dates, placeholder role holders and declared kinds in GraphML: written, read back, and checked. */
class GraphmlLifecycleAndKindsTest {

    private static IcsModel small() {
        IcsModel m = new IcsModel();
        m.declareKind(DeclaredKind.coloured("PROVIDER_COLLABORATIVE", ElementType.ORGANISATION, "Provider collaborative", "#8a2be2"));
        m.declareKind(DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PARTNERSHIP_BOARD));
        m.addFootprint(new Footprint(ElementId.of("sys"), "System", FootprintLevel.SYSTEM, ""), null, -1);
        m.addElement(Element.of("pc", m.kinds().find("PROVIDER_COLLABORATIVE"), "Acute collaborative")
                .withLifecycle(new Lifecycle(Status.PROPOSED, "2025-04", "")), ElementId.of("sys"), -1);
        m.addElement(Element.of("lb", m.kinds().find("LOCALITY_BOARD"), "North locality board"), ElementId.of("sys"), -1);
        m.addElement(Element.placeholder("chair", "Chair, North locality board"), ElementId.of("sys"), -1);
        return m;
    }

    @Test
    void theYedExportDrawsADeclaredKindInItsOwnColourFromTheStyleTable() throws Exception {
        String xml = new String(export(small(), GraphmlFlavour.YED), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        assertTrue(xml.contains("#8a2be2"), "the declared kind's colour is in the yEd graphics");
        assertTrue(xml.contains("attr.name=\"atlaskinds\""), "the declarations travel as graph data");
    }

    @Test
    void aPlaceholderComesBackWithNoNameAndItsTitle() throws Exception {
        for (GraphmlFlavour f : GraphmlFlavour.values()) {
            IcsModel back = read(export(small(), f), "small." + f).model();
            Element chair = back.element(ElementId.of("chair")).orElseThrow();
            assertTrue(chair.isPlaceholder(), f.name());
            assertEquals("Chair, North locality board", chair.title());
            assertEquals(PersonKind.ROLE_HOLDER, chair.kind());
            assertEquals(new Lifecycle(Status.PROPOSED, "2025-04", ""), back.element(ElementId.of("pc")).orElseThrow().lifecycle());
            assertEquals(small().kinds(), back.kinds());
        }
    }

    @Test
    void anUnknownStatusInAnAtlasFileIsAnErrorAtItsNode() throws Exception {
        String xml = new String(export(small(), GraphmlFlavour.FLAT), StandardCharsets.UTF_8).replace(">PROPOSED<", ">PLANNED<");
        ImportException e = assertThrows(ImportException.class, () -> read(xml.getBytes(StandardCharsets.UTF_8), "bad.graphml"));
        assertTrue(e.getMessage().matches("bad\\.graphml:\\d+:\\d+: node \"pc\" has unknown status \"PLANNED\"\\..*"), e.getMessage());
    }

    @Test
    void aBrokenKindDeclarationIsAnErrorAtTheGraph() throws Exception {
        String xml = new String(export(small(), GraphmlFlavour.FLAT), StandardCharsets.UTF_8).replace("#8a2be2", "purple");
        ImportException e = assertThrows(ImportException.class, () -> read(xml.getBytes(StandardCharsets.UTF_8), "bad.graphml"));
        assertTrue(e.getMessage().matches("bad\\.graphml:\\d+:\\d+: declared kind 1 of atlasKinds: .*purple.*"), e.getMessage());
    }

    @Test
    void anotherToolsStatusColumnIsReadAndAWordItDoesNotKnowIsKept() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="k" for="node" attr.name="kind" attr.type="string"/>
                  <key id="s" for="node" attr.name="status" attr.type="string"/>
                  <graph edgedefault="directed">
                    <node id="a"><data key="k">Partnership board</data><data key="s">Shadow / designate</data></node>
                    <node id="b"><data key="k">Partnership board</data><data key="s">maybe</data></node>
                  </graph>
                </graphml>
                """;
        IcsModel m = read(xml.getBytes(StandardCharsets.UTF_8), "other.graphml").model();
        assertEquals(Status.SHADOW, m.element(ElementId.of("a")).orElseThrow().status());
        Element b = m.element(ElementId.of("b")).orElseThrow();
        assertEquals(Status.CURRENT, b.status());
        assertEquals("maybe", b.attributes().get("status"));
    }
}
