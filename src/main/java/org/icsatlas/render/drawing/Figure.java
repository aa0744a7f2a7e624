package org.icsatlas.render.drawing;

import java.util.List;
import org.icsatlas.layout.Point;

/** The geometry of a painted mark: a (rounded) rectangle, an oval, or a polygon or polyline. */
public sealed interface Figure permits Figure.Rect, Figure.Oval, Figure.Poly {

    /** A rectangle, its corners rounded with {@code radius} (0 for sharp corners). */
    record Rect(double x, double y, double width, double height, double radius) implements Figure {
    }

    /** The ellipse inscribed in a box. */
    record Oval(double x, double y, double width, double height) implements Figure {
    }

    /** Straight segments through {@code points}, {@code closed} for a polygon. */
    record Poly(List<Point> points, boolean closed) implements Figure {
        public Poly {
            points = List.copyOf(points);
        }
    }
}
