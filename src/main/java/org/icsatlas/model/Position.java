package org.icsatlas.model;

/** A point in a view, relative to the top-left corner of the element's parent footprint. */
public record Position(double x, double y) {
}
