package org.icsatlas.render.drawing;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.ListedBox;
import org.icsatlas.layout.MemberList;
import org.icsatlas.layout.Point;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.Status;
import org.icsatlas.render.style.ElementStyle;
import org.icsatlas.render.style.StatusStyle;
import org.icsatlas.render.style.StyleTable;

/**
 * How a body, organisation or person is drawn, decided in this one place for the screen and every export: the
 * kind's outline and tint (the outline inset by half its width so it stays in the layout's box), the name wrapped
 * exactly as the layout sized it, and a small kind badge riding on the top edge so the kind reads without the legend.
 * A status other than current marks the box on top of its kind ({@link StyleTable#status}): the outline dashed
 * (proposed) or dotted (shadow / designate), or the whole box greyed (abolished), and a small tag with the status's
 * name riding on the bottom edge at the left, so it reads in black and white. A body whose view lists its members
 * ({@link MemberList}) has its name at the top, a rule, and one line per member (the role in brackets) laid out
 * by {@link ListedBox}, exactly as the layout sized the box.
 */
public final class ElementLook {
    /** The height of a kind badge. */
    public static final double BADGE_HEIGHT = 14;

    private final StyleTable style;
    private final LayoutMetrics metrics;

    public ElementLook(StyleTable style, LayoutMetrics metrics) {
        this.style = style;
        this.metrics = metrics;
    }

    /** The outline of {@code element} in {@code box}, its status's dash included: what the screen repaints to show selection. */
    public Mark.Paint outline(Element element, Box box) {
        ElementStyle s = styleOf(element);
        double in = s.strokeWidth() / 2;
        Figure f = Outlines.of(s.shape(), box.x() + in, box.y() + in, box.width() - 2 * in, box.height() - 2 * in);
        List<Double> dash = outlineDash(element);
        return new Mark.Paint("outline", f, s.fill(), 1, new Stroke(s.stroke(), s.strokeWidth(), dash, dash.isEmpty()));
    }

    /** The colours {@code element} is drawn in: its kind's, greyed when its status says so (abolished). */
    public ElementStyle styleOf(Element element) {
        ElementStyle s = style.element(element.kind());
        return style.status(element.status()).greyed() ? StyleTable.greyed(s) : s;
    }

    /**
     * The colours and shape {@code element} is drawn in when its box lists {@code members} (null or empty: as
     * {@link #styleOf(Element)}): a curved outline becomes a rounded rectangle so the list stays inside.
     */
    public ElementStyle styleOf(Element element, MemberList members) {
        ElementStyle s = styleOf(element);
        if (members == null || members.isEmpty() || Outlines.listing(s.shape()) == s.shape()) {
            return s;
        }
        return new ElementStyle(s.fill(), s.stroke(), s.text(), s.strokeWidth(), Outlines.listing(s.shape()), s.badge());
    }

    /** The outline of {@code element} in {@code box} listing {@code members} (null for none). */
    public Mark.Paint outline(Element element, Box box, MemberList members) {
        ElementStyle s = styleOf(element, members);
        double in = s.strokeWidth() / 2;
        Figure f = Outlines.of(s.shape(), box.x() + in, box.y() + in, box.width() - 2 * in, box.height() - 2 * in);
        List<Double> dash = outlineDash(element);
        return new Mark.Paint("outline", f, s.fill(), 1, new Stroke(s.stroke(), s.strokeWidth(), dash, dash.isEmpty()));
    }

    /** The dash pattern of {@code element}'s outline: its status's (empty for solid). */
    public List<Double> outlineDash(Element element) {
        return style.status(element.status()).dash();
    }

    /**
     * The status tag of {@code element}: a paper-coloured chip outlined in ink with the status's name ("proposed"),
     * on the bottom edge at the left; nothing for a current element.
     */
    public List<Mark> tag(Element element, Box box) {
        StatusStyle st = style.status(element.status());
        if (st.tag().isEmpty()) {
            return List.of();
        }
        double inset = Outlines.sideInset(style.element(element.kind()).shape(), box.width(), box.height());
        return tagAt(st, box.x() + inset, box.maxY());
    }

    /** A status tag chip with its left end at {@code x}, centred on {@code centreY}. */
    List<Mark> tagAt(StatusStyle st, double x, double centreY) {
        double size = style.typography().badgeFontSize();
        double w = FontFace.REGULAR.metrics(size).width(st.tag()) + 8;
        String ink = style.paper().ink();
        return List.of(
                new Mark.Paint("status-tag", new Figure.Rect(x, centreY - BADGE_HEIGHT / 2, w, BADGE_HEIGHT, 2),
                        style.paper().paper(), 1, Stroke.solid(ink, 0.6)),
                TextRuns.line("status-tag-text", st.tag(), x + 4, centreY, FontFace.REGULAR, size, ink));
    }

    /** What {@code status} adds to what has it, from the style table. */
    public StatusStyle status(Status status) {
        return style.status(status);
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
        ElementStyle s = styleOf(element);
        double size = style.typography().badgeFontSize();
        double w = FontFace.BOLD.metrics(size).width(s.badge()) + 8;
        double inset = Outlines.sideInset(s.shape(), box.width(), box.height());
        double x = box.x() + Math.max(inset, box.width() - inset - w);
        double y = box.y() - BADGE_HEIGHT / 2;
        return List.of(
                new Mark.Paint("badge", new Figure.Rect(x, y, w, BADGE_HEIGHT, BADGE_HEIGHT / 2), s.stroke(), 1, null),
                TextRuns.line("badge-text", s.badge(), x + 4, box.y(), FontFace.BOLD, size, style.paper().badgeText()));
    }

    /**
     * The name lines of {@code element} in {@code box}: centred in the box, or, when the box lists {@code members},
     * centred across the top above the list.
     */
    public List<Mark.Text> name(Element element, Box box, MemberList members) {
        if (members == null || members.isEmpty()) {
            return name(element, box);
        }
        ListedBox listed = ListedBox.of(metrics, element.name(), members);
        return TextRuns.block("name", listed.nameLines(), box.centreX(), box.y() + listed.nameCentreY(),
                metrics.lineHeight(), FontFace.REGULAR, metrics.fontSize(), style.element(element.kind()).text());
    }

    /**
     * The member list inside {@code box}: a hairline rule under the name, then each entry ("Barnsley Council
     * [member]") where {@link ListedBox} places it (a long list in columns, an entry's further lines indented);
     * nothing when {@code members} is null or empty.
     */
    public List<Mark> memberList(Element element, Box box, MemberList members) {
        if (members == null || members.isEmpty()) {
            return List.of();
        }
        ListedBox listed = ListedBox.of(metrics, element.name(), members);
        ElementStyle s = styleOf(element, members);
        double inset = ListedBox.sideInset(metrics);
        List<Mark> out = new ArrayList<>();
        double ruleY = box.y() + listed.ruleY();
        out.add(new Mark.Paint("member-rule", new Figure.Poly(List.of(new Point(box.x() + inset, ruleY),
                new Point(box.maxX() - inset, ruleY)), false), null, 1, Stroke.solid(s.stroke(), 0.6)));
        for (ListedBox.Line line : listed.lines()) {
            out.add(TextRuns.line("member", line.text(), box.x() + line.x(), box.y() + line.centreY(), FontFace.REGULAR,
                    metrics.memberText().size(), s.text()));
        }
        return out;
    }

    /** Everything drawn for {@code element} in {@code box}, bottom to top. */
    public List<Mark> marks(Element element, Box box) {
        return marks(element, box, null);
    }

    /** Everything drawn for {@code element} in {@code box} listing {@code members} (null for none), bottom to top. */
    public List<Mark> marks(Element element, Box box, MemberList members) {
        List<Mark> out = new ArrayList<>();
        out.add(outline(element, box, members));
        out.addAll(name(element, box, members));
        out.addAll(memberList(element, box, members));
        out.addAll(badge(element, box));
        out.addAll(tag(element, box));
        return out;
    }
}
