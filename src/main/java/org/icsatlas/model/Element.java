package org.icsatlas.model;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A body, organisation or person: anything that sits in a footprint and takes part in relations.
 * Immutable; an edit replaces the whole value. {@code title} is a person's role title (empty for others),
 * {@code note} free text, {@code attributes} further key/value facts (e.g. {@code termsOfReferenceDate}),
 * {@code lifecycle} its status (current, proposed, shadow / designate, abolished) and dates.
 *
 * <p>A person may have no name: a <em>placeholder role holder</em> stands for whoever holds a role ("Chair,
 * Barnsley HWB") when the document names the role and not the person. It must have a title, and {@link #name()}
 * then returns that title, so it is drawn, searched and named in messages by its role.
 */
public record Element(ElementId id, ElementKind kind, String name, String title, String note,
                      SortedMap<String, String> attributes, Lifecycle lifecycle) {
    /** Shared by every element without attributes (most of them): a large model has hundreds of thousands. */
    private static final SortedMap<String, String> NO_ATTRIBUTES = Collections.unmodifiableSortedMap(new TreeMap<>());

    public Element {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        title = title == null ? "" : title;
        if (name.isBlank()) {
            if (kind.type() != ElementType.PERSON) {
                throw new IllegalArgumentException("an element needs a name (" + id + ")");
            }
            if (title.isBlank()) {
                throw new IllegalArgumentException("a person needs a name or, when the role holder is not named, a title ("
                        + id + ")");
            }
            name = "";
        }
        note = note == null ? "" : note;
        attributes = attributes == null || attributes.isEmpty() ? NO_ATTRIBUTES
                : Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        lifecycle = lifecycle == null ? Lifecycle.CURRENT : lifecycle;
    }

    /** A current element (the form every element had before statuses). */
    public Element(ElementId id, ElementKind kind, String name, String title, String note, SortedMap<String, String> attributes) {
        this(id, kind, name, title, note, attributes, Lifecycle.CURRENT);
    }

    public static Element of(String id, ElementKind kind, String name) {
        return new Element(ElementId.of(id), kind, name, "", "", null);
    }

    /** A placeholder role holder: a person known only by the role they hold ("Chair, Barnsley HWB"). */
    public static Element placeholder(String id, String roleTitle) {
        return new Element(ElementId.of(id), PersonKind.ROLE_HOLDER, "", roleTitle, "", null);
    }

    /** The name, or for a placeholder role holder (a person with no name) their role title. */
    @Override
    public String name() {
        return name.isEmpty() ? title : name;
    }

    /** The name as recorded: empty for a placeholder role holder. */
    public String recordedName() {
        return name;
    }

    /** Whether this is a person with no name, standing for whoever holds the role in its title. */
    public boolean isPlaceholder() {
        return name.isEmpty();
    }

    public ElementType type() {
        return kind.type();
    }

    public boolean isBody() {
        return kind.type() == ElementType.BODY;
    }

    public Status status() {
        return lifecycle.status();
    }

    public Element withName(String newName) {
        return new Element(id, kind, newName, title, note, attributes, lifecycle);
    }

    public Element withKind(ElementKind newKind) {
        return new Element(id, newKind, name, title, note, attributes, lifecycle);
    }

    public Element withTitle(String newTitle) {
        return new Element(id, kind, name, newTitle, note, attributes, lifecycle);
    }

    public Element withNote(String newNote) {
        return new Element(id, kind, name, title, newNote, attributes, lifecycle);
    }

    public Element withLifecycle(Lifecycle newLifecycle) {
        return new Element(id, kind, name, title, note, attributes, newLifecycle);
    }

    /** A copy with the attribute set, or removed when {@code value} is null or empty. */
    public Element withAttribute(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(attributes);
        if (value == null || value.isEmpty()) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return new Element(id, kind, name, title, note, copy, lifecycle);
    }

    /**
     * The id's hash: equal elements have equal ids, so this agrees with {@code equals}, and a set of elements need not
     * hash every field (names, notes, attributes) of each one.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
