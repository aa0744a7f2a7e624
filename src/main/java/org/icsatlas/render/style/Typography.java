package org.icsatlas.render.style;

import java.util.List;
import java.util.Objects;

/**
 * The type tokens: font families in order of preference (the first installed one wins) and the sizes, in
 * diagram units, of element names, kind badges and edge labels.
 */
public record Typography(List<String> families, double elementFontSize, double badgeFontSize, double labelFontSize) {
    public Typography {
        families = List.copyOf(families);
        if (families.isEmpty()) {
            throw new IllegalArgumentException("name at least one font family");
        }
        if (!(elementFontSize > 0) || !(badgeFontSize > 0) || !(labelFontSize > 0)) {
            throw new IllegalArgumentException("font sizes must be positive");
        }
        families.forEach(f -> Objects.requireNonNull(f, "family"));
    }
}
