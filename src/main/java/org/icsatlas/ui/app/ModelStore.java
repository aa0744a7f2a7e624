package org.icsatlas.ui.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.IcsModel;

/** Reads and writes native model files for the window, and reads the samples shipped on the classpath. */
public final class ModelStore {
    /** A model could not be opened; the message is plain English, with file:line:column where there is one. */
    public static final class OpenException extends Exception {
        public OpenException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public IcsModel read(Path file) throws OpenException {
        try {
            return new AtlasJsonReader().importModel(file);
        } catch (ImportException e) {
            throw new OpenException(e.getMessage(), e);
        }
    }

    public IcsModel read(Sample sample) throws OpenException {
        try (InputStream in = ModelStore.class.getResourceAsStream(sample.resource())) {
            if (in == null) {
                throw new OpenException("The sample " + sample.label() + " is missing from the application ("
                        + sample.resource() + ")", null);
            }
            return new AtlasJsonReader().importModel(in, sample.resource());
        } catch (ImportException e) {
            throw new OpenException(e.getMessage(), e);
        } catch (IOException e) {
            throw new OpenException(sample.resource() + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Writes {@code model} to {@code file} atomically: a crash leaves either the old file or the new one. */
    public void write(IcsModel model, Path file) throws IOException {
        try {
            new AtlasJsonWriter().exportModel(model, file);
        } catch (ExportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
