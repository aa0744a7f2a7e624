package org.icsatlas.render.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.icsatlas.layout.Point;
import org.icsatlas.render.drawing.Figure;
import org.icsatlas.render.drawing.FontFace;
import org.icsatlas.render.drawing.Group;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.Stroke;
import org.icsatlas.render.drawing.Transform;

/**
 * Writes a page as a PNG at a resolution in dots per inch (150, 300, 600…): the image is exactly page size × DPI
 * pixels, on the paper colour or transparent. The one place in {@code render} that uses AWT (headless).
 */
public final class PngWriter {
    /** The largest image written, in pixels: a bigger one would not fit in memory; ask for a lower DPI. */
    public static final long MAX_PIXELS = 120_000_000L;

    /** The pixel size of {@code page} at {@code dpi}. */
    public static int[] pixelSize(Page page, int dpi) {
        return new int[] {(int) Math.round(page.drawing().width() / 72 * dpi),
                (int) Math.round(page.drawing().height() / 72 * dpi)};
    }

    /** Writes {@code page} at {@code dpi} to {@code out} (not closed). */
    public void write(Page page, int dpi, OutputStream out) throws RenderException {
        if (dpi < 10 || dpi > 2400) {
            throw new RenderException("a PNG's resolution must lie between 10 and 2400 dpi, not " + dpi);
        }
        int[] size = pixelSize(page, dpi);
        if ((long) size[0] * size[1] > MAX_PIXELS) {
            throw new RenderException(String.format("a PNG of %d x %d pixels is too large to write: choose a lower dpi or a page size",
                    size[0], size[1]));
        }
        BufferedImage image = new BufferedImage(Math.max(1, size[0]), Math.max(1, size[1]), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(dpi / 72.0, dpi / 72.0);
            Painter painter = new Painter(g, fonts());
            painter.group(page.drawing().root());
            multiplyWatermarks(image, painter);
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new RenderException("cannot write the PNG: " + e.getMessage(), e);
        }
    }

    /**
     * Lays the watermark groups the painter held back over {@code image} by multiplying, as the PDF and SVG do: the
     * paper turns grey where the letters pass, text beneath them stays as dark as it was.
     */
    private static void multiplyWatermarks(BufferedImage image, Painter painter) {
        if (painter.watermarks.isEmpty()) {
            return;
        }
        BufferedImage layer = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D lg = layer.createGraphics();
        try {
            lg.setRenderingHints(painter.g.getRenderingHints());
            Painter onLayer = new Painter(lg, painter.fonts);
            for (Map.Entry<Group, AffineTransform> w : painter.watermarks.entrySet()) {
                lg.setTransform(w.getValue());
                onLayer.paintAll(w.getKey());
            }
        } finally {
            lg.dispose();
        }
        int width = image.getWidth();
        int[] over = new int[width];
        int[] under = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            layer.getRGB(0, y, width, 1, over, 0, width);
            image.getRGB(0, y, width, 1, under, 0, width);
            for (int x = 0; x < width; x++) {
                int a = over[x] >>> 24;
                if (a != 0) {
                    under[x] = multiply(under[x], over[x], a);
                }
            }
            image.setRGB(0, y, width, 1, under, 0, width);
        }
    }

    static int multiply(int under, int over, int a) {
        int ua = under >>> 24;
        if (ua == 0) {
            return over;
        }
        int out = Math.max(ua, a) << 24;
        for (int shift = 0; shift <= 16; shift += 8) {
            int u = (under >> shift) & 255;
            int o = (over >> shift) & 255;
            // (1 - a) * u + a * (u * o): the letters' grey times what lies beneath, at their opacity
            int c = (u * (255 - a) + u * o / 255 * a) / 255;
            out |= c << shift;
        }
        return out;
    }

    private static Map<FontFace, Font> fonts() throws RenderException {
        Map<FontFace, Font> fonts = new EnumMap<>(FontFace.class);
        for (FontFace f : FontFace.values()) {
            try (InputStream in = f.font().open()) {
                fonts.put(f, Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | FontFormatException e) {
                throw new RenderException("cannot load the shipped font: " + e.getMessage(), e);
            }
        }
        return fonts;
    }

    /** Paints groups onto a Graphics2D. */
    private static final class Painter {
        private final Graphics2D g;
        private final Map<FontFace, Font> fonts;
        /** The watermark groups met, with the transform they were met at, to multiply over the page afterwards. */
        private final Map<Group, AffineTransform> watermarks = new java.util.LinkedHashMap<>();

        Painter(Graphics2D g, Map<FontFace, Font> fonts) {
            this.g = g;
            this.fonts = fonts;
        }

        void group(Group group) {
            if (PageComposer.isWatermark(group)) {
                watermarks.put(group, g.getTransform());
                return;
            }
            paintAll(group);
        }

        /** Paints {@code group} and everything in it, the watermark too. */
        void paintAll(Group group) {
            Transform t = group.transform();
            AffineTransform saved = g.getTransform();
            if (!t.isIdentity()) {
                g.translate(t.dx(), t.dy());
                g.scale(t.scale(), t.scale());
            }
            for (Mark m : group.marks()) {
                if (m instanceof Mark.Paint p) {
                    paint(p);
                } else if (m instanceof Mark.Text text) {
                    text(text);
                }
            }
            for (Group c : group.children()) {
                group(c);
            }
            g.setTransform(saved);
        }

        private void paint(Mark.Paint p) {
            java.awt.Shape shape = shape(p.figure());
            if (p.fill() != null) {
                g.setColor(colour(p.fill(), p.fillOpacity()));
                g.fill(shape);
            }
            Stroke s = p.stroke();
            if (s != null) {
                float[] dash = null;
                if (!s.dash().isEmpty()) {
                    dash = new float[s.dash().size()];
                    for (int i = 0; i < dash.length; i++) {
                        dash[i] = s.dash().get(i).floatValue();
                    }
                }
                g.setStroke(new BasicStroke((float) s.width(), s.roundCaps() ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 10, dash, 0));
                g.setColor(colour(s.colour(), 1));
                g.draw(shape);
            }
        }

        private static java.awt.Shape shape(Figure f) {
            if (f instanceof Figure.Rect r) {
                return r.radius() <= 0 ? new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height())
                        : new RoundRectangle2D.Double(r.x(), r.y(), r.width(), r.height(), 2 * r.radius(), 2 * r.radius());
            }
            if (f instanceof Figure.Oval o) {
                return new Ellipse2D.Double(o.x(), o.y(), o.width(), o.height());
            }
            Figure.Poly poly = (Figure.Poly) f;
            List<Point> pts = poly.points();
            Path2D.Double path = new Path2D.Double();
            path.moveTo(pts.get(0).x(), pts.get(0).y());
            for (int i = 1; i < pts.size(); i++) {
                path.lineTo(pts.get(i).x(), pts.get(i).y());
            }
            if (poly.closed()) {
                path.closePath();
            }
            return path;
        }

        private void text(Mark.Text t) {
            AffineTransform saved = g.getTransform();
            g.translate(t.x(), t.baseline());
            if (t.angle() != 0) {
                g.rotate(Math.toRadians(t.angle()));
            }
            g.setFont(fonts.get(t.face()).deriveFont((float) t.size()));
            g.setColor(colour(t.colour(), t.opacity()));
            g.drawString(t.text(), 0f, 0f);
            g.setTransform(saved);
        }

        private static Color colour(String hex, double opacity) {
            return new Color(Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
                    Integer.parseInt(hex.substring(5, 7), 16), (int) Math.round(255 * Math.max(0, Math.min(1, opacity))));
        }
    }
}
