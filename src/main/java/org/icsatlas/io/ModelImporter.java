package org.icsatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.icsatlas.model.IcsModel;

/**
 * Reads a model from one file format. Unlike JGraphT's {@code GraphImporter}, which fills a graph the caller
 * passes in, an importer builds a fresh model and returns it only when the whole input was read: a failed
 * import never leaves a half-loaded model behind.
 */
public interface ModelImporter {

    /**
     * Reads a model from {@code in}, which the caller closes. {@code sourceName} names the input in error
     * messages (a file name or resource path).
     */
    IcsModel importModel(InputStream in, String sourceName) throws ImportException;

    /** Reads a model from a file; errors name the file as {@code file} was written. */
    default IcsModel importModel(Path file) throws ImportException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw ImportException.unplaced(name, "this is a directory, not a model file", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return importModel(in, name);
        } catch (NoSuchFileException e) {
            throw ImportException.unplaced(name, "no such file", e);
        } catch (IOException e) {
            throw ImportException.unplaced(name, "cannot read the file: " + ImportException.reason(e), e);
        }
    }
}
