package org.icsatlas.render.export;

import java.io.IOException;
import java.text.Bidi;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.icsatlas.layout.ShippedFont;

/**
 * Turns text into glyph ids of one embedded face (Identity-H, so the code written is the font's own glyph id) and
 * tells PDFBox which characters to keep in the subset, so its ToUnicode map gives them back to search and copy.
 * Glyphs go in visual order: a right-to-left run (Hebrew, Arabic) is reversed with the JDK's bidi algorithm, as a
 * PDF shows it and as extractors expect to read it. A character the font has no glyph for (emoji, Hebrew) is drawn as
 * the font's U+FFFD REPLACEMENT CHARACTER, Unicode's own sign for "a character that cannot be shown here", squeezed to
 * the width the layout measured for the character, and carries its character as {@code /ActualText}, so search, copy
 * and screen readers still get the name whole (the font's .notdef box would not do: extractors skip a glyph with no
 * Unicode value, and the ActualText with it). Format characters (joiners, direction marks, variation selectors) draw
 * nothing; they join the preceding replacement's text.
 */
final class PdfGlyphs {
    /** The code point drawn for a character the font lacks. */
    static final int REPLACEMENT = 0xFFFD;
    private static final int BMP = 0x10000;

    private final PDType0Font font;
    private final CmapLookup cmap;
    private final int replacement;
    private final double replacementAdvance;
    private final ShippedFont metrics;
    /** Glyph id + 2 of each BMP code point looked up so far; 0 = not yet, 1 = missing. */
    private final int[] known = new int[BMP];
    private int[] out = new int[64];
    private String[] actual = new String[64];
    private double[] squeeze = new double[64];
    private int count;
    private boolean exact;

    PdfGlyphs(PDType0Font font, TrueTypeFont ttf, ShippedFont metrics) throws IOException {
        this.font = font;
        this.metrics = metrics;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.replacement = cmap.getGlyphId(REPLACEMENT);
        if (replacement > 0) {
            font.addToSubset(REPLACEMENT);
        }
        this.replacementAdvance = ttf.getAdvanceWidth(Math.max(replacement, 0)) * 1000.0 / ttf.getUnitsPerEm();
    }

    PDType0Font font() {
        return font;
    }

    /** Encodes {@code text}; read the result with {@link #gids()}, {@link #actualText(int)}, {@link #count()}. */
    void encode(String text) {
        count = 0;
        exact = true;
        if (out.length < text.length()) {
            out = new int[text.length()];
            actual = new String[text.length()];
            squeeze = new double[text.length()];
        }
        if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
            forward(text, 0, text.length());
            return;
        }
        Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        for (Integer r : order) {
            int start = bidi.getRunStart(r);
            int limit = bidi.getRunLimit(r);
            if ((bidi.getRunLevel(r) & 1) == 0) {
                forward(text, start, limit);
            } else {
                for (int i = limit; i > start; ) {
                    int cp = text.codePointBefore(i);
                    i -= Character.charCount(cp);
                    add(cp);
                }
            }
        }
    }

    private void forward(String text, int start, int limit) {
        for (int i = start; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            add(cp);
        }
    }

    private void add(int cp) {
        if (drawsNothing(cp)) {
            if (count > 0 && actual[count - 1] != null) {
                actual[count - 1] = actual[count - 1] + Character.toString(cp);
            }
            return;
        }
        int gid = gid(cp);
        boolean missing = gid <= 0;
        out[count] = missing ? replacement : gid;
        actual[count] = missing ? Character.toString(cp) : null;
        squeeze[count] = missing ? 100 * metrics.advance(cp) / replacementAdvance : 100;
        exact &= !missing;
        count++;
    }

    int[] gids() {
        return out;
    }

    int count() {
        return count;
    }

    /** The text glyph {@code i} stands for when it is a replacement; null when the glyph is the character's own. */
    String actualText(int i) {
        return actual[i];
    }

    /**
     * The horizontal scaling (per cent, PDF's {@code Tz}) that draws replacement {@code i} in the width the layout
     * measured for the character it stands for, so a name with replacements keeps its measured length.
     */
    double squeeze(int i) {
        return squeeze[i];
    }

    /** Whether every character is drawn by its own glyph. */
    boolean exact() {
        return exact;
    }

    private int gid(int cp) {
        if (cp < BMP && known[cp] != 0) {
            return known[cp] - 2;
        }
        int gid = cmap.getGlyphId(cp);
        if (gid > 0) {
            font.addToSubset(cp);
        } else {
            gid = -1;
        }
        if (cp < BMP) {
            known[cp] = gid + 2;
        }
        return gid;
    }

    static boolean drawsNothing(int cp) {
        return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }
}
