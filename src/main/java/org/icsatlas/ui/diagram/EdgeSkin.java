package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.Point;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.RelationLook;
import org.icsatlas.model.Relation;
import org.icsatlas.render.style.RelationStyle;

/**
 * Draws one relation as {@link RelationLook} draws it for every export: the line in the kind's (or status's) dash,
 * the paper-coloured core of a double line, the arrowhead, the label on its plate and the status tag, each mark
 * turned into a JavaFX shape by {@link MarkNodes}; a highlight repaints the same shapes with the look's highlight.
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
    private Shape line;
    private Shape gap;
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
        RelationLook look = look();
        List<Mark> marks = look.marks(relation, layout, style, null, 1);
        line = null;
        gap = null;
        head = null;
        label = null;
        List<Node> nodes = new ArrayList<>(5);
        Group tag = null;
        Shape plate = null;
        for (Mark m : marks) {
            if (m instanceof Mark.Paint p) {
                Shape shape = MarkNodes.shape(p);
                switch (p.role()) {
                    case "line" -> {
                        line = shape;
                        line.getStyleClass().add(StyleClasses.EDGE_LINE);
                    }
                    case "rail-gap" -> {
                        gap = shape;
                        gap.setMouseTransparent(true);
                    }
                    case "head" -> {
                        head = shape;
                        head.getStyleClass().add(StyleClasses.EDGE_HEAD);
                    }
                    case "plate" -> plate = shape;
                    default -> tag = add(tag, shape);
                }
                if (line == shape || gap == shape || head == shape) {
                    nodes.add(shape);
                }
            } else if (m instanceof Mark.Text t) {
                Text text = MarkNodes.text(t, tokens);
                if (t.role().equals("label") && plate != null) {
                    text.getStyleClass().add(StyleClasses.EDGE_LABEL);
                    Group g = new Group(plate, text);
                    g.setMouseTransparent(true);
                    g.setVisible(detailShown);
                    label = g;
                    nodes.add(g);
                } else {
                    text.getStyleClass().add(StyleClasses.ELEMENT_STATUS_TAG);
                    tag = add(tag, text);
                }
            }
        }
        if (tag != null) {
            tag.setMouseTransparent(true);
            nodes.add(tag);
        }
        if (highlighted) {
            paint();
        }
        getChildren().setAll(nodes);
    }

    private static Group add(Group g, Node n) {
        Group out = g == null ? new Group() : g;
        out.getChildren().add(n);
        return out;
    }

    /**
     * The relation look with the canvas's label size: the screen draws the marks every export draws, from the same
     * look, so line, rails, head, label plate and tag have the same sizes and colours everywhere.
     */
    private RelationLook look() {
        LayoutMetrics m = LayoutMetrics.DEFAULT;
        if (m.labelFontSize() != labelFontSize) {
            m = new LayoutMetrics(m.fontSize(), m.headerFontSize(), labelFontSize, m.lineSpacing(), m.nodePaddingX(),
                    m.nodePaddingY(), m.minNodeWidth(), m.maxTextWidth(), m.footprintPadding(), m.spacing(), m.aspectRatio());
        }
        return new RelationLook(tokens.table(), m);
    }

    /** Repaints the built line, rails and head, highlighted or not, as {@link RelationLook#lines} says. */
    private void paint() {
        for (Mark m : look().lines(layout, style, highlighted)) {
            Mark.Paint p = (Mark.Paint) m;
            Shape target = switch (p.role()) {
                case "line" -> line;
                case "rail-gap" -> gap;
                case "head" -> head;
                default -> null;
            };
            if (target != null) {
                MarkNodes.paint(target, p);
            }
        }
    }

    /**
     * The label text as drawn: exactly the layout's {@link EdgeLayout#labelText}, which also sized the label's
     * place, so the screen and every export say the same thing.
     */
    static String shownLabel(Relation r) {
        return EdgeLayout.labelText(r);
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
