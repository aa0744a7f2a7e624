package org.icsatlas.layout.hit;

import java.util.Objects;
import org.icsatlas.model.ElementId;

/**
 * What lies under a point of the diagram: an element box, the connect handle of one, a relation line, one end of a
 * relation line, a footprint's header band or a footprint's body. {@code id} is the element, relation or footprint.
 */
public record Hit(Kind kind, ElementId id) {
    /** The parts of a drawn diagram a pointer can be over, the topmost first. */
    public enum Kind { CONNECT_HANDLE, RELATION_SOURCE_END, RELATION_TARGET_END, ELEMENT, RELATION, FOOTPRINT_HEADER, FOOTPRINT }

    public Hit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public boolean isFootprint() {
        return kind == Kind.FOOTPRINT || kind == Kind.FOOTPRINT_HEADER;
    }

    public boolean isRelation() {
        return kind == Kind.RELATION || kind == Kind.RELATION_SOURCE_END || kind == Kind.RELATION_TARGET_END;
    }
}
