package org.icsatlas.render.drawing;

import org.icsatlas.layout.ShippedFont;
import org.icsatlas.layout.TextMetrics;

/** The two faces of the shipped font that text is drawn in. */
public enum FontFace {
    REGULAR, BOLD;

    public ShippedFont font() {
        return this == BOLD ? ShippedFont.BOLD : ShippedFont.REGULAR;
    }

    public TextMetrics metrics(double size) {
        return new TextMetrics(size, this == BOLD);
    }
}
