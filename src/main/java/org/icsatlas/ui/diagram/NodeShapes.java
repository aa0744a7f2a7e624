package org.icsatlas.ui.diagram;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import org.icsatlas.render.style.NodeShape;

/** Builds the JavaFX outline of a {@link NodeShape} filling a box whose top-left corner is at the origin. */
final class NodeShapes {
    private NodeShapes() {
    }

    static Shape outline(NodeShape shape, double w, double h) {
        return switch (shape) {
            case RECTANGLE -> new Rectangle(w, h);
            case ROUNDED_RECTANGLE -> rounded(w, h, Math.min(16, h / 2.5));
            case STADIUM -> rounded(w, h, h);
            case ELLIPSE -> new Ellipse(w / 2, h / 2, w / 2, h / 2);
            case HEXAGON -> {
                double d = hexagonPoint(w, h);
                yield new Polygon(d, 0, w - d, 0, w, h / 2, w - d, h, d, h, 0, h / 2);
            }
            case OCTAGON -> {
                double d = Math.min(h / 4, w / 6);
                yield new Polygon(d, 0, w - d, 0, w, d, w, h - d, w - d, h, d, h, 0, h - d, 0, d);
            }
        };
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
        return switch (shape) {
            case RECTANGLE, ROUNDED_RECTANGLE, OCTAGON -> 8;
            case STADIUM -> Math.min(h / 2.5, w / 5) + 4;
            case HEXAGON -> hexagonPoint(w, h) + 2;
            case ELLIPSE -> w * 0.15 + 4;
        };
    }

    /** How far a hexagon's points stick out: no more than the layout's text padding, so names stay inside. */
    private static double hexagonPoint(double w, double h) {
        return Math.min(Math.min(h * 0.3, 11), w / 6);
    }

    private static Rectangle rounded(double w, double h, double arc) {
        Rectangle r = new Rectangle(w, h);
        r.setArcWidth(arc);
        r.setArcHeight(arc);
        return r;
    }
}
