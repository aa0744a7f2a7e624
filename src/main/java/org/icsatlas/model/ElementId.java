package org.icsatlas.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of anything in a model: a footprint, an element, a relation or a view.
 * One namespace covers them all, so a view or a relation can point at any of them unambiguously.
 */
public record ElementId(String value) implements Comparable<ElementId> {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}");

    public ElementId {
        Objects.requireNonNull(value, "id");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + value + "' is not a valid id: use letters, digits, '_', '.', ':' or '-', starting with a letter or digit");
        }
    }

    public static ElementId of(String value) {
        return new ElementId(value);
    }

    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
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
