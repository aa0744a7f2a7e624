package org.icsatlas.render.style;

import java.util.Objects;

/**
 * How one kind of element is drawn: fill, outline and text colours ({@code #rrggbb}), outline width, shape, and
 * the short badge (e.g. "ICB", "LA") printed in the corner so the kind reads without the legend.
 */
public record ElementStyle(String fill, String stroke, String text, double strokeWidth, NodeShape shape, String badge) {
    public ElementStyle {
        HexColour.require(fill, "fill");
        HexColour.require(stroke, "stroke");
        HexColour.require(text, "text");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(badge, "badge");
        if (!(strokeWidth > 0)) {
            throw new IllegalArgumentException("stroke width must be positive");
        }
    }

    /** The contrast ratio of the text on the fill (WCAG 2); 4.5 or more reads well. */
    public double textContrast() {
        return HexColour.contrast(text, fill);
    }
}
