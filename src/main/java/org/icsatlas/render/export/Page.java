package org.icsatlas.render.export;

import java.util.Optional;
import org.icsatlas.render.drawing.Drawing;

/**
 * One composed page: its drawing in points (diagram, legend, title block, watermark), the scale the diagram was
 * drawn at (points per diagram unit), the size its smallest diagram text prints at, and its name.
 */
public record Page(String name, Drawing drawing, double scale, double smallestTextPoints) {
    /** Text smaller than this is hard to read on paper. */
    public static final double MIN_LEGIBLE_POINTS = 6;

    /** A warning when text prints below {@link #MIN_LEGIBLE_POINTS}, with what to do instead. */
    public Optional<String> legibilityWarning(PageSize size) {
        if (smallestTextPoints >= MIN_LEGIBLE_POINTS || size.fitted()) {
            return Optional.empty();
        }
        String advice = size == PageSize.A4_LANDSCAPE || size == PageSize.A4_PORTRAIT
                ? "choose A3, or one page per place (--pages)" : "choose one page per place (--pages) or fit";
        return Optional.of(String.format(java.util.Locale.ROOT,
                "%s: the smallest text prints at %.1f pt on %s, below %.0f pt: %s", name, smallestTextPoints,
                size.label(), MIN_LEGIBLE_POINTS, advice));
    }
}
