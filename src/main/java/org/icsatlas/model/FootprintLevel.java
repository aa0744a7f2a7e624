package org.icsatlas.model;

/** The geographic levels a footprint can have, from the widest to the narrowest. */
public enum FootprintLevel {
    REGION("Region"),
    SYSTEM("System"),
    PLACE("Place"),
    NEIGHBOURHOOD("Neighbourhood");

    private final String label;

    FootprintLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A footprint may only contain footprints of a strictly narrower level. */
    public boolean canContain(FootprintLevel child) {
        return child.ordinal() > ordinal();
    }
}
