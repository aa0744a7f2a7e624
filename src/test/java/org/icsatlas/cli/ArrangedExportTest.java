package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reproducible layout: a view laid out for one window shape, saved, and exported from the command line draws the
 * same boxes the window showed, because the arrangement is saved with the view.
 */
class ArrangedExportTest {
    @TempDir
    Path dir;

    @Test
    void aCommandLineExportDrawsTheBoxesOfTheWindowTheViewWasArrangedIn() throws Exception {
        IcsModel model = new AtlasJsonReader().readSample("south-yorkshire-bassetlaw");
        DiagramView view = model.views().get(0);
        double tallWindow = 900.0 / 1400;
        DiagramLayout seen = LayoutEngine.standard().withAspectRatio(tallWindow).layout(model, view);
        DiagramLayout wide = LayoutEngine.standard().layout(model, view);
        assertNotEquals(boxes(seen), boxes(wide), "the window's shape changes the arrangement, or this test proves nothing");

        model.updateView(view.withArrangedAspect(tallWindow));
        Path file = dir.resolve("arranged.icsatlas.json");
        new AtlasJsonWriter().exportModel(model, file);
        assertTrue(Files.readString(file).contains("\"arrangedAspect\""));
        assertEquals(tallWindow, new AtlasJsonReader().importModel(file).views().get(0).arrangedAspect(), 1e-12);

        Path svg = dir.resolve("arranged.svg");
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertEquals(0, AtlasCommand.run(new String[] {"export", file.toString(), "--format", "svg", "--page", "fit",
                    "--out", svg.toString()}));
        } finally {
            System.setOut(original);
        }
        Map<String, Box> drawn = outlines(svg);
        StyleTable style = StyleTable.standard();
        for (NodeLayout n : seen.nodes().values()) {
            Box b = seen.absolute(n.id()).orElseThrow();
            Box o = drawn.get(n.id().value());
            assertNotNull(o, n.id().value());
            double half = style.element(model.element(n.id()).orElseThrow().kind()).strokeWidth() / 2;
            assertEquals(b.x(), o.x() - half, 0.02, n.id().value());
            assertEquals(b.y(), o.y() - half, 0.02, n.id().value());
        }
    }

    private static Map<String, Box> boxes(DiagramLayout l) {
        Map<String, Box> out = new HashMap<>();
        l.nodes().keySet().forEach(id -> out.put(id.value(), l.absolute(id).orElseThrow()));
        return out;
    }

    /** The top-left of each element's outline (a rect, ellipse or polygon) in the SVG, by element id. */
    private static Map<String, Box> outlines(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(svg.toFile());
        Map<String, Box> out = new HashMap<>();
        NodeList gs = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (!g.getAttribute("class").startsWith("element ")) {
                continue;
            }
            for (Node c = g.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && "outline".equals(e.getAttribute("class"))) {
                    out.put(g.getAttribute("id"), topLeft(e));
                    break;
                }
            }
        }
        return out;
    }

    private static Box topLeft(Element e) {
        return switch (e.getLocalName()) {
            case "rect" -> new Box(Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")), 0, 0);
            case "ellipse" -> new Box(Double.parseDouble(e.getAttribute("cx")) - Double.parseDouble(e.getAttribute("rx")),
                    Double.parseDouble(e.getAttribute("cy")) - Double.parseDouble(e.getAttribute("ry")), 0, 0);
            default -> {
                double x = Double.MAX_VALUE, y = Double.MAX_VALUE;
                for (String p : e.getAttribute("points").split(" ")) {
                    String[] xy = p.split(",");
                    x = Math.min(x, Double.parseDouble(xy[0]));
                    y = Math.min(y, Double.parseDouble(xy[1]));
                }
                yield new Box(x, y, 0, 0);
            }
        };
    }
}
