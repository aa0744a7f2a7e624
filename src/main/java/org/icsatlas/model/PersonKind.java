package org.icsatlas.model;

/** People have a single kind; the role they hold is a property of the person and of their memberships. */
public enum PersonKind implements ElementKind {
    ROLE_HOLDER("Role holder");

    private final String label;

    PersonKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public ElementType type() {
        return ElementType.PERSON;
    }
}
