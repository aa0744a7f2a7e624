package org.icsatlas.io.graphml;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.xml.XmlWriter;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.model.Element;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.Relation;

/**
 * Writes yEd's graphics data: a {@code y:ShapeNode} per element, a {@code y:ProxyAutoBoundsNode} with an open and a
 * closed {@code y:GroupNode} realizer per footprint, and a {@code y:PolyLineEdge} per relation, at the absolute
 * positions of the layout and in the colours, shapes and line styles of the look.
 */
final class YedGraphics {
    private static final Box FALLBACK = new Box(0, 0, 120, 40);

    private final XmlWriter xml;
    private final YedLook look;
    private final DiagramLayout layout;

    YedGraphics(XmlWriter xml, YedLook look, DiagramLayout layout) {
        this.xml = xml;
        this.look = look;
        this.layout = layout;
    }

    void shape(Element e) throws IOException, ExportException {
        YedLook.Node n = look.node(e.kind());
        Box b = layout.absolute(e.id()).orElse(FALLBACK);
        List<String> lines = layout.metrics().nodeLines(e.name());
        xml.start("data", "key", "d_ng");
        xml.start("y:ShapeNode");
        geometry(b);
        xml.empty("y:Fill", "color", n.fill(), "transparent", "false");
        xml.empty("y:BorderStyle", "color", n.border(), "raised", "false", "type", "line", "width", number(n.borderWidth()));
        xml.textElement("y:NodeLabel", String.join("\n", lines), "alignment", "center", "autoSizePolicy", "content",
                "fontFamily", look.fontFamily(), "fontSize", Long.toString(Math.round(look.fontSize())), "fontStyle", "plain",
                "hasBackgroundColor", "false", "hasLineColor", "false", "horizontalTextPosition", "center",
                "modelName", "internal", "modelPosition", "c", "textColor", n.text(), "verticalTextPosition", "bottom",
                "visible", "true");
        xml.empty("y:Shape", "type", n.shape());
        xml.end();
        xml.end();
    }

    void group(Footprint f) throws IOException, ExportException {
        YedLook.Group g = look.group(f.level());
        Box b = layout.absolute(f.id()).orElse(FALLBACK);
        FootprintLayout fl = layout.footprints().get(f.id());
        double header = fl == null ? layout.metrics().headerHeight() : fl.headerHeight();
        xml.start("data", "key", "d_ng");
        xml.start("y:ProxyAutoBoundsNode");
        xml.start("y:Realizers", "active", "0");
        groupNode(f, g, b, header, false);
        double closedWidth = Math.max(80, layout.metrics().collapsedWidth(f.name()));
        double closedHeight = Math.max(40, layout.metrics().collapsedHeight());
        groupNode(f, g, new Box(b.x(), b.y(), closedWidth, closedHeight), header, true);
        xml.end();
        xml.end();
        xml.end();
    }

    private void groupNode(Footprint f, YedLook.Group g, Box b, double header, boolean closed) throws IOException, ExportException {
        xml.start("y:GroupNode");
        geometry(b);
        xml.empty("y:Fill", "color", g.fill(), "transparent", "false");
        xml.empty("y:BorderStyle", "color", g.border(), "type", "line", "width", number(g.borderWidth()));
        xml.textElement("y:NodeLabel", f.name(), "alignment", "left", "autoSizePolicy", "node_width",
                "backgroundColor", g.headerFill(), "borderDistance", "0.0", "fontFamily", look.fontFamily(),
                "fontSize", Long.toString(Math.round(g.fontSize())), "fontStyle", "bold", "hasLineColor", "false",
                "height", number(header), "horizontalTextPosition", "center", "modelName", "internal",
                "modelPosition", "t", "textColor", g.headerText(), "verticalTextPosition", "bottom", "visible", "true");
        xml.empty("y:Shape", "type", "roundrectangle");
        xml.empty("y:State", "closed", Boolean.toString(closed), "closedHeight", number(Math.max(40, layout.metrics().collapsedHeight())),
                "closedWidth", number(Math.max(80, layout.metrics().collapsedWidth(f.name()))), "innerGraphDisplayEnabled", "false");
        String inset = closed ? "5" : "15";
        xml.empty("y:Insets", "bottom", inset, "bottomF", inset + ".0", "left", inset, "leftF", inset + ".0",
                "right", inset, "rightF", inset + ".0", "top", inset, "topF", inset + ".0");
        xml.end();
    }

    void edge(Relation r) throws IOException, ExportException {
        YedLook.Edge e = look.edge(r.kind());
        EdgeLayout route = layout.edges().get(r.id());
        xml.start("data", "key", "d_eg");
        xml.start("y:PolyLineEdge");
        Box from = layout.absolute(r.source()).orElse(null);
        Box to = layout.absolute(r.target()).orElse(null);
        if (route != null && from != null && to != null && route.points().size() >= 2) {
            List<Point> p = route.points();
            Point first = p.get(0);
            Point last = p.get(p.size() - 1);
            xml.start("y:Path", "sx", number(first.x() - from.centreX()), "sy", number(first.y() - from.centreY()),
                    "tx", number(last.x() - to.centreX()), "ty", number(last.y() - to.centreY()));
            for (Point bend : p.subList(1, p.size() - 1)) {
                xml.empty("y:Point", "x", number(bend.x()), "y", number(bend.y()));
            }
            xml.end();
        } else {
            xml.empty("y:Path", "sx", "0.0", "sy", "0.0", "tx", "0.0", "ty", "0.0");
        }
        xml.empty("y:LineStyle", "color", e.colour(), "type", e.lineType(), "width", number(e.width()));
        xml.empty("y:Arrows", "source", e.sourceArrow(), "target", e.targetArrow());
        String label = EdgeLayout.labelText(r);
        if (!label.isEmpty()) {
            xml.textElement("y:EdgeLabel", label, "alignment", "center", "distance", "2.0", "fontFamily", look.fontFamily(),
                    "fontSize", "10", "fontStyle", "plain", "hasBackgroundColor", "true", "backgroundColor", "#FFFFFF",
                    "hasLineColor", "false", "modelName", "centered", "modelPosition", "center", "preferredPlacement", "anywhere",
                    "ratio", "0.5", "textColor", "#1B2631", "visible", "true");
        }
        xml.empty("y:BendStyle", "smoothed", "false");
        xml.end();
        xml.end();
    }

    private void geometry(Box b) throws IOException, ExportException {
        xml.empty("y:Geometry", "height", number(b.height()), "width", number(b.width()), "x", number(b.x()), "y", number(b.y()));
    }

    /** A number as yEd writes it: always with a decimal point, never in exponent form. */
    static String number(double v) {
        if (!Double.isFinite(v)) {
            return "0.0";
        }
        double rounded = Math.round(v * 1000) / 1000.0;
        String s = String.format(Locale.ROOT, "%.3f", rounded);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
