package org.icsatlas.model;

/**
 * Where an element or relation stands in time: in force now ({@link #CURRENT}, the default), planned
 * ({@link #PROPOSED}), running ahead of its powers ({@link #SHADOW}: a shadow body, or a person appointed
 * designate to a role not yet in being), or gone ({@link #ABOLISHED}). Only a current element or relation is in
 * force: the statutory composition checks count nothing else.
 */
public enum Status {
    CURRENT("current"),
    PROPOSED("proposed"),
    SHADOW("shadow / designate"),
    ABOLISHED("abolished");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** A plain-English name for legends, menus and messages ("proposed"). */
    public String label() {
        return label;
    }

    /** Whether it is in force now: only {@link #CURRENT} is. */
    public boolean inForce() {
        return this == CURRENT;
    }
}
