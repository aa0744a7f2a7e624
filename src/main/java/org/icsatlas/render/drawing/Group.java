package org.icsatlas.render.drawing;

import java.util.List;

/**
 * A group of marks and child groups drawn as one thing: a footprint (its children nest inside it), an element, a
 * relation, the legend, the title block. {@code id} is the model id (or a fixed name such as "legend"), {@code kind}
 * the CSS-style class of what it draws ("footprint place", "element integrated-care-board", "relation reports-to"),
 * {@code title} and {@code description} the text a screen reader says. Marks are drawn before the children, in order.
 */
public record Group(String id, String kind, String title, String description, Transform transform, List<Mark> marks,
                    List<Group> children) {
    public Group {
        transform = transform == null ? Transform.IDENTITY : transform;
        marks = List.copyOf(marks);
        children = List.copyOf(children);
        title = title == null ? "" : title;
        description = description == null ? "" : description;
    }

    /** Every text run in this group and its children, in drawing order (for tests and the legibility check). */
    public void forEachText(java.util.function.BiConsumer<Mark.Text, Double> action) {
        forEachText(action, 1);
    }

    private void forEachText(java.util.function.BiConsumer<Mark.Text, Double> action, double scale) {
        double s = scale * transform.scale();
        for (Mark m : marks) {
            if (m instanceof Mark.Text t) {
                action.accept(t, s);
            }
        }
        for (Group g : children) {
            g.forEachText(action, s);
        }
    }

    /** The group with this id here or below; null when there is none. */
    public Group find(String groupId) {
        if (groupId.equals(id)) {
            return this;
        }
        for (Group g : children) {
            Group f = g.find(groupId);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
