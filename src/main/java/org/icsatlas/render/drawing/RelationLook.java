package org.icsatlas.render.drawing;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.Point;
import org.icsatlas.model.Relation;
import org.icsatlas.render.style.Arrowhead;
import org.icsatlas.render.style.RelationStyle;
import org.icsatlas.render.style.StatusStyle;
import org.icsatlas.render.style.StyleTable;

/**
 * How a relation is drawn along its route, decided in this one place for the screen and every export: the kind's
 * dash pattern, a double line for delegation (a wide stroke with a paper-coloured core: two rails), the arrowhead
 * at the target (the line stops short of a filled head so its tip stays sharp), and the label (a member's role, a
 * delegation's scope) on a translucent plate. A relation with a status other than current takes its status's dash
 * (proposed dashed, shadow / designate dotted) or is greyed (abolished), and carries the same small tag as a box,
 * under its label or at the middle of its route.
 */
public final class RelationLook {
    private final StyleTable style;
    private final LayoutMetrics metrics;

    public RelationLook(StyleTable style, LayoutMetrics metrics) {
        this.style = style;
        this.metrics = metrics;
    }

    /** How much wider a highlighted relation (the selection's lines, a focus) is drawn than its kind's width. */
    public static final double HIGHLIGHT_WIDTH_FACTOR = 1.8;

    /** The line, its second rail, the head and the label, bottom to top; {@code colour} overrides the kind's (null keeps it). */
    public List<Mark> marks(Relation relation, EdgeLayout route, String colour, double widthFactor) {
        return marks(relation, route, styleOf(relation), colour, widthFactor);
    }

    /** The same in line style {@code s} (a legend's swatch draws a kind's own style, whatever the sample's status). */
    public List<Mark> marks(Relation relation, EdgeLayout route, RelationStyle s, String colour, double widthFactor) {
        List<Mark> out = new ArrayList<>(lines(route, s, colour, widthFactor));
        if (out.isEmpty()) {
            return out;
        }
        out.addAll(label(relation, route));
        out.addAll(tag(relation, route));
        return out;
    }

    /**
     * The line ("line"), the paper-coloured core of a double line ("rail-gap") and the head ("head") in style
     * {@code s}, highlighted (in the emphasis colour, {@link #HIGHLIGHT_WIDTH_FACTOR} wider) or not. The geometry does
     * not depend on the highlight, so a screen can repaint the same shapes.
     */
    public List<Mark> lines(EdgeLayout route, RelationStyle s, boolean highlighted) {
        return highlighted ? lines(route, s, style.emphasis().highlight(), HIGHLIGHT_WIDTH_FACTOR) : lines(route, s, null, 1);
    }

    private List<Mark> lines(EdgeLayout route, RelationStyle s, String colour, double widthFactor) {
        String c = colour == null ? s.stroke() : colour;
        double w = s.width() * widthFactor;
        List<Point> pts = route.points();
        List<Mark> out = new ArrayList<>(3);
        if (pts.size() < 2) {
            return out;
        }
        double headLength = headLength(s);
        List<Point> line = s.arrowhead() == Arrowhead.FILLED ? trimmed(pts, headLength * 0.8) : pts;
        out.add(new Mark.Paint("line", new Figure.Poly(line, false), null, 1,
                new Stroke(c, s.doubleLine() ? 3 * w : w, s.dash(), s.solid())));
        if (s.doubleLine()) {
            out.add(new Mark.Paint("rail-gap", new Figure.Poly(line, false), null, 1,
                    new Stroke(style.paper().paper(), w, s.dash(), false)));
        }
        Figure head = head(s, pts, headLength);
        if (head != null) {
            boolean filled = s.arrowhead() == Arrowhead.FILLED;
            out.add(new Mark.Paint("head", head, filled ? c : null, 1, Stroke.solid(c, Math.max(1, w))));
        }
        return out;
    }

    /**
     * The line style of {@code relation}: its kind's, with its status's dash instead of the kind's when the status has
     * one, and in grey when the status greys (abolished).
     */
    public RelationStyle styleOf(Relation relation) {
        RelationStyle s = style.relation(relation.kind());
        StatusStyle st = style.status(relation.status());
        if (st.isPlain()) {
            return s;
        }
        return new RelationStyle(st.greyed() ? StyleTable.grey(s.stroke()) : s.stroke(), s.width(),
                st.dash().isEmpty() ? s.dash() : st.dash(), s.arrowhead(), s.doubleLine());
    }

    /** The status tag of {@code relation}, centred under its label or at the middle of its route; nothing when current. */
    public List<Mark> tag(Relation relation, EdgeLayout route) {
        StatusStyle st = style.status(relation.status());
        List<Point> pts = route.points();
        if (st.tag().isEmpty() || pts.size() < 2) {
            return List.of();
        }
        Point at;
        if (route.label() != null && !EdgeLayout.labelText(relation).isEmpty()) {
            Point l = route.label();
            at = new Point(l.x(), l.y() + metrics.labelHeight(EdgeLayout.labelText(relation)) / 2 + ElementLook.BADGE_HEIGHT / 2 + 1);
        } else {
            at = middle(pts);
        }
        double w = FontFace.REGULAR.metrics(style.typography().badgeFontSize()).width(st.tag()) + 8;
        return new ElementLook(style, metrics).tagAt(st, at.x() - w / 2, at.y());
    }

    /** The point halfway along a polyline. */
    private static Point middle(List<Point> pts) {
        double total = 0;
        for (int i = 1; i < pts.size(); i++) {
            total += Math.hypot(pts.get(i).x() - pts.get(i - 1).x(), pts.get(i).y() - pts.get(i - 1).y());
        }
        double left = total / 2;
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            double len = Math.hypot(b.x() - a.x(), b.y() - a.y());
            if (len >= left && len > 0) {
                double t = left / len;
                return new Point(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t);
            }
            left -= len;
        }
        return pts.get(pts.size() - 1);
    }

    /** The label plate and text, or nothing when the relation has no label or the layout gave it no place. */
    public List<Mark> label(Relation relation, EdgeLayout route) {
        String text = EdgeLayout.labelText(relation);
        if (text.isEmpty() || route.label() == null) {
            return List.of();
        }
        Point at = route.label();
        double size = metrics.labelFontSize();
        double width = FontFace.REGULAR.metrics(size).width(text) + 6;
        double height = metrics.labelHeight(text);
        return List.of(
                new Mark.Paint("plate", new Figure.Rect(at.x() - width / 2, at.y() - height / 2, width, height, 3),
                        style.paper().plate(), style.paper().plateOpacity(), null),
                TextRuns.centred("label", text, at.x(), at.y(), FontFace.REGULAR, size, style.paper().labelText()));
    }

    private static double headLength(RelationStyle s) {
        return 6 + 3 * s.width();
    }

    private static Figure head(RelationStyle s, List<Point> pts, double length) {
        if (s.arrowhead() == Arrowhead.NONE) {
            return null;
        }
        Point tip = pts.get(pts.size() - 1);
        Point before = pts.get(pts.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return null;
        }
        double ux = dx / len;
        double uy = dy / len;
        double half = length * (s.doubleLine() ? 0.6 : 0.45);
        double bx = tip.x() - ux * length;
        double by = tip.y() - uy * length;
        List<Point> three = List.of(new Point(bx - uy * half, by + ux * half), tip, new Point(bx + uy * half, by - ux * half));
        return new Figure.Poly(three, s.arrowhead() == Arrowhead.FILLED);
    }

    /** The points with the last segment shortened by {@code trim}, leaving room for a solid head. */
    private static List<Point> trimmed(List<Point> pts, double trim) {
        int n = pts.size();
        Point last = pts.get(n - 1);
        Point before = pts.get(n - 2);
        double dx = last.x() - before.x();
        double dy = last.y() - before.y();
        double len = Math.hypot(dx, dy);
        if (len <= trim) {
            return pts;
        }
        List<Point> out = new ArrayList<>(pts.subList(0, n - 1));
        out.add(new Point(last.x() - dx / len * trim, last.y() - dy / len * trim));
        return out;
    }
}
