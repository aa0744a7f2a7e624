package org.icsatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsatlas.model.IcsModel;

/**
 * Reads the native {@code *.icsatlas.json} file ({@code docs/file-format.md}) into a new model. Every problem,
 * from a stray comma to a membership of an organisation, is an {@link ImportException} naming the file, line
 * and column of the offending token; a model is returned only when the whole file was read. The file is decoded and
 * read as it streams in, never held whole ({@link ModelAssembler}); files over 512 MB are refused.
 */
public final class AtlasJsonReader implements ModelImporter {
    @Override
    public IcsModel importModel(InputStream in, String sourceName) throws ImportException {
        return ModelAssembler.read(new Utf8Reader(in, sourceName), sourceName);
    }

    /**
     * Reads the file, first removing temporary files that a killed save of it left beside it ({@code .NAME.*.tmp}
     * of a process no longer running, see {@link AtomicFileWriter}): they are never offered back, because a save
     * that was cut off cannot be told complete, and the file they were to replace is still the last complete save.
     */
    @Override
    public IcsModel importModel(Path file) throws ImportException {
        removeStaleSaves(file);
        return ModelImporter.super.importModel(file);
    }

    private static void removeStaleSaves(Path file) {
        try {
            Path real = file.toRealPath();
            if (Files.isRegularFile(real) && real.getParent() != null) {
                AtomicFileWriter.removeStaleTemporaries(real);
            }
        } catch (IOException | RuntimeException e) {
            // Best effort: a file that cannot be resolved is reported by the read itself.
        }
    }

    /** Reads a classpath resource such as {@code /sample-data/bsw-wiltshire.icsatlas.json}. */
    public IcsModel readResource(String resourcePath) throws ImportException {
        try (InputStream in = AtlasJsonReader.class.getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw ImportException.unplaced(resourcePath, "no such resource on the classpath", null);
            }
            return importModel(in, resourcePath);
        } catch (IOException e) {
            throw ImportException.unplaced(resourcePath, "cannot read the resource: " + e.getMessage(), e);
        }
    }

    /** Reads a bundled sample by name, e.g. {@code bsw-wiltshire}; see {@link NativeFormat#sampleResource(String)}. */
    public IcsModel readSample(String name) throws ImportException {
        return readResource(NativeFormat.sampleResource(name));
    }
}
