package org.icsatlas.render.style;

import java.util.List;
import java.util.Objects;

/**
 * How a status marks an element or a relation on top of its kind's style, readable in black and white: an outline
 * (or line) dash pattern ({@code dash}, empty for solid), whether it is drawn in greys ({@code greyed}), and the
 * small tag printed by the box ("proposed"; empty for current).
 */
public record StatusStyle(List<Double> dash, boolean greyed, String tag) {
    public StatusStyle {
        dash = List.copyOf(Objects.requireNonNull(dash, "dash"));
        Objects.requireNonNull(tag, "tag");
    }

    /** Whether the status changes nothing (current). */
    public boolean isPlain() {
        return dash.isEmpty() && !greyed && tag.isEmpty();
    }
}
