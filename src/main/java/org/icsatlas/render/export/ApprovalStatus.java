package org.icsatlas.render.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a board paper's diagram stands; a {@link #DRAFT} carries a watermark. */
public enum ApprovalStatus {
    DRAFT("DRAFT"), FOR_APPROVAL("FOR APPROVAL"), APPROVED("APPROVED");

    private final String label;

    ApprovalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code DRAFT}, {@code for-approval}, {@code "FOR APPROVAL"} and the like. */
    public static ApprovalStatus parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (ApprovalStatus s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "'; use one of "
                + Arrays.stream(values()).map(ApprovalStatus::label).collect(Collectors.joining(", ")));
    }
}
