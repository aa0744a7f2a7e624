package org.icsatlas.layout;

import java.util.List;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.MemberRole;
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

    /** Longest label drawn, in characters; longer texts end in an ellipsis (the full text is in the details). */
    public static final int MAX_LABEL_CHARACTERS = 28;

    /**
     * The text drawn at {@link #label()}, the same on screen and in every export: a member's role other than plain
     * member (the dashed line already says "member"), a delegation's scope; shortened with an ellipsis to
     * {@link #MAX_LABEL_CHARACTERS}; empty when a relation has none.
     */
    public static String labelText(Relation relation) {
        String text = "";
        if (relation.kind() == RelationKind.MEMBER_OF && relation.role() != null && relation.role() != MemberRole.MEMBER) {
            text = relation.role().label();
        } else if (relation.kind() == RelationKind.DELEGATES_TO && relation.scope() != null) {
            text = relation.scope().strip();
        }
        return text.length() <= MAX_LABEL_CHARACTERS ? text : text.substring(0, MAX_LABEL_CHARACTERS - 1).strip() + "\u2026";
    }
}
