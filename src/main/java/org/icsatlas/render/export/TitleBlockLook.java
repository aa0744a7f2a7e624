package org.icsatlas.render.export;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.layout.TextMetrics;
import org.icsatlas.render.drawing.Figure;
import org.icsatlas.render.drawing.FontFace;
import org.icsatlas.render.drawing.Group;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.Stroke;
import org.icsatlas.render.drawing.TextRuns;
import org.icsatlas.layout.Point;
import org.icsatlas.render.style.StyleTable;

/**
 * Draws a page's title block across its foot: a rule, the title and subtitle on the left, the status in a box on
 * the right, and a line of version, date, author and source. Black ink only, so it prints in black and white.
 */
final class TitleBlockLook {
    static final double HEIGHT = 50;
    private static final double TITLE_SIZE = 13;
    private static final double SUBTITLE_SIZE = 9;
    private static final double FIELD_SIZE = 7.5;
    private static final double STATUS_SIZE = 10;

    private final StyleTable style;

    TitleBlockLook(StyleTable style) {
        this.style = style;
    }

    /** The title block {@code width} wide with its top-left at the origin. */
    Group draw(TitleBlock block, double width) {
        String ink = style.paper().ink();
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Paint("rule", new Figure.Poly(List.of(new Point(0, 0), new Point(width, 0)), false), null, 1,
                Stroke.solid(ink, 0.8)));
        double right = width;
        if (block.status() != null) {
            String label = block.status().label();
            double w = FontFace.BOLD.metrics(STATUS_SIZE).width(label) + 14;
            double h = 18;
            marks.add(new Mark.Paint("status-box", new Figure.Rect(width - w, 8, w, h, 0), null, 1, Stroke.solid(ink, 1.2)));
            marks.add(TextRuns.centred("status", label, width - w / 2, 8 + h / 2, FontFace.BOLD, STATUS_SIZE, ink));
            right = width - w - 12;
        }
        if (!block.title().isEmpty()) {
            double size = fitting(block.title(), FontFace.BOLD, TITLE_SIZE, right);
            marks.add(TextRuns.line("title", ellipsised(block.title(), FontFace.BOLD, size, right), 0, 14, FontFace.BOLD, size, ink));
        }
        if (!block.subtitle().isEmpty()) {
            double size = fitting(block.subtitle(), FontFace.REGULAR, SUBTITLE_SIZE, right);
            marks.add(TextRuns.line("subtitle", ellipsised(block.subtitle(), FontFace.REGULAR, size, right), 0, 29,
                    FontFace.REGULAR, size, ink));
        }
        List<String> fields = new ArrayList<>();
        add(fields, "Version", block.version());
        add(fields, "Date", block.date());
        add(fields, "Author", block.author());
        add(fields, "Source", block.source());
        if (!fields.isEmpty()) {
            String line = String.join("    ", fields);
            marks.add(TextRuns.line("fields", ellipsised(line, FontFace.REGULAR, FIELD_SIZE, width), 0, 43,
                    FontFace.REGULAR, FIELD_SIZE, ink));
        }
        return new Group("title-block", "title-block", block.title(), String.join("; ", fields), null, marks, List.of());
    }

    private static void add(List<String> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.add(name + ": " + value);
        }
    }

    /** {@code wanted}, or smaller (to no less than 70 %) where the text is wider than {@code room}. */
    private static double fitting(String text, FontFace face, double wanted, double room) {
        double w = face.metrics(wanted).width(text);
        return w <= room ? wanted : Math.max(wanted * 0.7, wanted * room / w);
    }

    /** The text, cut and ended with an ellipsis if it is wider than {@code room}. */
    static String ellipsised(String text, FontFace face, double size, double room) {
        TextMetrics m = face.metrics(size);
        if (m.width(text) <= room) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && m.width(t + "\u2026") > room) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "\u2026";
    }
}
