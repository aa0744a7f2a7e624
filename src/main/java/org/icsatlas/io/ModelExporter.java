package org.icsatlas.io;

import java.io.OutputStream;
import java.nio.file.Path;
import org.icsatlas.model.IcsModel;

/** Writes a model in one file format; the counterpart of {@link ModelImporter}. */
public interface ModelExporter {

    /** Writes {@code model} to {@code out}, which is flushed but not closed. */
    void exportModel(IcsModel model, OutputStream out) throws ExportException;

    /**
     * Writes {@code model} to {@code file} atomically: either the whole new file replaces the old one, or
     * (on any failure, even a crash) the old file stays exactly as it was.
     */
    default void exportModel(IcsModel model, Path file) throws ExportException {
        AtomicFileWriter.standard().replace(file, out -> exportModel(model, out));
    }
}
