package org.icsatlas.render.drawing;

import java.util.List;
import org.icsatlas.layout.Point;
import org.icsatlas.render.style.NodeShape;

/** The figure of each {@link NodeShape} filling a box, and how far text keeps from its sides. */
public final class Outlines {
    /** The deepest an octagon's corners are cut. */
    private static final double MAX_OCTAGON_CUT = 12;

    private Outlines() {
    }

    /**
     * The shape a box that lists its members takes: its own, except that a curved shape (ellipse, stadium), whose
     * sides would cut into a tall list, becomes a rounded rectangle.
     */
    public static NodeShape listing(NodeShape shape) {
        return shape == NodeShape.ELLIPSE || shape == NodeShape.STADIUM ? NodeShape.ROUNDED_RECTANGLE : shape;
    }

    /** The outline of {@code shape} in the box at ({@code x}, {@code y}) of {@code w} by {@code h}. */
    public static Figure of(NodeShape shape, double x, double y, double w, double h) {
        return switch (shape) {
            case RECTANGLE -> new Figure.Rect(x, y, w, h, 0);
            case ROUNDED_RECTANGLE -> new Figure.Rect(x, y, w, h, Math.min(8, h / 5));
            case STADIUM -> new Figure.Rect(x, y, w, h, h / 2);
            case ELLIPSE -> new Figure.Oval(x, y, w, h);
            case HEXAGON -> {
                double d = hexagonPoint(w, h);
                yield poly(x, y, d, 0, w - d, 0, w, h / 2, w - d, h, d, h, 0, h / 2);
            }
            case OCTAGON -> {
                // cut corners no deeper than a box's padding, so a tall box's text (a member list) stays inside
                double d = Math.min(Math.min(h / 4, w / 6), MAX_OCTAGON_CUT);
                yield poly(x, y, d, 0, w - d, 0, w, d, w, h - d, w - d, h, d, h, 0, h - d, 0, d);
            }
        };
    }

    /** How far text must stay from the left and right edges so it does not run over a pointed or curved side. */
    public static double sideInset(NodeShape shape, double w, double h) {
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

    private static Figure poly(double x, double y, double... xy) {
        Point[] pts = new Point[xy.length / 2];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new Point(x + xy[2 * i], y + xy[2 * i + 1]);
        }
        return new Figure.Poly(List.of(pts), true);
    }
}
