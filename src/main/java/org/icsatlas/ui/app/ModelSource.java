package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the open model came from: a file on disk (Save writes back to it) or a sample on the classpath
 * (Save asks where to save, as the classpath cannot be written). Exactly one of the two is present.
 */
public record ModelSource(Optional<Path> file, Optional<Sample> sample) {
    public static ModelSource ofFile(Path file) {
        return new ModelSource(Optional.of(file), Optional.empty());
    }

    public static ModelSource ofSample(Sample sample) {
        return new ModelSource(Optional.empty(), Optional.of(sample));
    }

    /** The name Save As offers. */
    public String suggestedFileName() {
        return file.map(f -> f.getFileName().toString()).orElseGet(() -> sample.orElseThrow().fileName());
    }
}
