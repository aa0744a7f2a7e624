package org.icsatlas.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The public door to {@link AtomicFileWriter} for other layers (the command line's exports): writes a file so
 * that a crash or failure leaves either the old file or the complete new one.
 */
public final class AtomicFiles {
    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFiles() {
    }

    /** Replaces {@code target} with what {@code content} writes; a failure leaves the old file in place. */
    public static void write(Path target, Content content) throws ExportException {
        AtomicFileWriter.standard().replace(target, out -> {
            try {
                content.writeTo(out);
            } catch (ExportException | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new ExportException("cannot write " + target.getFileName() + ": " + e.getMessage(), e);
            }
        });
    }
}
