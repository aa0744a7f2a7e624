package org.icsatlas.model;

import java.util.Objects;

/** A geographic container (region, system, place or neighbourhood) in the containment tree. Immutable. */
public record Footprint(ElementId id, String name, FootprintLevel level, String note) {
    public Footprint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a footprint needs a name (" + id + ")");
        }
        note = note == null ? "" : note;
    }

    public static Footprint of(String id, String name, FootprintLevel level) {
        return new Footprint(ElementId.of(id), name, level, "");
    }

    public Footprint withName(String newName) {
        return new Footprint(id, newName, level, note);
    }

    public Footprint withLevel(FootprintLevel newLevel) {
        return new Footprint(id, name, newLevel, note);
    }

    public Footprint withNote(String newNote) {
        return new Footprint(id, name, level, newNote);
    }
}
