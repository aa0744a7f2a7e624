package org.icsatlas.ui.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the open model came from: a file on disk (Save writes back to it), a sample on the classpath, or a file of
 * another format it was imported from (for both, Save asks where to save). Exactly one of the three is present.
 */
public record ModelSource(Optional<Path> file, Optional<Sample> sample, Optional<Path> importedFrom) {
    public ModelSource(Optional<Path> file, Optional<Sample> sample) {
        this(file, sample, Optional.empty());
    }

    /** A new, unsaved model read from another format (GraphML, ...). */
    public static ModelSource ofImport(Path from) {
        return new ModelSource(Optional.empty(), Optional.empty(), Optional.of(from));
    }

    /** What the status bar says: the file, the sample, or the file it was imported from. */
    public String label() {
        return file.map(f -> f.toAbsolutePath().toString())
                .or(() -> importedFrom.map(f -> "Imported from " + f.getFileName() + " (not saved yet)"))
                .orElseGet(() -> "Sample: " + sample.orElseThrow().label());
    }

    public static ModelSource ofFile(Path file) {
        return new ModelSource(Optional.of(file), Optional.empty());
    }

    public static ModelSource ofSample(Sample sample) {
        return new ModelSource(Optional.empty(), Optional.of(sample));
    }

    /** The name Save As offers. */
    public String suggestedFileName() {
        if (importedFrom.isPresent()) {
            String name = importedFrom.get().getFileName().toString();
            int dot = name.lastIndexOf('.');
            return (dot > 0 ? name.substring(0, dot) : name) + ".icsatlas.json";
        }
        return file.map(f -> f.getFileName().toString()).orElseGet(() -> sample.orElseThrow().fileName());
    }
}
