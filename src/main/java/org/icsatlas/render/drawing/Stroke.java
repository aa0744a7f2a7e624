package org.icsatlas.render.drawing;

import java.util.List;

/**
 * How a figure's outline is drawn: colour ({@code #rrggbb}), width, dash pattern (alternating dash and gap lengths;
 * empty for solid), and whether line ends are round (solid lines) or cut square (dashes). Strokes are centred on the
 * figure's edge; box outlines are inset by half their width so that a box never grows past its layout box.
 */
public record Stroke(String colour, double width, List<Double> dash, boolean roundCaps) {
    public Stroke {
        dash = List.copyOf(dash);
    }

    public static Stroke solid(String colour, double width) {
        return new Stroke(colour, width, List.of(), true);
    }
}
