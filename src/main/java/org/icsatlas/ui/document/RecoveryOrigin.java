package org.icsatlas.ui.document;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a recovery copy belongs to: the file the document was opened from or last saved to, or (for a sample or a
 * model never saved) the sample's name; and the model's title, so the restore offer can name it.
 */
public record RecoveryOrigin(Optional<Path> file, Optional<String> sample, String title) {
    public RecoveryOrigin {
        title = title == null ? "" : title;
    }

    public static RecoveryOrigin ofFile(Path file, String title) {
        return new RecoveryOrigin(Optional.of(file.toAbsolutePath()), Optional.empty(), title);
    }

    public static RecoveryOrigin ofSample(String sample, String title) {
        return new RecoveryOrigin(Optional.empty(), Optional.ofNullable(sample), title);
    }

    /** "/home/ann/bsw.icsatlas.json", "the sample BSW" or "a model never saved". */
    public String describe() {
        return file.map(Path::toString)
                .orElseGet(() -> sample.map(s -> "the sample " + s).orElse("a model never saved"));
    }
}
