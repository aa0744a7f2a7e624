package org.icsatlas.model;

/**
 * The kind of an element: one of the built-in {@link BodyKind}, {@link OrganisationKind} or {@link PersonKind}, or a
 * {@link DeclaredKind} that a file declares. Which kinds a model knows is its {@link KindCatalogue}
 * ({@link IcsModel#kinds()}); the static methods here know the built-in kinds only.
 */
public sealed interface ElementKind permits BodyKind, OrganisationKind, PersonKind, DeclaredKind {
    /** The constant's name, as written in files. */
    String name();

    /** A plain-English name for legends and menus. */
    String label();

    ElementType type();

    /**
     * The built-in kind this one is drawn as and checked as: itself for a built-in kind, the kind a declared kind is
     * based on, or null for a declared kind that only has a colour of its own.
     */
    default ElementKind base() {
        return this;
    }

    /** Whether a file declared this kind (not built in). */
    default boolean isDeclared() {
        return false;
    }

    /** Looks up a built-in kind of the given type by its file name; {@code null} when there is none. */
    static ElementKind parse(ElementType type, String name) {
        for (ElementKind k : values(type)) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** Looks up a built-in kind of any type by its file name; {@code null} when there is none. */
    static ElementKind builtIn(String name) {
        for (ElementType t : ElementType.values()) {
            ElementKind k = parse(t, name);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** The built-in kinds of {@code type}; a model's declared kinds come from {@link KindCatalogue#all(ElementType)}. */
    static ElementKind[] values(ElementType type) {
        return switch (type) {
            case BODY -> BodyKind.values();
            case ORGANISATION -> OrganisationKind.values();
            case PERSON -> PersonKind.values();
        };
    }
}
