package org.icsatlas.render.style;

/**
 * The tokens of the ground everything is drawn on and the small print around it: the paper (or canvas) colour,
 * the ink of page furniture (title block, legend), edge-label text and the translucent plate behind it, the text
 * on kind badges, and the watermark's grey.
 */
public record Paper(String paper, String ink, String labelText, String plate, double plateOpacity, String badgeText,
                    String watermark) {
    public Paper {
        HexColour.require(paper, "paper");
        HexColour.require(ink, "ink");
        HexColour.require(labelText, "label text");
        HexColour.require(plate, "plate");
        HexColour.require(badgeText, "badge text");
        HexColour.require(watermark, "watermark");
        if (!(plateOpacity >= 0 && plateOpacity <= 1)) {
            throw new IllegalArgumentException("plate opacity must lie between 0 and 1");
        }
    }
}
