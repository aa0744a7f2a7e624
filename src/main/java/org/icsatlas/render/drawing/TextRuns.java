package org.icsatlas.render.drawing;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.layout.TextMetrics;

/** Places text runs: lines centred in a box, a line centred on a point, a line starting at a point. */
public final class TextRuns {
    private TextRuns() {
    }

    /** The baseline that centres a line of text of {@code metrics} vertically on {@code centreY}. */
    public static double centredBaseline(TextMetrics metrics, double centreY) {
        return centreY + (metrics.ascent() - metrics.descent()) / 2;
    }

    /** One line, its left end at {@code x}, centred vertically on {@code centreY}. */
    public static Mark.Text line(String role, String text, double x, double centreY, FontFace face, double size,
                                 String colour) {
        TextMetrics m = face.metrics(size);
        return new Mark.Text(role, text, x, centredBaseline(m, centreY), face, size, colour, m.width(text));
    }

    /** One line centred on ({@code centreX}, {@code centreY}). */
    public static Mark.Text centred(String role, String text, double centreX, double centreY, FontFace face, double size,
                                    String colour) {
        TextMetrics m = face.metrics(size);
        double w = m.width(text);
        return new Mark.Text(role, text, centreX - w / 2, centredBaseline(m, centreY), face, size, colour, w);
    }

    /** Lines {@code lineHeight} apart, each centred across {@code centreX}, the block centred on {@code centreY}. */
    public static List<Mark.Text> block(String role, List<String> lines, double centreX, double centreY, double lineHeight,
                                        FontFace face, double size, String colour) {
        List<Mark.Text> out = new ArrayList<>(lines.size());
        double top = centreY - lines.size() * lineHeight / 2;
        for (int i = 0; i < lines.size(); i++) {
            out.add(centred(role, lines.get(i), centreX, top + (i + 0.5) * lineHeight, face, size, colour));
        }
        return out;
    }
}
