package org.icsatlas.render.style;

/**
 * The tokens for drawing attention: the accent of the selection, the colour of relations lit by a selection or
 * focus, and how far everything outside a focus fades (an opacity from 0 to 1).
 */
public record Emphasis(String selection, String highlight, double fadedOpacity) {
    public Emphasis {
        HexColour.require(selection, "selection");
        HexColour.require(highlight, "highlight");
        if (!(fadedOpacity >= 0 && fadedOpacity <= 1)) {
            throw new IllegalArgumentException("faded opacity must lie between 0 and 1");
        }
    }
}
