package org.icsatlas.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The one font the product draws with, shipped in the jar (Noto Sans, SIL Open Font Licence, {@code /fonts/OFL.txt}):
 * the layout measures with its own advance widths, read from the TTF's cmap and hmtx tables with fontbox (plain
 * Java, no AWT), the screen loads it, the PDF embeds it and the SVG names it. Metrics load once, on first use.
 */
public enum ShippedFont {
    REGULAR("/fonts/NotoSans-Regular.ttf"),
    BOLD("/fonts/NotoSans-Bold.ttf");

    /** The family name the font files declare; SVG and the screen ask for it by this name. */
    public static final String FAMILY = "Noto Sans";
    /** What an SVG viewer without the font falls back to. */
    public static final String FALLBACK_FAMILIES = "'Noto Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";

    private static final int BMP = 0x10000;

    private final String resource;
    private volatile Metrics metrics;

    ShippedFont(String resource) {
        this.resource = resource;
    }

    /** The classpath resource of the TTF file. */
    public String resource() {
        return resource;
    }

    /** A fresh stream of the TTF file's bytes; the caller closes it. */
    public InputStream open() {
        InputStream in = ShippedFont.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the shipped font " + resource + " is missing from the jar");
        }
        return in;
    }

    /** The advance width of a code point in thousandths of an em; a missing glyph counts as the font's fallback width. */
    public double advance(int codePoint) {
        return metrics().advance(codePoint);
    }

    /** Whether the font has a glyph for the code point (PDF text can only carry those). */
    public boolean hasGlyph(int codePoint) {
        return metrics().has(codePoint);
    }

    /** The height above the baseline of tall letters, in thousandths of an em. */
    public double ascent() {
        return metrics().ascent;
    }

    /** The depth below the baseline, in thousandths of an em (positive). */
    public double descent() {
        return metrics().descent;
    }

    private Metrics metrics() {
        Metrics m = metrics;
        if (m == null) {
            synchronized (this) {
                m = metrics;
                if (m == null) {
                    m = load();
                    metrics = m;
                }
            }
        }
        return m;
    }

    private Metrics load() {
        try (InputStream in = open(); TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            double scale = 1000.0 / ttf.getUnitsPerEm();
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float[] widths = new float[BMP];
            boolean[] present = new boolean[BMP];
            for (int cp = 0; cp < BMP; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    present[cp] = true;
                    widths[cp] = (float) (ttf.getAdvanceWidth(gid) * scale);
                }
            }
            Map<Integer, Float> astral = new ConcurrentHashMap<>();
            for (int cp : new int[] {0x1F600, 0x1F3E5}) {
                int gid = cmap.getGlyphId(cp);
                if (gid > 0) {
                    astral.put(cp, (float) (ttf.getAdvanceWidth(gid) * scale));
                }
            }
            double ascent = ttf.getOS2Windows() != null ? ttf.getOS2Windows().getTypoAscender() * scale
                    : ttf.getHorizontalHeader().getAscender() * scale;
            double descent = ttf.getOS2Windows() != null ? -ttf.getOS2Windows().getTypoDescender() * scale
                    : -ttf.getHorizontalHeader().getDescender() * scale;
            return new Metrics(widths, present, astral, ascent, descent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped font " + resource, e);
        }
    }

    private record Metrics(float[] widths, boolean[] present, Map<Integer, Float> astral, double ascent, double descent) {
        double advance(int cp) {
            if (cp < BMP && present[cp]) {
                return widths[cp];
            }
            Float w = cp >= BMP ? astral.get(cp) : null;
            if (w != null) {
                return w;
            }
            // not in the font: the viewer substitutes another font; wide scripts and emoji take a full em
            return Character.isIdeographic(cp) || cp >= BMP ? 1000 : 650;
        }

        boolean has(int cp) {
            return cp < BMP ? present[cp] : astral.containsKey(cp);
        }
    }
}
