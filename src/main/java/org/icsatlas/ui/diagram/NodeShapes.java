package org.icsatlas.ui.diagram;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.icsatlas.render.drawing.Figure;
import org.icsatlas.render.drawing.Outlines;
import org.icsatlas.render.style.NodeShape;

/** Turns the render drawing's figures (the one definition of each {@link NodeShape}) into JavaFX shapes. */
final class NodeShapes {
    private NodeShapes() {
    }

    /** The outline of {@code shape} for a {@code w} by {@code h} box, as {@link Outlines} defines it for every export. */
    static Shape outline(NodeShape shape, double w, double h) {
        return shape(Outlines.of(shape, 0, 0, w, h));
    }

    /** The JavaFX shape of a drawing's figure. */
    static Shape shape(Figure f) {
        if (f instanceof Figure.Rect r) {
            Rectangle rect = new Rectangle(r.x(), r.y(), r.width(), r.height());
            rect.setArcWidth(2 * r.radius());
            rect.setArcHeight(2 * r.radius());
            return rect;
        }
        if (f instanceof Figure.Oval o) {
            return new Ellipse(o.x() + o.width() / 2, o.y() + o.height() / 2, o.width() / 2, o.height() / 2);
        }
        Figure.Poly p = (Figure.Poly) f;
        double[] xy = new double[2 * p.points().size()];
        for (int i = 0; i < p.points().size(); i++) {
            xy[2 * i] = p.points().get(i).x();
            xy[2 * i + 1] = p.points().get(i).y();
        }
        return p.closed() ? new Polygon(xy) : new javafx.scene.shape.Polyline(xy);
    }

    /**
     * The small pin drawn on a box whose position the user pinned: a round head on a short needle, about 7 by 10
     * pixels at 100 %, its needle's point at the origin. Mouse-transparent, so it never gets in the way of a click.
     */
    static Group pinMarker(Color ink) {
        Line needle = new Line(0, 0, 0, -6);
        needle.setStroke(ink);
        needle.setStrokeWidth(1.2);
        Circle head = new Circle(0, -7, 3.6, ink);
        head.setStroke(Color.WHITE);
        head.setStrokeWidth(0.8);
        Group g = new Group(needle, head);
        g.getStyleClass().add(StyleClasses.PIN_MARKER);
        g.setMouseTransparent(true);
        return g;
    }

    /** How far text must stay from the left and right edges so it does not run over a pointed or curved side. */
    static double sideInset(NodeShape shape, double w, double h) {
        return Outlines.sideInset(shape, w, h);
    }
}
