package org.icsatlas.io.graphml;

import java.util.List;
import org.icsatlas.model.IcsModel;

/**
 * A model read from GraphML, and what the reader had to guess or leave out on the way (each {@code file:line:column:
 * message}): a node with no kind, an edge between two groups, an edge whose kind fits neither end. A file in ICS
 * Atlas's own keys reads with no notes.
 */
public record GraphmlImport(IcsModel model, List<String> notes, int leftOut) {
    public GraphmlImport {
        notes = List.copyOf(notes);
    }
}
