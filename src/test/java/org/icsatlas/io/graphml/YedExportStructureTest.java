package org.icsatlas.io.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.io.xml.SafeXml;
import org.icsatlas.model.Element;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The yEd export of each sample has the structure yEd writes itself (as in networkx's yEd fixtures and the TOOLCHAIN
 * notes): yfiles keys, groups with an open and a closed realizer and a nested graph, labelled shape nodes, polyline
 * edges all in the top-level graph, ids like {@code n0::n1}.
 */
class YedExportStructureTest {
    private static final String Y = GraphmlNames.NAMESPACE_Y;
    private static final String G = GraphmlNames.NAMESPACE_GRAPHML;

    static List<String> samples() {
        return GraphmlTesting.SAMPLES;
    }

    private static Document parse(byte[] xml) throws Exception {
        var f = SafeXml.documentBuilderFactory();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<org.w3c.dom.Element> all(Document d, String ns, String name) {
        NodeList list = d.getElementsByTagNameNS(ns, name);
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((org.w3c.dom.Element) list.item(i));
        }
        return out;
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String ns, String name) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void groupsCarryOpenAndClosedRealizersAndANestedGraph(String sample) throws Exception {
        IcsModel model = GraphmlTesting.sample(sample);
        Document d = parse(GraphmlTesting.export(model, GraphmlFlavour.YED));
        List<org.w3c.dom.Element> groups = all(d, G, "node").stream().filter(n -> "group".equals(n.getAttribute("yfiles.foldertype"))).toList();
        assertEquals(model.footprintCount(), groups.size());
        Set<String> groupLabels = new HashSet<>();
        for (org.w3c.dom.Element group : groups) {
            org.w3c.dom.Element proxy = (org.w3c.dom.Element) group.getElementsByTagNameNS(Y, "ProxyAutoBoundsNode").item(0);
            org.w3c.dom.Element realizers = children(proxy, Y, "Realizers").get(0);
            assertEquals("0", realizers.getAttribute("active"));
            List<org.w3c.dom.Element> states = children(realizers, Y, "GroupNode");
            assertEquals(2, states.size());
            for (int i = 0; i < 2; i++) {
                org.w3c.dom.Element state = states.get(i);
                for (String part : List.of("Geometry", "Fill", "BorderStyle", "NodeLabel", "Shape", "State", "Insets")) {
                    assertEquals(1, children(state, Y, part).size(), part + " in " + group.getAttribute("id"));
                }
                assertEquals(i == 1 ? "true" : "false", children(state, Y, "State").get(0).getAttribute("closed"));
                org.w3c.dom.Element label = children(state, Y, "NodeLabel").get(0);
                assertEquals("internal", label.getAttribute("modelName"));
                assertEquals("t", label.getAttribute("modelPosition"));
            }
            groupLabels.add(children(states.get(0), Y, "NodeLabel").get(0).getTextContent());
            org.w3c.dom.Element nested = children(group, G, "graph").get(0);
            assertEquals(group.getAttribute("id") + ":", nested.getAttribute("id"));
            for (org.w3c.dom.Element child : children(nested, G, "node")) {
                assertTrue(child.getAttribute("id").startsWith(group.getAttribute("id") + "::n"), child.getAttribute("id"));
            }
        }
        Set<String> footprintNames = new HashSet<>();
        model.footprints().stream().map(Footprint::name).forEach(footprintNames::add);
        assertEquals(footprintNames, groupLabels);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void elementsAreLabelledShapeNodesAndEveryEdgeSitsInTheTopLevelGraph(String sample) throws Exception {
        IcsModel model = GraphmlTesting.sample(sample);
        Document d = parse(GraphmlTesting.export(model, GraphmlFlavour.YED));
        List<org.w3c.dom.Element> shapes = all(d, Y, "ShapeNode");
        assertEquals(model.elementCount(), shapes.size());
        Set<String> labels = new HashSet<>();
        for (org.w3c.dom.Element shape : shapes) {
            for (String part : List.of("Geometry", "Fill", "BorderStyle", "NodeLabel", "Shape")) {
                assertEquals(1, children(shape, Y, part).size(), part);
            }
            labels.add(children(shape, Y, "NodeLabel").get(0).getTextContent().replaceAll("\\s+", " "));
            double width = Double.parseDouble(children(shape, Y, "Geometry").get(0).getAttribute("width"));
            assertTrue(width > 0);
        }
        Set<String> names = new HashSet<>();
        model.elements().stream().map(Element::name).map(n -> n.replaceAll("\\s+", " ")).forEach(names::add);
        assertEquals(names, labels);
        org.w3c.dom.Element top = children(d.getDocumentElement(), G, "graph").get(0);
        assertEquals(model.relationCount(), children(top, G, "edge").size());
        assertEquals(model.relationCount(), all(d, G, "edge").size(), "no edge inside a nested graph");
        assertEquals(model.relationCount(), all(d, Y, "PolyLineEdge").size());
        for (org.w3c.dom.Element line : all(d, Y, "LineStyle")) {
            assertTrue(Set.of("line", "dashed", "dotted").contains(line.getAttribute("type")));
        }
        Set<String> yfilesTypes = new HashSet<>();
        for (org.w3c.dom.Element key : children(d.getDocumentElement(), G, "key")) {
            if (key.hasAttribute("yfiles.type")) {
                yfilesTypes.add(key.getAttribute("yfiles.type"));
            }
        }
        assertEquals(Set.of("nodegraphics", "edgegraphics", "resources"), yfilesTypes);
    }
}
