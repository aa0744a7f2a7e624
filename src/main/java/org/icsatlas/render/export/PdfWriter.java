package org.icsatlas.render.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
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
 * the metadata, tagged for reading order ({@link PdfTags}). Each page's operators are written by {@link PdfContent}.
 * Characters the font has no glyph for are drawn as its missing-glyph box and kept whole for search, copy and
 * screen readers in an {@code /ActualText} span ({@link PdfGlyphs}).
 */
public final class PdfWriter {
    /** Bézier handle length for a quarter circle of radius 1. */
    private static final double KAPPA = 0.5522847498;

    /** The document's metadata. */
    public record Metadata(String title, String author, String subject) {
    }

    /** Writes {@code pages} as one PDF to {@code out} (not closed). */
    public void write(List<Page> pages, Metadata meta, OutputStream out) throws RenderException {
        List<TrueTypeFont> ttfs = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            Map<FontFace, PdfGlyphs> fonts = new EnumMap<>(FontFace.class);
            for (FontFace f : FontFace.values()) {
                TrueTypeFont ttf = openFont(f, ttfs);
                fonts.put(f, new PdfGlyphs(PDType0Font.load(doc, ttf, true), ttf, f.font()));
            }
            PdfTags tags = new PdfTags(doc, meta.title());
            for (Page page : pages) {
                PDPage p = new PDPage(new PDRectangle((float) page.drawing().width(), (float) page.drawing().height()));
                doc.addPage(p);
                PdfTags.Scope scope = tags.startPage(p);
                PdfContent cs = new PdfContent();
                // y grows downwards in the drawing, as on screen
                cs.transform(1, 0, 0, -1, 0, page.drawing().height());
                new Painter(cs, fonts, tags).group(page.drawing().root(), scope);
                cs.writeTo(doc, p);
            }
            tags.finish();
            // PDFBox subsets at save the fonts its own content streams set; these pages were written without them
            for (PdfGlyphs g : fonts.values()) {
                g.font().subset();
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
        } finally {
            closeAll(ttfs);
        }
    }

    /**
     * The shipped font, parsed, with glyph substitution off: the layout measured each run as the sum of its
     * characters' advances (no ligatures), as the screen draws it, and PDFBox's substitution pass re-compiles
     * regular expressions for every run shown (most of the export's time on a large model).
     */
    private static TrueTypeFont openFont(FontFace face, List<TrueTypeFont> opened) throws IOException {
        try (InputStream in = face.font().open()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            opened.add(ttf);
            ttf.setEnableGsub(false);
            return ttf;
        }
    }

    private static void closeAll(List<TrueTypeFont> fonts) {
        for (TrueTypeFont f : fonts) {
            try {
                f.close();
            } catch (IOException e) {
                // the document is written; a font buffer that will not close changes nothing in it
            }
        }
    }

    /** The pen in force: what the content stream last set, so that an unchanged setting is not written again. */
    private record Pen(String fillColour, String strokeColour, double lineWidth, List<Double> dash, int cap,
                       boolean roundJoins, FontFace font, double fontSize) {
        /** PDF's defaults: black fill and stroke, width 1, solid, butt caps, mitre joins, no font. */
        static final Pen INITIAL = new Pen("#000000", "#000000", 1, List.of(), 0, false, null, 0);
    }

    /**
     * Paints one page's groups into its content stream. It remembers the colours, line style and font in force (per
     * saved graphics state) and writes an operator only when a mark changes one: on a large model most marks share
     * their neighbours' pen, and the operators it skips were most of the stream.
     */
    private static final class Painter {
        private final PdfContent cs;
        private final Map<FontFace, PdfGlyphs> fonts;
        private final Map<Double, PDExtendedGraphicsState> alphas = new HashMap<>();
        private final Map<Double, PDExtendedGraphicsState> multiplied = new HashMap<>();
        /** Inside the watermark: its translucency multiplies, so text beneath it stays as dark as it was. */
        private boolean multiply;
        private final Deque<Pen> saved = new ArrayDeque<>();
        private final PdfTags tags;
        private Pen pen = Pen.INITIAL;
        /** The marked-content sequence open now: a structure element, {@link PdfTags#ARTIFACT}, or null. */
        private Object open;

        Painter(PdfContent cs, Map<FontFace, PdfGlyphs> fonts, PdfTags tags) {
            this.cs = cs;
            this.fonts = fonts;
            this.tags = tags;
        }

        void group(Group g, PdfTags.Scope parent) {
            PdfTags.Scope scope = tags.scope(g, parent);
            boolean outerMultiply = multiply;
            multiply |= PageComposer.isWatermark(g);
            Transform t = g.transform();
            boolean moved = !t.isIdentity();
            if (moved) {
                close();
                save();
                cs.transform(t.scale(), 0, 0, t.scale(), t.dx(), t.dy());
            }
            for (Mark m : g.marks()) {
                if (m instanceof Mark.Paint p) {
                    markAs(scope.paint());
                    paint(p);
                } else if (m instanceof Mark.Text text) {
                    text(text, scope);
                }
            }
            close();
            for (Group c : g.children()) {
                group(c, scope);
            }
            close();
            scope.end();
            if (moved) {
                restore();
            }
            multiply = outerMultiply;
        }

        /** Opens a marked-content sequence for {@code target} unless one is open for it already (marks in a row share one). */
        private void markAs(Object target) {
            if (target == open) {
                return;
            }
            close();
            if (target == PdfTags.ARTIFACT) {
                cs.beginArtifact();
            } else {
                PDStructureElement e = (PDStructureElement) target;
                cs.beginMarkedContent(e.getStructureType(), tags.mark(e));
            }
            open = target;
        }

        private void close() {
            if (open != null) {
                cs.endMarkedContent();
                open = null;
            }
        }

        private void save() {
            cs.saveGraphicsState();
            saved.push(pen);
        }

        private void restore() {
            cs.restoreGraphicsState();
            pen = saved.pop();
        }

        private void paint(Mark.Paint p) {
            boolean translucent = p.fill() != null && p.fillOpacity() < 1;
            if (translucent) {
                save();
                cs.setGraphicsStateParameters(alpha(p.fillOpacity()));
            }
            if (p.fill() != null) {
                fillColour(p.fill());
                path(p.figure());
                cs.fill();
            }
            Stroke s = p.stroke();
            if (s != null) {
                if (!s.colour().equals(pen.strokeColour)) {
                    cs.setStrokingColor(rgb(s.colour()));
                }
                if (s.width() != pen.lineWidth) {
                    cs.setLineWidth((float) s.width());
                }
                if (!s.dash().equals(pen.dash)) {
                    cs.setLineDashPattern(s.dash());
                }
                int cap = s.roundCaps() ? 1 : 0;
                if (cap != pen.cap) {
                    cs.setLineCapStyle(cap);
                }
                if (!pen.roundJoins) {
                    cs.setLineJoinStyle(1);
                }
                pen = new Pen(pen.fillColour, s.colour(), s.width(), s.dash(), cap, true, pen.font, pen.fontSize);
                path(p.figure());
                cs.stroke();
            }
            if (translucent) {
                restore();
            }
        }

        private void fillColour(String hex) {
            if (!hex.equals(pen.fillColour)) {
                cs.setNonStrokingColor(rgb(hex));
                pen = new Pen(hex, pen.strokeColour, pen.lineWidth, pen.dash, pen.cap, pen.roundJoins, pen.font, pen.fontSize);
            }
        }

        private void path(Figure f) {
            if (f instanceof Figure.Rect r) {
                if (r.radius() <= 0) {
                    cs.addRect(r.x(), r.y(), r.width(), r.height());
                } else {
                    roundedRect(r.x(), r.y(), r.width(), r.height(), Math.min(r.radius(), Math.min(r.width(), r.height()) / 2));
                }
            } else if (f instanceof Figure.Oval o) {
                ellipse(o.x(), o.y(), o.width(), o.height());
            } else if (f instanceof Figure.Poly poly) {
                List<Point> pts = poly.points();
                cs.moveTo(pts.get(0).x(), pts.get(0).y());
                for (int i = 1; i < pts.size(); i++) {
                    cs.lineTo(pts.get(i).x(), pts.get(i).y());
                }
                if (poly.closed()) {
                    cs.closePath();
                }
            }
        }

        private void roundedRect(double x, double y, double w, double h, double r) {
            double k = r * KAPPA;
            cs.moveTo(x + r, y);
            cs.lineTo(x + w - r, y);
            cs.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
            cs.lineTo(x + w, y + h - r);
            cs.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
            cs.lineTo(x + r, y + h);
            cs.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
            cs.lineTo(x, y + r);
            cs.curveTo(x, y + r - k, x + r - k, y, x + r, y);
            cs.closePath();
        }

        private void ellipse(double x, double y, double w, double h) {
            double rx = w / 2;
            double ry = h / 2;
            double cx = x + rx;
            double cy = y + ry;
            double kx = rx * KAPPA;
            double ky = ry * KAPPA;
            cs.moveTo(cx + rx, cy);
            cs.curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
            cs.curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
            cs.curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
            cs.curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
            cs.closePath();
        }

        private void text(Mark.Text t, PdfTags.Scope scope) {
            if (t.text().isBlank()) {
                return;
            }
            PdfGlyphs glyphs = fonts.get(t.face());
            glyphs.encode(t.text());
            if (glyphs.count() == 0) {
                return;
            }
            markAs(scope.text());
            boolean translucent = t.opacity() < 1;
            if (translucent) {
                save();
                cs.setGraphicsStateParameters(alpha(t.opacity()));
            }
            fillColour(t.colour());
            cs.beginText();
            // the font and size belong to the graphics state and outlast BT/ET: set them only when they change
            if (t.face() != pen.font || t.size() != pen.fontSize) {
                cs.setFont(glyphs.font(), t.size());
                pen = new Pen(pen.fillColour, pen.strokeColour, pen.lineWidth, pen.dash, pen.cap, pen.roundJoins, t.face(),
                        t.size());
            }
            if (t.angle() == 0) {
                // the page is flipped (y down): flip the glyphs back upright
                cs.setTextMatrix(1, 0, 0, -1, t.x(), t.baseline());
            } else {
                double a = Math.toRadians(t.angle());
                double cos = Math.cos(a);
                double sin = Math.sin(a);
                cs.setTextMatrix(cos, sin, sin, -cos, t.x(), t.baseline());
            }
            if (glyphs.exact()) {
                cs.showGlyphs(glyphs.gids(), 0, glyphs.count());
            } else {
                showWithBoxes(glyphs);
            }
            cs.endText();
            if (translucent) {
                restore();
            }
        }

        /** Shows the glyphs, each replacement in a span whose ActualText is the character it stands for. */
        private void showWithBoxes(PdfGlyphs glyphs) {
            int from = 0;
            for (int i = 0; i < glyphs.count(); i++) {
                String actual = glyphs.actualText(i);
                if (actual != null) {
                    cs.showGlyphs(glyphs.gids(), from, i);
                    cs.beginActualText(actual);
                    cs.setHorizontalScaling(glyphs.squeeze(i));
                    cs.showGlyphs(glyphs.gids(), i, i + 1);
                    cs.setHorizontalScaling(100);
                    cs.endMarkedContent();
                    from = i + 1;
                }
            }
            cs.showGlyphs(glyphs.gids(), from, glyphs.count());
        }

        private PDExtendedGraphicsState alpha(double a) {
            return (multiply ? multiplied : alphas).computeIfAbsent(a, v -> {
                PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
                gs.setNonStrokingAlphaConstant(v.floatValue());
                if (multiply) {
                    gs.setBlendMode(BlendMode.MULTIPLY);
                }
                return gs;
            });
        }

        private static float[] rgb(String hex) {
            return new float[] {Integer.parseInt(hex.substring(1, 3), 16) / 255f,
                    Integer.parseInt(hex.substring(3, 5), 16) / 255f, Integer.parseInt(hex.substring(5, 7), 16) / 255f};
        }
    }
}
