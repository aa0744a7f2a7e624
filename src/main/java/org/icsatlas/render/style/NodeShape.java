package org.icsatlas.render.style;

/**
 * The outline an element is drawn with. Shapes carry meaning on their own, so a diagram printed in black and
 * white still tells a sovereign organisation (sharp rectangle) from a partnership (hexagon) or a person (stadium).
 */
public enum NodeShape {
    /** Sharp corners: a sovereign organisation. */
    RECTANGLE,
    /** Soft corners: a board or committee. */
    ROUNDED_RECTANGLE,
    /** Pointed ends: a partnership or alliance of equals. */
    HEXAGON,
    /** Cut corners: a working group that delivers (programme, delivery, project). */
    OCTAGON,
    /** Fully rounded ends: a person. */
    STADIUM,
    /** An oval: a citizens' voice. */
    ELLIPSE
}
