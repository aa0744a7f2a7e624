package org.icsatlas.render.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a diagram exports to: vector PDF and SVG, a PNG picture, and the text listing as Markdown or CSV. */
public enum ExportFormat {
    PDF("pdf"), SVG("svg"), PNG("png"), MD("md"), CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Whether the format is a picture of the page (PDF, SVG, PNG) rather than the text listing. */
    public boolean isPicture() {
        return this == PDF || this == SVG || this == PNG;
    }

    public static ExportFormat parse(String text) {
        for (ExportFormat f : values()) {
            if (f.extension.equalsIgnoreCase(text.strip()) || f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'; use one of "
                + Arrays.stream(values()).map(ExportFormat::extension).collect(Collectors.joining(", ")));
    }

    public static ExportFormat ofFile(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : Arrays.stream(values())
                .filter(f -> f.extension.equals(fileName.substring(dot + 1).toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }
}
