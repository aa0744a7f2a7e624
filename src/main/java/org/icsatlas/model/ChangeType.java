package org.icsatlas.model;

/** What a single primitive change to the model did. */
public enum ChangeType {
    INFO_CHANGED,
    FOOTPRINT_ADDED, FOOTPRINT_REMOVED, FOOTPRINT_CHANGED, FOOTPRINT_MOVED,
    ELEMENT_ADDED, ELEMENT_REMOVED, ELEMENT_CHANGED, ELEMENT_MOVED,
    RELATION_ADDED, RELATION_REMOVED, RELATION_CHANGED,
    VIEW_ADDED, VIEW_REMOVED, VIEW_CHANGED,
    /** A kind was declared, redeclared or removed ({@link IcsModel#kinds()}); elements re-kinded by it change too. */
    KINDS_CHANGED
}
