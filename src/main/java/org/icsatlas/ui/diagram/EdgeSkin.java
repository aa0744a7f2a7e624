package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.Point;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.RelationLook;
import org.icsatlas.model.Relation;
import org.icsatlas.render.style.Arrowhead;
import org.icsatlas.render.style.RelationStyle;

/**
 * Draws one relation along its routed polyline: the kind's dash pattern, a doubled line for delegation, the
 * arrowhead at the target, and the label (a member's role, a delegation's scope) on a soft backing plate.
 *
 * <p>The lines, head and label are built the first time the culler shows the skin, not when the drawing is made:
 * at England scale most of the 15,000 relations are never looked at closely, and building and styling them all
 * made the first draw slow. Until then the skin is an empty group outside the scene (it joins its layer when first
 * shown, see {@link DiagramDrawing}) that only remembers its state (highlighted, detail shown) and applies it when
 * it builds; fading is the group's own opacity, so it holds either way.
 */
final class EdgeSkin extends SkinNode {
    private EdgeLayout layout;
    private final Relation relation;
    private final RelationStyle style;
    private final FxTokens tokens;
    private final double labelFontSize;
    private String labelText;
    private Polyline line;
    private Polyline gap;
    private Shape head;
    private Node label;
    private boolean highlighted;
    private boolean detailShown = true;

    EdgeSkin(EdgeLayout layout, Relation relation, RelationStyle style, FxTokens tokens, double labelFontSize) {
        super(relation.id(), boundsOf(layout.points()));
        this.layout = layout;
        this.relation = relation;
        this.style = style;
        this.tokens = tokens;
        this.labelFontSize = labelFontSize;
        String text = layout.label() == null ? "" : shownLabel(relation);
        this.labelText = text.isEmpty() ? null : text;
        getStyleClass().addAll(StyleClasses.EDGE, StyleClasses.forRelation(relation.kind()));
        // Hidden until the culler finds it in view, which also builds it.
        setVisible(false);
    }

    EdgeLayout edgeLayout() {
        return layout;
    }

    Relation relation() {
        return relation;
    }

    /** Same relation, whatever its route: the skin can be {@linkplain #reroute rerouted} instead of rebuilt. */
    boolean canReroute(Relation r) {
        return relation.equals(r);
    }

    /**
     * Draws the same relation along a new route, keeping this skin (its place in the layer, highlight, fading and
     * detail state): an edit that moves a footprint reroutes thousands of relations at England scale, and a new
     * group for each, swapped into the layer and the grid, cost more than the layout. A skin not built yet only
     * takes the route; a shown one rebuilds its lines, head and label; a hidden one drops them, to be built again
     * along the new route if the culler shows it (most built edges are out of view, where a pan once took them).
     */
    void reroute(EdgeLayout l) {
        if (layout == l || layout.equals(l)) {
            return;
        }
        layout = l;
        setBounds(boundsOf(l.points()));
        String text = l.label() == null ? "" : shownLabel(relation);
        labelText = text.isEmpty() ? null : text;
        if (line == null) {
            return;
        }
        if (isVisible()) {
            build();
        } else {
            line = null;
            gap = null;
            head = null;
            label = null;
            getChildren().clear();
        }
    }

    /** Whether the line, head and label exist yet (they are built when the skin is first shown). */
    boolean built() {
        return line != null;
    }

    /** The label text the skin draws (built or about to be), or null when the relation is drawn without one. */
    String displayedLabel() {
        return label instanceof Group g ? ((Text) g.getChildren().get(1)).getText() : labelText;
    }

    @Override
    void setShown(boolean shown) {
        if (shown && line == null) {
            build();
        }
        super.setShown(shown);
    }

    void setHighlighted(boolean highlighted) {
        if (highlighted == this.highlighted) {
            return;
        }
        this.highlighted = highlighted;
        if (line != null) {
            paint();
        }
        // No toFront(): reordering a layer of 15,000 edges makes JavaFX re-sync and repaint all of them.
        if (highlighted) {
            getStyleClass().add(StyleClasses.HIGHLIGHTED);
        } else {
            getStyleClass().remove(StyleClasses.HIGHLIGHTED);
        }
    }

    void setFaded(boolean faded) {
        double opacity = faded ? tokens.table().emphasis().fadedOpacity() : 1;
        if (getOpacity() != opacity) {
            setOpacity(opacity);
        }
    }

    @Override
    void setDetailShown(boolean shown) {
        detailShown = shown;
        if (label != null && label.isVisible() != shown) {
            label.setVisible(shown);
        }
    }

    private void build() {
        List<Point> pts = layout.points();
        double headLength = 6 + 3 * style.width();
        double[] coords = flatten(pts, style.arrowhead() == Arrowhead.FILLED ? headLength * 0.8 : 0);
        line = new Polyline(coords);
        line.getStyleClass().add(StyleClasses.EDGE_LINE);
        line.setStrokeLineJoin(StrokeLineJoin.ROUND);
        line.setStrokeLineCap(style.solid() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        line.getStrokeDashArray().setAll(style.dash());
        line.setFill(null);
        gap = style.doubleLine() ? gapLine(coords) : null;
        head = arrowhead(pts, headLength);
        label = labelText == null ? null : label(labelText, layout.label(), labelFontSize);
        paint();
        List<Node> nodes = new ArrayList<>(4);
        nodes.add(line);
        if (gap != null) {
            nodes.add(gap);
        }
        if (head != null) {
            nodes.add(head);
        }
        if (label != null) {
            label.setVisible(detailShown);
            nodes.add(label);
        }
        Node tag = tag();
        if (tag != null) {
            nodes.add(tag);
        }
        getChildren().setAll(nodes);
    }

    /** The status tag exactly as {@link RelationLook#tag} draws it for every export; null when current. */
    private Node tag() {
        LayoutMetrics m = LayoutMetrics.DEFAULT;
        m = new LayoutMetrics(m.fontSize(), m.headerFontSize(), labelFontSize, m.lineSpacing(), m.nodePaddingX(),
                m.nodePaddingY(), m.minNodeWidth(), m.maxTextWidth(), m.footprintPadding(), m.spacing(), m.aspectRatio());
        List<Mark> marks = new RelationLook(tokens.table(), m).tag(relation, layout);
        if (marks.isEmpty()) {
            return null;
        }
        Group g = new Group();
        for (Mark mark : marks) {
            if (mark instanceof Mark.Paint p) {
                Shape chip = NodeShapes.shape(p.figure());
                chip.setFill(FxTokens.colour(p.fill()));
                chip.setStroke(FxTokens.colour(p.stroke().colour()));
                chip.setStrokeWidth(p.stroke().width());
                g.getChildren().add(chip);
            } else if (mark instanceof Mark.Text t) {
                Text text = new Text(t.x(), t.baseline(), t.text());
                text.getStyleClass().add(StyleClasses.ELEMENT_STATUS_TAG);
                text.setFont(tokens.font(t.size()));
                text.setFill(FxTokens.colour(t.colour()));
                g.getChildren().add(text);
            }
        }
        g.setMouseTransparent(true);
        return g;
    }

    private void paint() {
        paint(highlighted ? tokens.table().emphasis().highlight() : style.stroke(), highlighted ? 1.8 : 1);
    }

    private void paint(String hex, double widthFactor) {
        Color c = FxTokens.colour(hex);
        double w = style.width() * widthFactor;
        // A double line is a wide stroke with a background-coloured core: two rails with a gap between them.
        line.setStroke(c);
        line.setStrokeWidth(gap == null ? w : 3 * w);
        if (gap != null) {
            gap.setStrokeWidth(w);
        }
        if (head != null) {
            head.setStroke(c);
            head.setStrokeWidth(Math.max(1, w));
            head.setFill(style.arrowhead() == Arrowhead.FILLED ? c : null);
        }
    }

    private Polyline gapLine(double[] coords) {
        Polyline p = new Polyline(coords);
        p.setStroke(FxTokens.colour(tokens.table().paper().paper()));
        p.setStrokeLineJoin(StrokeLineJoin.ROUND);
        p.setStrokeLineCap(StrokeLineCap.BUTT);
        p.setFill(null);
        p.setMouseTransparent(true);
        return p;
    }

    private Shape arrowhead(List<Point> pts, double length) {
        if (style.arrowhead() == Arrowhead.NONE || pts.size() < 2) {
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
        double half = length * (style.doubleLine() ? 0.6 : 0.45);
        double bx = tip.x() - ux * length;
        double by = tip.y() - uy * length;
        double lx = bx - uy * half;
        double ly = by + ux * half;
        double rx = bx + uy * half;
        double ry = by - ux * half;
        Shape s = style.arrowhead() == Arrowhead.FILLED
                ? new Polygon(lx, ly, tip.x(), tip.y(), rx, ry)
                : new Polyline(lx, ly, tip.x(), tip.y(), rx, ry);
        s.getStyleClass().add(StyleClasses.EDGE_HEAD);
        s.setStrokeLineJoin(StrokeLineJoin.MITER);
        s.setStrokeLineCap(StrokeLineCap.ROUND);
        return s;
    }

    private Node label(String text, Point centre, double fontSize) {
        Text t = new Text(text);
        t.getStyleClass().add(StyleClasses.EDGE_LABEL);
        t.setFont(tokens.font(fontSize));
        t.setFill(FxTokens.colour(tokens.table().paper().labelText()));
        t.setTextOrigin(VPos.CENTER);
        Bounds b = t.getLayoutBounds();
        Color paper = FxTokens.colour(tokens.table().paper().plate());
        Rectangle plate = new Rectangle(b.getWidth() + 6, b.getHeight() + 2, Color.color(paper.getRed(), paper.getGreen(),
                paper.getBlue(), tokens.table().paper().plateOpacity()));
        plate.setArcWidth(6);
        plate.setArcHeight(6);
        plate.setLayoutX(centre.x() - plate.getWidth() / 2);
        plate.setLayoutY(centre.y() - plate.getHeight() / 2);
        t.setLayoutX(centre.x() - b.getWidth() / 2);
        t.setLayoutY(centre.y());
        Group g = new Group(plate, t);
        g.setMouseTransparent(true);
        return g;
    }

    /**
     * The label text as drawn: exactly the layout's {@link EdgeLayout#labelText}, which also sized the label's
     * place, so the screen and every export say the same thing.
     */
    static String shownLabel(Relation r) {
        return EdgeLayout.labelText(r);
    }

    /** The points as x, y pairs, with the last segment shortened by {@code trim} to leave room for a solid head. */
    private static double[] flatten(List<Point> pts, double trim) {
        double[] c = new double[pts.size() * 2];
        for (int i = 0; i < pts.size(); i++) {
            c[2 * i] = pts.get(i).x();
            c[2 * i + 1] = pts.get(i).y();
        }
        int n = pts.size();
        if (trim > 0 && n >= 2) {
            double dx = c[2 * n - 2] - c[2 * n - 4];
            double dy = c[2 * n - 1] - c[2 * n - 3];
            double len = Math.hypot(dx, dy);
            if (len > trim) {
                c[2 * n - 2] -= dx / len * trim;
                c[2 * n - 1] -= dy / len * trim;
            }
        }
        return c;
    }

    private static Box boundsOf(List<Point> pts) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Point p : pts) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return pts.isEmpty() ? new Box(0, 0, 0, 0) : new Box(minX - 60, minY - 20, maxX - minX + 120, maxY - minY + 40);
    }
}
