package org.icsatlas.render.style;

/**
 * How one level of footprint is drawn as a container: the tinted body, its outline, the header band that carries
 * the name, and the name's font size. Wider levels use stronger headers so nesting reads on a projector.
 */
public record FootprintStyle(String fill, String stroke, double strokeWidth, String headerFill, String headerText,
                             double titleFontSize, double cornerRadius) {
    public FootprintStyle {
        HexColour.require(fill, "fill");
        HexColour.require(stroke, "stroke");
        HexColour.require(headerFill, "header fill");
        HexColour.require(headerText, "header text");
        if (!(strokeWidth > 0) || !(titleFontSize > 0) || cornerRadius < 0) {
            throw new IllegalArgumentException("footprint sizes must be positive");
        }
    }

    /** The contrast ratio of the title on the header band (WCAG 2). */
    public double headerContrast() {
        return HexColour.contrast(headerText, headerFill);
    }
}
