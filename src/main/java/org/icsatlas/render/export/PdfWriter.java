package org.icsatlas.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import org.icsatlas.layout.Point;
import org.icsatlas.render.drawing.Figure;
import org.icsatlas.render.drawing.FontFace;
import org.icsatlas.render.drawing.Group;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.Stroke;
import org.icsatlas.render.drawing.Transform;

/**
 * Writes pages as a vector PDF with PDFBox's own content streams: shapes as paths, text as real text in the
 * shipped font (embedded as a subset, so it is selectable and searchable), document title, author and subject in
 * the metadata. Characters the font has no glyph for print as "?".
 */
public final class PdfWriter {
    /** Bézier handle length for a quarter circle of radius 1. */
    private static final double KAPPA = 0.5522847498;

    /** The document's metadata. */
    public record Metadata(String title, String author, String subject) {
    }

    /** Writes {@code pages} as one PDF to {@code out} (not closed). */
    public void write(List<Page> pages, Metadata meta, OutputStream out) throws RenderException {
        try (PDDocument doc = new PDDocument()) {
            Map<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
            for (FontFace f : FontFace.values()) {
                try (InputStream in = f.font().open()) {
                    fonts.put(f, PDType0Font.load(doc, in, true));
                }
            }
            for (Page page : pages) {
                PDPage p = new PDPage(new PDRectangle((float) page.drawing().width(), (float) page.drawing().height()));
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    // y grows downwards in the drawing, as on screen
                    cs.transform(new Matrix(1, 0, 0, -1, 0, (float) page.drawing().height()));
                    new Painter(cs, fonts).group(page.drawing().root());
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(meta.title());
            info.setAuthor(meta.author());
            info.setSubject(meta.subject());
            info.setCreator("ICS Atlas");
            info.setProducer("ICS Atlas with Apache PDFBox");
            info.setCreationDate(Calendar.getInstance());
            doc.save(out);
        } catch (IOException e) {
            throw new RenderException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    /** Paints one page's groups into its content stream. */
    private static final class Painter {
        private final PDPageContentStream cs;
        private final Map<FontFace, PDType0Font> fonts;
        private final Map<Double, PDExtendedGraphicsState> alphas = new HashMap<>();

        Painter(PDPageContentStream cs, Map<FontFace, PDType0Font> fonts) {
            this.cs = cs;
            this.fonts = fonts;
        }

        void group(Group g) throws IOException {
            Transform t = g.transform();
            boolean moved = !t.isIdentity();
            if (moved) {
                cs.saveGraphicsState();
                cs.transform(new Matrix((float) t.scale(), 0, 0, (float) t.scale(), (float) t.dx(), (float) t.dy()));
            }
            for (Mark m : g.marks()) {
                if (m instanceof Mark.Paint p) {
                    paint(p);
                } else if (m instanceof Mark.Text text) {
                    text(text);
                }
            }
            for (Group c : g.children()) {
                group(c);
            }
            if (moved) {
                cs.restoreGraphicsState();
            }
        }

        private void paint(Mark.Paint p) throws IOException {
            boolean translucent = p.fill() != null && p.fillOpacity() < 1;
            if (translucent) {
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(alpha(p.fillOpacity()));
            }
            if (p.fill() != null) {
                float[] c = rgb(p.fill());
                cs.setNonStrokingColor(c[0], c[1], c[2]);
                path(p.figure());
                cs.fill();
            }
            Stroke s = p.stroke();
            if (s != null) {
                float[] c = rgb(s.colour());
                cs.setStrokingColor(c[0], c[1], c[2]);
                cs.setLineWidth((float) s.width());
                float[] dash = new float[s.dash().size()];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = s.dash().get(i).floatValue();
                }
                cs.setLineDashPattern(dash, 0);
                cs.setLineCapStyle(s.roundCaps() ? 1 : 0);
                cs.setLineJoinStyle(1);
                path(p.figure());
                cs.stroke();
            }
            if (translucent) {
                cs.restoreGraphicsState();
            }
        }

        private void path(Figure f) throws IOException {
            if (f instanceof Figure.Rect r) {
                if (r.radius() <= 0) {
                    cs.addRect((float) r.x(), (float) r.y(), (float) r.width(), (float) r.height());
                } else {
                    roundedRect(r.x(), r.y(), r.width(), r.height(), Math.min(r.radius(), Math.min(r.width(), r.height()) / 2));
                }
            } else if (f instanceof Figure.Oval o) {
                ellipse(o.x(), o.y(), o.width(), o.height());
            } else if (f instanceof Figure.Poly poly) {
                List<Point> pts = poly.points();
                cs.moveTo((float) pts.get(0).x(), (float) pts.get(0).y());
                for (int i = 1; i < pts.size(); i++) {
                    cs.lineTo((float) pts.get(i).x(), (float) pts.get(i).y());
                }
                if (poly.closed()) {
                    cs.closePath();
                }
            }
        }

        private void roundedRect(double x, double y, double w, double h, double r) throws IOException {
            double k = r * KAPPA;
            cs.moveTo(f(x + r), f(y));
            cs.lineTo(f(x + w - r), f(y));
            cs.curveTo(f(x + w - r + k), f(y), f(x + w), f(y + r - k), f(x + w), f(y + r));
            cs.lineTo(f(x + w), f(y + h - r));
            cs.curveTo(f(x + w), f(y + h - r + k), f(x + w - r + k), f(y + h), f(x + w - r), f(y + h));
            cs.lineTo(f(x + r), f(y + h));
            cs.curveTo(f(x + r - k), f(y + h), f(x), f(y + h - r + k), f(x), f(y + h - r));
            cs.lineTo(f(x), f(y + r));
            cs.curveTo(f(x), f(y + r - k), f(x + r - k), f(y), f(x + r), f(y));
            cs.closePath();
        }

        private void ellipse(double x, double y, double w, double h) throws IOException {
            double rx = w / 2;
            double ry = h / 2;
            double cx = x + rx;
            double cy = y + ry;
            double kx = rx * KAPPA;
            double ky = ry * KAPPA;
            cs.moveTo(f(cx + rx), f(cy));
            cs.curveTo(f(cx + rx), f(cy + ky), f(cx + kx), f(cy + ry), f(cx), f(cy + ry));
            cs.curveTo(f(cx - kx), f(cy + ry), f(cx - rx), f(cy + ky), f(cx - rx), f(cy));
            cs.curveTo(f(cx - rx), f(cy - ky), f(cx - kx), f(cy - ry), f(cx), f(cy - ry));
            cs.curveTo(f(cx + kx), f(cy - ry), f(cx + rx), f(cy - ky), f(cx + rx), f(cy));
            cs.closePath();
        }

        private void text(Mark.Text t) throws IOException {
            String shown = printable(t.text(), t.face());
            if (shown.isBlank()) {
                return;
            }
            boolean translucent = t.opacity() < 1;
            if (translucent) {
                cs.saveGraphicsState();
                cs.setGraphicsStateParameters(alpha(t.opacity()));
            }
            float[] c = rgb(t.colour());
            cs.setNonStrokingColor(c[0], c[1], c[2]);
            cs.beginText();
            cs.setFont(fonts.get(t.face()), (float) t.size());
            double a = Math.toRadians(t.angle());
            float cos = (float) Math.cos(a);
            float sin = (float) Math.sin(a);
            // the page is flipped (y down): flip the glyphs back upright, then turn them
            cs.setTextMatrix(new Matrix(cos, sin, sin, -cos, (float) t.x(), (float) t.baseline()));
            cs.showText(shown);
            cs.endText();
            if (translucent) {
                cs.restoreGraphicsState();
            }
        }

        private PDExtendedGraphicsState alpha(double a) {
            return alphas.computeIfAbsent(a, v -> {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant(v.floatValue());
                return gs;
            });
        }

        private static String printable(String text, FontFace face) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (face.font().hasGlyph(cp) && !Character.isISOControl(cp)) {
                    b.appendCodePoint(cp);
                } else if (!Character.isISOControl(cp)) {
                    b.append('?');
                }
            });
            return b.toString();
        }

        private static float f(double v) {
            return (float) v;
        }

        private static float[] rgb(String hex) {
            return new float[] {Integer.parseInt(hex.substring(1, 3), 16) / 255f,
                    Integer.parseInt(hex.substring(3, 5), 16) / 255f, Integer.parseInt(hex.substring(5, 7), 16) / 255f};
        }
    }
}
