package org.icsatlas.render.drawing;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.render.style.ElementStyle;
import org.icsatlas.render.style.StyleTable;

/**
 * How a body, organisation or person is drawn, decided in this one place for the screen and every export: the
 * kind's outline and tint (the outline inset by half its width so it stays in the layout's box), the name wrapped
 * exactly as the layout sized it, and a small kind badge riding on the top edge so the kind reads without the legend.
 */
public final class ElementLook {
    /** The height of a kind badge. */
    public static final double BADGE_HEIGHT = 12;

    private final StyleTable style;
    private final LayoutMetrics metrics;

    public ElementLook(StyleTable style, LayoutMetrics metrics) {
        this.style = style;
        this.metrics = metrics;
    }

    /** The outline of {@code element} in {@code box}: what the screen repaints to show selection. */
    public Mark.Paint outline(Element element, Box box) {
        return outline(element.kind(), box);
    }

    /** The outline of an element of {@code kind} in {@code box} (the legend's swatches too). */
    public Mark.Paint outline(ElementKind kind, Box box) {
        ElementStyle s = style.element(kind);
        double in = s.strokeWidth() / 2;
        Figure f = Outlines.of(s.shape(), box.x() + in, box.y() + in, box.width() - 2 * in, box.height() - 2 * in);
        return new Mark.Paint("outline", f, s.fill(), 1, Stroke.solid(s.stroke(), s.strokeWidth()));
    }

    /** The name lines of {@code element}, centred in {@code box}. */
    public List<Mark.Text> name(Element element, Box box) {
        ElementStyle s = style.element(element.kind());
        return TextRuns.block("name", metrics.nodeLines(element.name()), box.centreX(), box.centreY(),
                metrics.lineHeight(), FontFace.REGULAR, metrics.fontSize(), s.text());
    }

    /** The kind badge: a chip in the outline's colour with the kind's short name, on the top edge at the right. */
    public List<Mark> badge(Element element, Box box) {
        ElementStyle s = style.element(element.kind());
        double size = style.typography().badgeFontSize();
        double w = FontFace.BOLD.metrics(size).width(s.badge()) + 8;
        double inset = Outlines.sideInset(s.shape(), box.width(), box.height());
        double x = box.x() + Math.max(inset, box.width() - inset - w);
        double y = box.y() - BADGE_HEIGHT / 2;
        return List.of(
                new Mark.Paint("badge", new Figure.Rect(x, y, w, BADGE_HEIGHT, BADGE_HEIGHT / 2), s.stroke(), 1, null),
                TextRuns.line("badge-text", s.badge(), x + 4, box.y(), FontFace.BOLD, size, style.paper().badgeText()));
    }

    /** Everything drawn for {@code element} in {@code box}, bottom to top. */
    public List<Mark> marks(Element element, Box box) {
        List<Mark> out = new ArrayList<>();
        out.add(outline(element, box));
        out.addAll(name(element, box));
        out.addAll(badge(element, box));
        return out;
    }
}
