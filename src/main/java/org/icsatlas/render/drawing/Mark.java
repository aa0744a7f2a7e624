package org.icsatlas.render.drawing;

/** One thing drawn: a filled and/or stroked {@link Figure}, or a run of text. Coordinates are in its group's space. */
public sealed interface Mark permits Mark.Paint, Mark.Text {

    /**
     * A figure filled with {@code fill} (a {@code #rrggbb} colour, null for none) at {@code fillOpacity}, and outlined
     * with {@code stroke} (null for none). {@code role} names what the figure is for ("outline", "header", "badge",
     * "line", "head", "plate", …), so a renderer with state of its own (the screen's selection) can find it.
     */
    record Paint(String role, Figure figure, String fill, double fillOpacity, Stroke stroke) implements Mark {
        public Paint {
            if (fill == null && stroke == null) {
                throw new IllegalArgumentException("a mark needs a fill or a stroke");
            }
        }
    }

    /**
     * A run of text on one line: its left end at ({@code x}, {@code baseline}) in the named face at {@code size}
     * (diagram units), in {@code colour}. {@code width} is the run's measured width in the shipped font, so every
     * renderer can centre or clip it the same way. {@code angle} turns the run about its left end (degrees,
     * clockwise as on screen; 0 for level text) and {@code opacity} lets a watermark show what lies beneath.
     */
    record Text(String role, String text, double x, double baseline, FontFace face, double size, String colour,
                double width, double angle, double opacity) implements Mark {
        public Text(String role, String text, double x, double baseline, FontFace face, double size, String colour,
                    double width) {
            this(role, text, x, baseline, face, size, colour, width, 0, 1);
        }
    }
}
