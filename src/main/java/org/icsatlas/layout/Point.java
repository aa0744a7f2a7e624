package org.icsatlas.layout;

/** A point in absolute diagram coordinates. */
public record Point(double x, double y) {
}
