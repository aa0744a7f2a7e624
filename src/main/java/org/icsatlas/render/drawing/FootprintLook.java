package org.icsatlas.render.drawing;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.Point;
import org.icsatlas.model.Footprint;
import org.icsatlas.render.style.FootprintStyle;
import org.icsatlas.render.style.StyleTable;

/**
 * How a footprint is drawn as a container, decided in this one place for the screen and every export: a tinted
 * body, a header band with a disclosure triangle and the name (at the size the layout measured it), an outline,
 * and, when collapsed, how many relations reach inside.
 */
public final class FootprintLook {
    private final StyleTable style;
    private final LayoutMetrics metrics;

    public FootprintLook(StyleTable style, LayoutMetrics metrics) {
        this.style = style;
        this.metrics = metrics;
    }

    /** Body, header band, frame and disclosure triangle, bottom to top. */
    public List<Mark> frame(Footprint footprint, FootprintLayout layout, Box box) {
        FootprintStyle s = style.footprint(footprint.level());
        double r = s.cornerRadius();
        double hh = Math.min(layout.headerHeight(), box.height());
        double in = s.strokeWidth() / 2;
        List<Mark> out = new ArrayList<>(5);
        out.add(new Mark.Paint("body", new Figure.Rect(box.x(), box.y(), box.width(), box.height(), r), s.fill(), 1, null));
        out.add(new Mark.Paint("header", headerBand(box, hh, r), s.headerFill(), 1, null));
        out.add(new Mark.Paint("frame", new Figure.Rect(box.x() + in, box.y() + in, box.width() - 2 * in,
                box.height() - 2 * in, Math.max(0, r - in)), null, 1, Stroke.solid(s.stroke(), s.strokeWidth())));
        double tri = metrics.disclosureSize();
        double tx = box.x() + metrics.footprintPadding() * 0.6;
        double ty = box.y() + (hh - tri) / 2;
        List<Point> triangle = layout.collapsed()
                ? List.of(new Point(tx, ty), new Point(tx + tri * 0.9, ty + tri / 2), new Point(tx, ty + tri))
                : List.of(new Point(tx, ty), new Point(tx + tri, ty), new Point(tx + tri / 2, ty + tri * 0.9));
        out.add(new Mark.Paint("disclosure", new Figure.Poly(triangle, true), s.headerText(), 1, null));
        return out;
    }

    /** The footprint's name in its header band, and for a collapsed one the count of relations inside. */
    public List<Mark.Text> text(Footprint footprint, FootprintLayout layout, Box box) {
        FootprintStyle s = style.footprint(footprint.level());
        double hh = Math.min(layout.headerHeight(), box.height());
        double x = box.x() + metrics.titleInset();
        List<Mark.Text> out = new ArrayList<>(2);
        out.add(TextRuns.line("title", footprint.name(), x, box.y() + hh / 2, FontFace.BOLD,
                titleSize(footprint, box.width()), s.headerText()));
        if (layout.collapsed()) {
            out.add(TextRuns.line("hidden-count", hiddenText(layout.hiddenRelationCount()), x,
                    box.y() + hh + (box.height() - hh) / 2, FontFace.REGULAR, metrics.labelFontSize(), s.stroke()));
        }
        return out;
    }

    /**
     * The title's size: the size the layout measured it at, smaller only where the band is narrower than the name
     * (a collapsed footprint keeps its old slot, which may be narrower than its name).
     */
    public double titleSize(Footprint footprint, double boxWidth) {
        double size = metrics.headerFontSize(footprint.level());
        double room = boxWidth - metrics.titleInset() - metrics.footprintPadding() / 2;
        double width = FontFace.BOLD.metrics(size).width(footprint.name());
        return width > room && room > 0 ? Math.max(6, size * room / width) : size;
    }

    /** A header band: rounded at the top like the body, square where it meets the body. */
    private static Figure headerBand(Box box, double hh, double r) {
        double rr = Math.min(r, hh / 2);
        if (rr <= 0) {
            return new Figure.Rect(box.x(), box.y(), box.width(), hh, 0);
        }
        List<Point> pts = new ArrayList<>();
        double x0 = box.x();
        double y0 = box.y();
        double x1 = box.maxX();
        pts.add(new Point(x0, y0 + hh));
        arc(pts, x0 + rr, y0 + rr, rr, Math.PI, 1.5 * Math.PI);
        arc(pts, x1 - rr, y0 + rr, rr, 1.5 * Math.PI, 2 * Math.PI);
        pts.add(new Point(x1, y0 + hh));
        return new Figure.Poly(pts, true);
    }

    private static void arc(List<Point> pts, double cx, double cy, double r, double from, double to) {
        int steps = 6;
        for (int i = 0; i <= steps; i++) {
            double a = from + (to - from) * i / steps;
            pts.add(new Point(cx + r * Math.cos(a), cy + r * Math.sin(a)));
        }
    }

    static String hiddenText(int count) {
        return count == 0 ? "collapsed" : count == 1 ? "1 relation inside" : count + " relations inside";
    }
}
