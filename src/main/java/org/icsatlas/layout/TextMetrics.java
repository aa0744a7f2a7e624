package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Estimates text widths for a sans-serif font (Helvetica / Arial / Liberation Sans metrics) at one size, without
 * AWT or JavaFX, so layout, canvas and exporters agree on how much room a name needs. The estimate is slightly
 * generous (5 %) so that real fonts of the same family fit inside.
 */
public final class TextMetrics {
    /** Advance widths of ASCII 32..126 in thousandths of an em (Helvetica regular). */
    private static final short[] REGULAR = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
    /** Advance widths of ASCII 32..126 in thousandths of an em (Helvetica bold). */
    private static final short[] BOLD = {
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
    private static final double GENEROUS = 1.05;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final double size;
    private final boolean bold;

    public TextMetrics(double size, boolean bold) {
        if (!(size > 0)) {
            throw new IllegalArgumentException("font size must be positive: " + size);
        }
        this.size = size;
        this.bold = bold;
    }

    public double size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    /** The estimated width of one line of {@code text}. */
    public double width(String text) {
        double units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000 * GENEROUS;
    }

    private double advance(int cp) {
        if (cp >= 32 && cp <= 126) {
            return (bold ? BOLD : REGULAR)[cp - 32];
        }
        if (Character.isWhitespace(cp)) {
            return 278;
        }
        // wide scripts take a full em; any other letter (accented Latin, Greek, dashes, quotes) a generous 0.65 em
        return Character.isIdeographic(cp) ? 1000 : 650;
    }

    /**
     * Breaks {@code text} into lines no wider than {@code maxWidth}, at spaces where possible; a word wider than
     * the limit is broken between characters. Explicit line breaks are kept. Never returns an empty list.
     */
    public List<String> wrap(String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        double space = width(" ");
        for (String paragraph : LINE_BREAK.split(text, -1)) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (String word : SPACES.split(paragraph.trim())) {
                if (word.isEmpty()) {
                    continue;
                }
                double w = width(word);
                double candidate = line.isEmpty() ? w : lineWidth + space + w;
                if (candidate <= maxWidth) {
                    if (!line.isEmpty()) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = candidate;
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest) > maxWidth && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
                lineWidth = width(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The width of the widest of {@code lines}. */
    public double width(List<String> lines) {
        double w = 0;
        for (String l : lines) {
            w = Math.max(w, width(l));
        }
        return w;
    }
}
