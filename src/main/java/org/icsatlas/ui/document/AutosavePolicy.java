package org.icsatlas.ui.document;

import java.time.Duration;

/**
 * When the autosave writes a recovery copy of an open document with unsaved changes: every {@code interval}, and
 * as soon as {@code editsBetweenCopies} edits have piled up since the last copy, whichever comes first.
 */
public record AutosavePolicy(Duration interval, int editsBetweenCopies) {
    /** Every 30 seconds and after every 20 edits. */
    public static final AutosavePolicy STANDARD = new AutosavePolicy(Duration.ofSeconds(30), 20);

    public AutosavePolicy {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the autosave interval must be positive, not " + interval);
        }
        if (editsBetweenCopies < 1) {
            throw new IllegalArgumentException("the autosave needs at least one edit between copies, not " + editsBetweenCopies);
        }
    }
}
