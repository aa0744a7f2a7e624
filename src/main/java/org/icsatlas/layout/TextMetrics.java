package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Measures text in the {@linkplain ShippedFont shipped font} at one size, from the font's own advance widths and
 * without AWT or JavaFX, so layout, canvas and exporters agree on how much room a name needs. Widths are 2 %
 * generous, for the rounding of screen rendering.
 */
public final class TextMetrics {
    private static final double GENEROUS = 1.02;
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
        return (bold ? ShippedFont.BOLD : ShippedFont.REGULAR).advance(cp);
    }

    /** The height of tall letters above the baseline at this size. */
    public double ascent() {
        return (bold ? ShippedFont.BOLD : ShippedFont.REGULAR).ascent() * size / 1000;
    }

    /** The depth of descenders below the baseline at this size (positive). */
    public double descent() {
        return (bold ? ShippedFont.BOLD : ShippedFont.REGULAR).descent() * size / 1000;
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
