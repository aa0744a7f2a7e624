package org.icsatlas.model;

import java.util.Objects;

/**
 * The stable identifier of anything in a model: a footprint, an element, a relation or a view.
 * One namespace covers them all, so a view or a relation can point at any of them unambiguously.
 */
public record ElementId(String value) implements Comparable<ElementId> {
    /** The longest id. */
    private static final int MAX_LENGTH = 200;

    public ElementId {
        Objects.requireNonNull(value, "id");
        if (!isValid(value)) {
            throw new IllegalArgumentException("'" + value + "' is not a valid id: use letters, digits, '_', '.', ':' or '-', starting with a letter or digit");
        }
    }

    public static ElementId of(String value) {
        return new ElementId(value);
    }

    /**
     * Whether {@code value} has an id's shape: a letter or digit, then letters, digits, '_', '.', ':' or '-', at most
     * 200 characters in all ({@code [A-Za-z0-9][A-Za-z0-9_.:-]{0,199}}). Checked character by character, not by a
     * regular expression: a large file has millions of ids.
     */
    public static boolean isValid(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !letterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!letterOrDigit(c) && c != '_' && c != '.' && c != ':' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    @Override
    public int compareTo(ElementId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
