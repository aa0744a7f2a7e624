package org.icsatlas.render.style;

import java.util.List;
import java.util.Objects;

/**
 * How one kind of relation is drawn: colour, line width, dash pattern (alternating dash and gap lengths in
 * diagram units; empty for a solid line), arrowhead at the target, and whether the line is doubled.
 * Dash, arrowhead and doubling alone tell the kinds apart, so the diagram reads in black and white.
 */
public record RelationStyle(String stroke, double width, List<Double> dash, Arrowhead arrowhead, boolean doubleLine) {
    public RelationStyle {
        HexColour.require(stroke, "stroke");
        Objects.requireNonNull(arrowhead, "arrowhead");
        dash = List.copyOf(dash);
        if (dash.size() % 2 != 0) {
            throw new IllegalArgumentException("a dash pattern alternates dash and gap: it needs an even length");
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("line width must be positive");
        }
    }

    public boolean solid() {
        return dash.isEmpty();
    }

    /** The parts that survive black-and-white printing: two kinds must never agree on all of them. */
    public Signature signature() {
        return new Signature(dash, arrowhead, doubleLine);
    }

    /** The colour-free look of a relation kind. */
    public record Signature(List<Double> dash, Arrowhead arrowhead, boolean doubleLine) {
    }
}
