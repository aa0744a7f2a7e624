package org.icsatlas.io.register;

import org.icsatlas.model.ElementId;

/**
 * Something the model has and the re-imported register no longer lists: an element (removed with its relations) or
 * a relation. Removals are only proposed; an import applies those the user ticks.
 */
public record Removal(ElementId id, boolean relation, String text) {
    @Override
    public String toString() {
        return text;
    }
}
