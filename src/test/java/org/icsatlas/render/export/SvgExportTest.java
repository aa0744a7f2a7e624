package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.EMOJI;
import static org.icsatlas.render.export.ExportFixtures.HOSTILE;
import static org.icsatlas.render.export.ExportFixtures.RTL;
import static org.icsatlas.render.export.ExportFixtures.export;
import static org.icsatlas.render.export.ExportFixtures.hostileModel;
import static org.icsatlas.render.export.ExportFixtures.groups;
import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.parentGroup;
import static org.icsatlas.render.export.ExportFixtures.parseXml;
import static org.icsatlas.render.export.ExportFixtures.request;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.icsatlas.render.export.ExportFixtures.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.RelationKind;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class SvgExportTest {
    @Test
    void oneGroupPerVisibleElementWithItsIdNestedInItsFootprintsGroup() throws Exception {
        IcsModel syb = sample("south-yorkshire-bassetlaw");
        DiagramView v = syb.views().get(0);
        DiagramLayout l = layout(syb, v);
        Document doc = parseXml(export(syb, v, l, request(ExportFormat.SVG, PageSize.A4_LANDSCAPE, TitleBlock.titled("SYB"))));
        Map<String, Element> byId = new HashMap<>();
        for (Element g : groups(doc)) {
            assertNull(byId.put(g.getAttribute("id"), g), "ids are unique: " + g.getAttribute("id"));
        }
        long elementGroups = groups(doc).stream().filter(g -> g.getAttribute("class").startsWith("element ")).count();
        assertEquals(l.nodes().size(), elementGroups);
        for (NodeLayout n : l.nodes().values()) {
            Element g = byId.get(n.id().value());
            assertNotNull(g, n.id().value());
            assertTrue(g.getAttribute("class").contains("kind-"), g.getAttribute("class"));
            assertEquals(n.parent().value(), parentGroup(g).getAttribute("id"), "nested in its footprint");
            assertEquals(syb.element(n.id()).orElseThrow().name(), title(g));
        }
        for (var f : l.footprints().values()) {
            if (f.parent() != null) {
                assertEquals(f.parent().value(), parentGroup(byId.get(f.id().value())).getAttribute("id"));
            }
        }
    }

    private static void assertNull(Object o, String message) {
        assertTrue(o == null, message);
    }

    @Test
    void hostileNamesComeOutEscapedAndIntact() throws Exception {
        IcsModel m = hostileModel();
        DiagramView v = DiagramView.whole("v", "V");
        byte[] svg = export(m, v, layout(m, v), request(ExportFormat.SVG, PageSize.FIT, TitleBlock.titled(HOSTILE)));
        String raw = new String(svg, StandardCharsets.UTF_8);
        assertFalse(raw.contains("<script>"), "escaped");
        Document doc = parseXml(svg);
        Element board = groups(doc).stream().filter(g -> g.getAttribute("id").equals("board")).findFirst().orElseThrow();
        assertEquals(HOSTILE, title(board));
        String allText = doc.getDocumentElement().getTextContent();
        assertTrue(allText.contains("System & <Co>"));
        assertTrue(allText.contains("Trust \"quoted\""));
        assertTrue(allText.contains(EMOJI), "emoji intact");
        assertTrue(allText.contains(RTL), "right-to-left text intact");
    }

    /** The same drawing feeds screen and export: each element's outline in the SVG spans exactly its layout box. */
    @Test
    void theBoxesInTheSvgAreTheLayoutsBoxes() throws Exception {
        IcsModel bsw = sample("bsw-wiltshire");
        DiagramView v = bsw.views().get(0);
        DiagramLayout l = layout(bsw, v);
        Document doc = parseXml(export(bsw, v, l, request(ExportFormat.SVG, PageSize.FIT, null)));
        Map<String, Box> outlines = outlines(doc);
        StyleTable style = StyleTable.standard();
        for (NodeLayout n : l.nodes().values()) {
            Box b = l.absolute(n.id()).orElseThrow();
            Box o = outlines.get(n.id().value());
            double half = style.element(bsw.element(n.id()).orElseThrow().kind()).strokeWidth() / 2;
            assertNotNull(o, n.id().value());
            assertEquals(b.x(), o.x() - half, 0.02, n.id().value());
            assertEquals(b.y(), o.y() - half, 0.02, n.id().value());
            assertEquals(b.width(), o.width() + 2 * half, 0.03, n.id().value());
            assertEquals(b.height(), o.height() + 2 * half, 0.03, n.id().value());
        }
    }

    /** Each element group's outline (its first shape) as a bounding box, by group id. */
    static Map<String, Box> outlines(Document doc) {
        Map<String, Box> out = new HashMap<>();
        for (Element g : groups(doc)) {
            if (!g.getAttribute("class").startsWith("element ")) {
                continue;
            }
            for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && "outline".equals(e.getAttribute("class"))) {
                    out.put(g.getAttribute("id"), bbox(e));
                    break;
                }
            }
        }
        return out;
    }

    private static Box bbox(Element e) {
        switch (e.getLocalName()) {
            case "rect":
                return new Box(d(e, "x"), d(e, "y"), d(e, "width"), d(e, "height"));
            case "ellipse":
                return new Box(d(e, "cx") - d(e, "rx"), d(e, "cy") - d(e, "ry"), 2 * d(e, "rx"), 2 * d(e, "ry"));
            default:
                double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                for (String p : e.getAttribute("points").split(" ")) {
                    String[] xy = p.split(",");
                    double x = Double.parseDouble(xy[0]);
                    double y = Double.parseDouble(xy[1]);
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
                return new Box(minX, minY, maxX - minX, maxY - minY);
        }
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void relationsAreGroupsWithTheirKindAndTextIsRealText() throws Exception {
        IcsModel syb = sample("south-yorkshire-bassetlaw");
        DiagramView v = syb.views().get(0);
        DiagramLayout l = layout(syb, v);
        Document doc = parseXml(export(syb, v, l, request(ExportFormat.SVG, PageSize.A3_LANDSCAPE, null)));
        List<Element> relations = groups(doc).stream().filter(g -> g.getAttribute("class").startsWith("relation ")).toList();
        assertEquals(l.edges().values().stream().filter(e -> e.points().size() >= 2).count(), relations.size());
        assertTrue(relations.stream().anyMatch(g -> g.getAttribute("class").equals("relation relation-reports-to")));
        assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() > l.nodes().size());
        assertEquals(RelationKind.values().length, RelationKind.values().length);
    }
}
