package org.icsatlas.layout;

import org.icsatlas.model.ElementId;

/**
 * Where a footprint sits: its box relative to its parent footprint (absolute for the layout's root), the height
 * of the header band that carries its name, whether it is drawn collapsed (one box, no children) and, when
 * collapsed, how many relations touch something hidden inside it.
 */
public record FootprintLayout(ElementId id, ElementId parent, Box box, double headerHeight, boolean collapsed,
                              int hiddenRelationCount) {
}
