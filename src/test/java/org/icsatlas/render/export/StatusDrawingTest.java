package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.export;
import static org.icsatlas.render.export.ExportFixtures.groups;
import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.pdf;
import static org.icsatlas.render.export.ExportFixtures.parseXml;
import static org.icsatlas.render.export.ExportFixtures.request;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A status other than current is drawn on every export: dashed or dotted outline or greyed, a tag, a key entry. */
class StatusDrawingTest {

    @Test
    void bswProposedIcbIsDashedAndTaggedInTheSvgAndACurrentElementIsNot() throws Exception {
        IcsModel bsw = sample("bsw-wiltshire");
        DiagramView v = bsw.views().get(0);
        DiagramLayout l = layout(bsw, v);
        Document doc = parseXml(export(bsw, v, l, request(ExportFormat.SVG, PageSize.A4_LANDSCAPE, TitleBlock.titled("BSW"))));
        int proposed = 0;
        int current = 0;
        for (Element g : groups(doc)) {
            if (!g.getAttribute("class").startsWith("element ")) {
                continue;
            }
            org.icsatlas.model.Element e = bsw.element(ElementId.of(g.getAttribute("id"))).orElseThrow();
            Element outline = own(g, "outline").get(0);
            List<String> tags = own(g, "status-tag-text").stream().map(Node::getTextContent).toList();
            if (e.status() == Status.PROPOSED) {
                proposed++;
                assertTrue(g.getAttribute("class").contains("status-proposed"), g.getAttribute("class"));
                assertEquals("6 3", outline.getAttribute("stroke-dasharray"), e.id().value());
                assertEquals(List.of("proposed"), tags, e.id().value());
            } else if (e.status() == Status.CURRENT) {
                current++;
                assertFalse(outline.hasAttribute("stroke-dasharray"), e.id().value());
                assertEquals(List.of(), tags, e.id().value());
            }
        }
        assertTrue(bsw.element(ElementId.of("icb-board")).orElseThrow().status() == Status.PROPOSED);
        assertTrue(proposed > 0 && current > 0, proposed + " proposed, " + current + " current");
        List<String> key = new ArrayList<>();
        for (Element g : groups(doc)) {
            if (g.getAttribute("class").equals("legend")) {
                own(g, "legend-entry").forEach(t -> key.add(t.getTextContent()));
            }
        }
        assertTrue(key.contains("Proposed (dashed)"), key.toString());
    }

    @Test
    void bswPdfCarriesTheProposedTagAndTheKeyEntry() throws Exception {
        IcsModel bsw = sample("bsw-wiltshire");
        DiagramView v = bsw.views().get(0);
        try (PDDocument doc = pdf(bsw, v, layout(bsw, v), PageSize.A4_LANDSCAPE, TitleBlock.titled("BSW"))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("proposed"), "the proposed tag is on the page");
            assertTrue(text.contains("Proposed (dashed)"), "the key explains the mark");
        }
    }

    @Test
    void inSybEveryElementAndRelationIsTaggedExactlyWhenItHasAStatus() throws Exception {
        IcsModel syb = sample("south-yorkshire-bassetlaw");
        DiagramView v = syb.views().get(0);
        Document doc = parseXml(export(syb, v, layout(syb, v), request(ExportFormat.SVG, PageSize.A4_LANDSCAPE, TitleBlock.titled("SYB"))));
        int relations = 0;
        for (Element g : groups(doc)) {
            String cls = g.getAttribute("class");
            if (cls.startsWith("element ")) {
                Status s = syb.element(ElementId.of(g.getAttribute("id"))).orElseThrow().status();
                assertEquals(s != Status.CURRENT, !own(g, "status-tag").isEmpty(), g.getAttribute("id"));
            } else if (cls.startsWith("relation ")) {
                relations++;
                Status s = syb.relation(ElementId.of(g.getAttribute("id"))).orElseThrow().status();
                assertEquals(s != Status.CURRENT, cls.contains(" status-"), cls);
                assertEquals(s != Status.CURRENT, !own(g, "status-tag-text").isEmpty(), g.getAttribute("id"));
            }
        }
        assertTrue(relations > 0);
    }

    /** The group's own (not nested) children with class {@code role}. */
    private static List<Element> own(Element g, String role) {
        List<Element> out = new ArrayList<>();
        for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && role.equals(e.getAttribute("class"))) {
                out.add(e);
            }
        }
        return out;
    }
}
