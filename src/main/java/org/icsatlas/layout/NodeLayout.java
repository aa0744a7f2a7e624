package org.icsatlas.layout;

import org.icsatlas.model.ElementId;

/** Where an element (body, organisation or person) sits: its box relative to the footprint that contains it. */
public record NodeLayout(ElementId id, ElementId parent, Box box) {
}
