package org.icsatlas.render.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The paper a diagram is exported onto, in PostScript points (1/72 inch); {@link #FIT} sizes the page to the diagram. */
public enum PageSize {
    A4_LANDSCAPE(841.89, 595.28),
    A4_PORTRAIT(595.28, 841.89),
    A3_LANDSCAPE(1190.55, 841.89),
    A3_PORTRAIT(841.89, 1190.55),
    FIT(0, 0);

    private final double width;
    private final double height;

    PageSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The page width in points (0 for {@link #FIT}). */
    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public boolean fitted() {
        return this == FIT;
    }

    /** The command-line spelling, e.g. {@code a4-landscape}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A4 landscape, A3 portrait, fitted to the diagram. */
    public String label() {
        return this == FIT ? "fitted to the diagram" : name().charAt(0) + name().substring(1, 2) + " "
                + name().substring(3).toLowerCase(Locale.ROOT);
    }

    /** Reads {@code a4-landscape} and the like. */
    public static PageSize parse(String text) {
        for (PageSize p : values()) {
            if (p.cliName().equalsIgnoreCase(text.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown page size '" + text + "'; use one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(PageSize::cliName).collect(Collectors.joining(", "));
    }
}
