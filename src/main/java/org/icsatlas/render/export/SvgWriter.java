package org.icsatlas.render.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.ShippedFont;
import org.icsatlas.render.drawing.Drawing;
import org.icsatlas.render.drawing.Figure;
import org.icsatlas.render.drawing.FontFace;
import org.icsatlas.render.drawing.Group;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.Stroke;
import org.icsatlas.render.drawing.Transform;

/**
 * Writes a page as SVG with the JDK's {@link XMLStreamWriter}: a {@code <g>} per group of the drawing (footprints
 * nesting like the footprints, each element and relation its own) with its id, a CSS class per kind, and
 * {@code <title>} and {@code <desc>} for screen readers; text as real {@code <text>} in the shipped font's family.
 * The writer escapes all text; characters XML cannot carry are dropped.
 */
public final class SvgWriter {
    private static final String SVG = "http://www.w3.org/2000/svg";

    /** Writes {@code page} to {@code out} (not closed). */
    public void write(Page page, OutputStream out) throws RenderException {
        Drawing d = page.drawing();
        try {
            // the JDK's writer sends an OutputStream one byte at a time: give it a buffered character stream
            Writer chars = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(chars);
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("svg");
            w.writeDefaultNamespace(SVG);
            w.writeAttribute("version", "1.1");
            w.writeAttribute("width", num(d.width()) + "pt");
            w.writeAttribute("height", num(d.height()) + "pt");
            w.writeAttribute("viewBox", "0 0 " + num(d.width()) + " " + num(d.height()));
            w.writeAttribute("role", "img");
            w.writeAttribute("font-family", ShippedFont.FALLBACK_FAMILIES);
            w.writeCharacters("\n");
            w.writeStartElement("style");
            w.writeCharacters("text{white-space:pre}.element:hover>*:first-of-type{stroke-width:3}");
            w.writeEndElement();
            group(w, d.root());
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            chars.flush();
        } catch (IOException e) {
            throw new RenderException("cannot write the SVG: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new RenderException("cannot write the SVG: " + e.getMessage(), e);
        }
    }

    private void group(XMLStreamWriter w, Group g) throws XMLStreamException {
        w.writeCharacters("\n");
        w.writeStartElement("g");
        w.writeAttribute("id", clean(g.id()));
        w.writeAttribute("class", clean(g.kind()));
        if (PageComposer.isWatermark(g)) {
            // greys the paper, never lightens the text it crosses (as in the PDF)
            w.writeAttribute("style", "mix-blend-mode:multiply");
        }
        Transform t = g.transform();
        if (!t.isIdentity()) {
            w.writeAttribute("transform", "translate(" + num(t.dx()) + " " + num(t.dy()) + ")"
                    + (t.scale() == 1 ? "" : " scale(" + num(t.scale()) + ")"));
        }
        if (!g.title().isEmpty()) {
            w.writeStartElement("title");
            w.writeCharacters(clean(g.title()));
            w.writeEndElement();
        }
        if (!g.description().isEmpty()) {
            w.writeStartElement("desc");
            w.writeCharacters(clean(g.description()));
            w.writeEndElement();
        }
        for (Mark m : g.marks()) {
            if (m instanceof Mark.Paint p) {
                paint(w, p);
            } else if (m instanceof Mark.Text text) {
                text(w, text);
            }
        }
        for (Group c : g.children()) {
            group(w, c);
        }
        w.writeEndElement();
    }

    private void paint(XMLStreamWriter w, Mark.Paint p) throws XMLStreamException {
        Figure f = p.figure();
        if (f instanceof Figure.Rect r) {
            w.writeEmptyElement("rect");
            w.writeAttribute("x", num(r.x()));
            w.writeAttribute("y", num(r.y()));
            w.writeAttribute("width", num(r.width()));
            w.writeAttribute("height", num(r.height()));
            if (r.radius() > 0) {
                w.writeAttribute("rx", num(r.radius()));
            }
        } else if (f instanceof Figure.Oval o) {
            w.writeEmptyElement("ellipse");
            w.writeAttribute("cx", num(o.x() + o.width() / 2));
            w.writeAttribute("cy", num(o.y() + o.height() / 2));
            w.writeAttribute("rx", num(o.width() / 2));
            w.writeAttribute("ry", num(o.height() / 2));
        } else if (f instanceof Figure.Poly poly) {
            w.writeEmptyElement(poly.closed() ? "polygon" : "polyline");
            w.writeAttribute("points", points(poly.points()));
        }
        w.writeAttribute("class", p.role());
        w.writeAttribute("fill", p.fill() == null ? "none" : p.fill());
        if (p.fill() != null && p.fillOpacity() < 1) {
            w.writeAttribute("fill-opacity", num(p.fillOpacity()));
        }
        Stroke s = p.stroke();
        if (s != null) {
            w.writeAttribute("stroke", s.colour());
            w.writeAttribute("stroke-width", num(s.width()));
            if (!s.dash().isEmpty()) {
                StringBuilder b = new StringBuilder();
                for (double v : s.dash()) {
                    b.append(b.isEmpty() ? "" : " ").append(num(v));
                }
                w.writeAttribute("stroke-dasharray", b.toString());
            }
            w.writeAttribute("stroke-linecap", s.roundCaps() ? "round" : "butt");
            w.writeAttribute("stroke-linejoin", "round");
        }
    }

    private void text(XMLStreamWriter w, Mark.Text t) throws XMLStreamException {
        w.writeStartElement("text");
        w.writeAttribute("class", t.role());
        w.writeAttribute("x", num(t.x()));
        w.writeAttribute("y", num(t.baseline()));
        w.writeAttribute("font-size", num(t.size()));
        if (t.face() == FontFace.BOLD) {
            w.writeAttribute("font-weight", "bold");
        }
        w.writeAttribute("fill", t.colour());
        if (t.opacity() < 1) {
            w.writeAttribute("fill-opacity", num(t.opacity()));
        }
        if (t.angle() != 0) {
            w.writeAttribute("transform", "rotate(" + num(t.angle()) + " " + num(t.x()) + " " + num(t.baseline()) + ")");
        }
        // what the layout measured: a viewer with a wider fallback font squeezes the run instead of overflowing
        w.writeAttribute("textLength", num(t.width()));
        w.writeAttribute("lengthAdjust", "spacingAndGlyphs");
        w.writeCharacters(clean(t.text()));
        w.writeEndElement();
    }

    private static String points(List<Point> pts) {
        StringBuilder b = new StringBuilder(pts.size() * 12);
        for (Point p : pts) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(num(p.x())).append(',').append(num(p.y()));
        }
        return b.toString();
    }

    /** Two decimals at most, no trailing zeros. */
    static String num(double v) {
        long r = Math.round(v * 100);
        if (r % 100 == 0) {
            return Long.toString(r / 100);
        }
        String sign = r < 0 ? "-" : "";
        long a = Math.abs(r);
        String frac = a % 100 < 10 ? "0" + a % 100 : Long.toString(a % 100);
        if (frac.endsWith("0")) {
            frac = frac.substring(0, 1);
        }
        return sign + a / 100 + "." + frac;
    }

    /** The text without characters XML 1.0 cannot carry (control characters, lone surrogates). */
    static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                    || Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
