package org.icsatlas.model;

/** The kind of an element: one of {@link BodyKind}, {@link OrganisationKind} or {@link PersonKind}. */
public sealed interface ElementKind permits BodyKind, OrganisationKind, PersonKind {
    /** The constant's name, as written in files. */
    String name();

    /** A plain-English name for legends and menus. */
    String label();

    ElementType type();

    /** Looks up a kind of the given type by its file name; {@code null} when there is none. */
    static ElementKind parse(ElementType type, String name) {
        for (ElementKind k : values(type)) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    static ElementKind[] values(ElementType type) {
        return switch (type) {
            case BODY -> BodyKind.values();
            case ORGANISATION -> OrganisationKind.values();
            case PERSON -> PersonKind.values();
        };
    }
}
