package org.icsatlas.layout;

import java.util.List;
import org.icsatlas.model.ElementId;

/**
 * The route of one relation as a polyline in absolute coordinates, from the box of {@code from} to the box of
 * {@code to}. Those are the relation's own ends, or the collapsed footprint that hides an end. {@code label}
 * is where a label (e.g. a member's role) goes, or null when the relation has none.
 */
public record EdgeLayout(ElementId relation, ElementId from, ElementId to, List<Point> points, Point label) {
    public EdgeLayout {
        points = List.copyOf(points);
    }
}
