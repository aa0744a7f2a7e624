package org.icsatlas.render.style;

/** What a relation's line ends with at its target. */
public enum Arrowhead {
    NONE, OPEN, FILLED
}
