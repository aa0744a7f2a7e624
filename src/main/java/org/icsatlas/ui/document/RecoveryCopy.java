package org.icsatlas.ui.document;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A recovery copy left behind by a session that ended without saving or closing its document (a crash, a power
 * cut, a kill): the copy's model file, the session and document it came from, what it belongs to and when it was
 * written.
 */
public record RecoveryCopy(Path modelFile, Path metadataFile, long processId, String documentId,
                           RecoveryOrigin origin, Instant savedAt) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    /** "Wiltshire — /home/ann/bsw.icsatlas.json, autosaved 2 Dec 2026, 05:10:42". */
    public String describe(ZoneId zone) {
        String title = origin.title().isBlank() ? "Untitled" : origin.title();
        return title + " — " + origin.describe() + ", autosaved " + WHEN.format(savedAt.atZone(zone));
    }
}
