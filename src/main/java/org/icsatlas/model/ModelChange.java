package org.icsatlas.model;

import java.util.Set;

/**
 * One primitive change, with the footprints whose contents it touched (the parent of an added or removed
 * item, both parents of a move, the footprints of a relation's ends). A layout re-lays out only those.
 */
public record ModelChange(ChangeType type, ElementId subject, Set<ElementId> touchedFootprints) {
    public ModelChange {
        touchedFootprints = Set.copyOf(touchedFootprints);
    }
}
