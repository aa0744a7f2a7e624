package org.icsatlas.render.export;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.render.drawing.Drawing;
import org.icsatlas.render.drawing.Figure;
import org.icsatlas.render.drawing.FontFace;
import org.icsatlas.render.drawing.Group;
import org.icsatlas.render.drawing.LegendLook;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.Transform;
import org.icsatlas.render.style.StyleTable;

/**
 * Puts a diagram drawing on a page: scaled to fill the space left by the margin, the legend (a column on the right)
 * and the title block (across the foot), or at its natural size (1 unit = 0.75 pt) on a page fitted around it; a
 * DRAFT watermark across the diagram. Nothing is added around the diagram beyond the margin asked for.
 */
public final class PageComposer {
    /** Points per diagram unit at 100 %: a diagram unit is a pixel at 96 dpi. */
    public static final double NATURAL_SCALE = 0.75;
    private static final double GAP = 12;

    private final StyleTable style;

    public PageComposer(StyleTable style) {
        this.style = style;
    }

    /** The page for {@code diagram} (with the legend of {@code kinds}) set up as {@code setup}. */
    public Page compose(String name, Drawing diagram, LegendLook.Kinds kinds, PageSetup setup) {
        double m = setup.margin();
        TitleBlock tb = setup.titleBlock();
        double tbH = tb == null ? 0 : TitleBlockLook.HEIGHT + GAP;
        boolean legend = setup.legend() && !kinds.isEmpty();
        LegendLook legendLook = new LegendLook(style);
        double pageW;
        double pageH;
        double scale;
        LegendLook.Placed placed = null;
        boolean legendBelow = false;
        if (setup.size().fitted()) {
            scale = NATURAL_SCALE;
            double dw = diagram.width() * scale;
            double dh = diagram.height() * scale;
            if (legend) {
                placed = legendLook.legend(kinds, Math.max(dh, 240));
            }
            double lw = placed == null ? 0 : placed.width() + GAP;
            double lh = placed == null ? 0 : placed.height();
            pageW = 2 * m + dw + lw;
            pageH = 2 * m + Math.max(dh, lh) + tbH;
            if (tb != null) {
                pageW = Math.max(pageW, 2 * m + 360);
            }
        } else {
            pageW = setup.size().width();
            pageH = setup.size().height();
            double dw = Math.max(1, diagram.width());
            double dh = Math.max(1, diagram.height());
            scale = Math.min((pageW - 2 * m) / dw, (pageH - 2 * m - tbH) / dh);
            if (legend) {
                // a column on the right, or a band of columns along the foot: whichever leaves the diagram larger
                LegendLook.Placed column = legendLook.legend(kinds, pageH - 2 * m - tbH);
                double columnScale = Math.min((pageW - 2 * m - column.width() - GAP) / dw, (pageH - 2 * m - tbH) / dh);
                LegendLook.Placed band = null;
                for (double bandHeight = 60; bandHeight <= pageH / 3; bandHeight += 20) {
                    LegendLook.Placed b = legendLook.legend(kinds, bandHeight);
                    if (b.width() <= pageW - 2 * m) {
                        band = b;
                        break;
                    }
                }
                double bandScale = band == null ? 0
                        : Math.min((pageW - 2 * m) / dw, (pageH - 2 * m - tbH - band.height() - GAP) / dh);
                if (bandScale > columnScale) {
                    placed = band;
                    legendBelow = true;
                    scale = bandScale;
                } else {
                    placed = column;
                    scale = columnScale;
                }
            }
        }
        double lw = placed == null || legendBelow ? 0 : placed.width() + GAP;
        double areaW = pageW - 2 * m - lw;
        double dx = m + Math.max(0, (areaW - diagram.width() * scale) / 2);
        double dy = m;

        List<Group> parts = new ArrayList<>();
        List<Mark> background = new ArrayList<>();
        if (!setup.transparent()) {
            background.add(new Mark.Paint("paper", new Figure.Rect(0, 0, pageW, pageH, 0), style.paper().paper(), 1, null));
        }
        parts.add(new Group("diagram-area", "diagram-area", "", "", new Transform(scale, dx, dy), List.of(),
                List.of(diagram.root())));
        if (placed != null) {
            Transform at = legendBelow ? Transform.translate(m, dy + diagram.height() * scale + GAP)
                    : Transform.translate(pageW - m - placed.width(), m);
            parts.add(new Group("legend-area", "legend-area", "", "", at, List.of(), List.of(placed.group())));
        }
        if (tb != null) {
            parts.add(new Group("title-area", "title-area", "", "", Transform.translate(m, pageH - m - TitleBlockLook.HEIGHT),
                    List.of(), List.of(new TitleBlockLook(style).draw(tb, pageW - 2 * m))));
            if (tb.status() == ApprovalStatus.DRAFT) {
                parts.add(watermark(tb.status().label(), dx, dy, diagram.width() * scale, diagram.height() * scale));
            }
        }
        double[] smallest = {Double.MAX_VALUE};
        double drawnAt = scale;
        diagram.root().forEachText((t, s) -> smallest[0] = Math.min(smallest[0], t.size() * s * drawnAt));
        Group root = new Group("page", "page", tb == null ? name : tb.title(), name, null, background, parts);
        return new Page(name, new Drawing(pageW, pageH, root), scale,
                smallest[0] == Double.MAX_VALUE ? Double.MAX_VALUE : smallest[0]);
    }

    /** Whether {@code g} is the status watermark, which the writers lay over the page by multiplying. */
    static boolean isWatermark(Group g) {
        return WATERMARK.equals(g.kind());
    }

    private static final String WATERMARK = "watermark";

    /**
     * The status in large light letters rising across the diagram's middle, drawn over it half transparent. The PDF and
     * SVG writers lay it on by multiplying, so it greys the white paper but never lightens the text it crosses.
     */
    private Group watermark(String text, double x, double y, double w, double h) {
        double angle = -Math.toDegrees(Math.atan2(h, w));
        angle = Math.max(-35, Math.min(-15, angle));
        double diagonal = Math.max(120, Math.min(Math.hypot(w, h) * 0.55, 2.2 * Math.min(w, h) + 60));
        double size = diagonal / (FontFace.BOLD.metrics(100).width(text) / 100);
        double tw = FontFace.BOLD.metrics(size).width(text);
        double rad = Math.toRadians(angle);
        double cx = x + w / 2;
        double cy = y + h / 2;
        // the run's left end, so that its middle (half a cap height above the baseline) sits on the diagram's centre
        double capHalf = size * 0.36;
        double sx = cx - Math.cos(rad) * tw / 2 - Math.sin(rad) * capHalf;
        double sy = cy - Math.sin(rad) * tw / 2 + Math.cos(rad) * capHalf;
        Mark.Text t = new Mark.Text("watermark", text, sx, sy, FontFace.BOLD, size, style.paper().watermark(), tw, angle, 0.45);
        return new Group(WATERMARK, WATERMARK, text, "This page is a " + text.toLowerCase(java.util.Locale.ROOT), null,
                List.of(t), List.of());
    }
}
