package org.icsatlas.render.export;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.style.StyleTable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Samples, layouts and parsed exports for the export tests. */
final class ExportFixtures {
    static final DiagramExport EXPORT = new DiagramExport(StyleTable.standard());

    private ExportFixtures() {
    }

    static IcsModel sample(String name) {
        try {
            return new AtlasJsonReader().readSample(name);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
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
