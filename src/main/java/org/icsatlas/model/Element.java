package org.icsatlas.model;

import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A body, organisation or person: anything that sits in a footprint and takes part in relations.
 * Immutable; an edit replaces the whole value. {@code title} is a person's role title (empty for others),
 * {@code note} free text, {@code attributes} further key/value facts (e.g. {@code termsOfReferenceDate}).
 */
public record Element(ElementId id, ElementKind kind, String name, String title, String note,
                      SortedMap<String, String> attributes) {

    public Element {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an element needs a name (" + id + ")");
        }
        title = title == null ? "" : title;
        note = note == null ? "" : note;
        attributes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(attributes == null ? Map.of() : attributes));
    }

    public static Element of(String id, ElementKind kind, String name) {
        return new Element(ElementId.of(id), kind, name, "", "", null);
    }

    public ElementType type() {
        return kind.type();
    }

    public boolean isBody() {
        return kind.type() == ElementType.BODY;
    }

    public Element withName(String newName) {
        return new Element(id, kind, newName, title, note, attributes);
    }

    public Element withKind(ElementKind newKind) {
        return new Element(id, newKind, name, title, note, attributes);
    }

    public Element withTitle(String newTitle) {
        return new Element(id, kind, name, newTitle, note, attributes);
    }

    public Element withNote(String newNote) {
        return new Element(id, kind, name, title, newNote, attributes);
    }

    /** A copy with the attribute set, or removed when {@code value} is null or empty. */
    public Element withAttribute(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(attributes);
        if (value == null || value.isEmpty()) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Element(id, kind, name, title, note, copy);
    }
}
