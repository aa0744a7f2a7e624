package org.icsatlas.layout;

import java.util.List;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * The route of one relation as a polyline in absolute coordinates, from the box of {@code from} to the box of
 * {@code to}. Those are the relation's own ends, or the collapsed footprint that hides an end. {@code label}
 * is where a label (e.g. a member's role) goes, or null when the relation has none.
 */
public record EdgeLayout(ElementId relation, ElementId from, ElementId to, List<Point> points, Point label) {
    public EdgeLayout {
        points = List.copyOf(points);
    }

    /** The text drawn at {@link #label()}: a member's role, a delegation's scope; empty when a relation has none. */
    public static String labelText(Relation relation) {
        if (relation.kind() == RelationKind.MEMBER_OF && relation.role() != null) {
            return relation.role().label();
        }
        if (relation.kind() == RelationKind.DELEGATES_TO && relation.scope() != null) {
            return relation.scope().strip();
        }
        return "";
    }
}
