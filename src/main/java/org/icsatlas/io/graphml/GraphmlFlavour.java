package org.icsatlas.io.graphml;

import java.util.Locale;

/** Which tools a GraphML export is for. */
public enum GraphmlFlavour {
    /** yEd: footprints as group nodes with nested graphs, styled shapes at the layout's positions. */
    YED,
    /** Gephi and Cytoscape, which drop nested graphs: every footprint and element a node of one flat graph, with its parent as data. */
    FLAT;

    /** Reads {@code yed} or {@code flat}, ignoring case; null when it is neither. */
    public static GraphmlFlavour parse(String word) {
        for (GraphmlFlavour f : values()) {
            if (f.name().equals(word.toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
