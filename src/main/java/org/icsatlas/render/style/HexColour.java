package org.icsatlas.render.style;

import java.util.regex.Pattern;

/** Checks the colour tokens of the style table: {@code #rrggbb}, lower or upper case. */
final class HexColour {
    private static final Pattern SHAPE = Pattern.compile("#[0-9A-Fa-f]{6}");

    private HexColour() {
    }

    static String require(String value, String what) {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a colour like #1f4e8c, not '" + value + "'");
        }
        return value;
    }

    /** Relative luminance as WCAG 2 defines it, from 0 (black) to 1 (white). */
    static double luminance(String hex) {
        require(hex, "colour");
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int v) {
        double c = v / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white). */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
