package org.icsatlas.render.export;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.render.style.StyleTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Samples, layouts and parsed exports for the export tests. */
final class ExportFixtures {
    static final DiagramExport EXPORT = new DiagramExport(StyleTable.standard());
    /** Right-to-left Hebrew ("committee"), as the SVG and PDF must keep it. */
    static final String RTL = "\u05d5\u05e2\u05d3\u05d4";
    /** A hospital emoji, outside the shipped font and outside the Basic Multilingual Plane. */
    static final String EMOJI = "\ud83c\udfe5";
    /** A name a user could type: markup, an ampersand, quotes, right-to-left text and an emoji. */
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'Board' " + RTL + " " + EMOJI;

    private ExportFixtures() {
    }

    static IcsModel sample(String name) {
        try {
            return new AtlasJsonReader().readSample(name);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A system "System & <Co>" holding a board named {@link #HOSTILE} and a trust "Trust \"quoted\"" that chairs it. */
    static IcsModel hostileModel() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("sys", "System & <Co>", FootprintLevel.SYSTEM), null, -1);
        m.addElement(org.icsatlas.model.Element.of("board", BodyKind.INTEGRATED_CARE_BOARD, HOSTILE), ElementId.of("sys"), -1);
        m.addElement(org.icsatlas.model.Element.of("trust", OrganisationKind.ACUTE_TRUST, "Trust \"quoted\""), ElementId.of("sys"), -1);
        m.addRelation(Relation.membership("r", "trust", "board", MemberRole.CHAIR, true), -1);
        return m;
    }

    static DiagramView view(IcsModel model, String name) {
        return model.views().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    static DiagramLayout layout(IcsModel model, DiagramView view) {
        return LayoutEngine.standard().layout(model, view);
    }

    static byte[] export(IcsModel model, DiagramView view, DiagramLayout layout, ExportRequest request) throws RenderException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.export(model, view, layout, request, out);
        return out.toByteArray();
    }

    /** The view exported as a PDF on {@code size} with {@code tb}, opened with PDFBox; the caller closes it. */
    static PDDocument pdf(IcsModel model, DiagramView view, DiagramLayout layout, PageSize size, TitleBlock tb)
            throws Exception {
        return Loader.loadPDF(export(model, view, layout, request(ExportFormat.PDF, size, tb)));
    }

    static ExportRequest request(ExportFormat format, PageSize size, TitleBlock tb) {
        return new ExportRequest(format, PageSetup.of(size, tb), 150, false, ExportScope.wholeView());
    }

    static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** Every {@code <g>} element of an SVG document, in document order. */
    static List<Element> groups(Document doc) {
        List<Element> out = new ArrayList<>();
        var list = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    /** The nearest enclosing {@code <g>} of a node. */
    static Element parentGroup(Node n) {
        for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
            if (p instanceof Element e && e.getLocalName().equals("g")) {
                return e;
            }
        }
        return null;
    }

    /** The text of a group's own {@code <title>} child. */
    static String title(Element g) {
        for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("title")) {
                return e.getTextContent();
            }
        }
        return null;
    }
}
