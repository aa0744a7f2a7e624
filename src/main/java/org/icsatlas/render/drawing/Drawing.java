package org.icsatlas.render.drawing;

/**
 * A finished picture, headless: a {@link Group} tree of shapes and text runs in the shipped font, on a canvas of
 * {@code width} by {@code height} units (diagram units for a diagram, PostScript points for a page). Every exporter
 * writes one, and the screen draws its elements, relations and footprints with the same looks.
 */
public record Drawing(double width, double height, Group root) {
}
