package org.icsatlas.io.graphml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.ModelImporter;
import org.icsatlas.io.xml.SafeXml;
import org.icsatlas.model.IcsModel;

/**
 * Reads GraphML into a new model: files from yEd (nested group nodes become footprints, names come from
 * {@code y:NodeLabel}, yEd's keys are recognised by {@code yfiles.type} whatever their ids), flat files from Gephi and
 * Cytoscape ({@code label} or {@code name} as the name, unknown columns as element attributes) and ICS Atlas's own
 * exports (read back to exactly the model that was written). All XML goes through {@link SafeXml}. Any problem is an
 * {@link ImportException} at {@code file:line:column}; a model is returned only when the whole file was read.
 */
public final class GraphmlImporter implements ModelImporter {

    @Override
    public IcsModel importModel(InputStream in, String sourceName) throws ImportException {
        return read(in, sourceName).model();
    }

    /** Reads the file with the notes on what was guessed or left out. */
    public GraphmlImport read(InputStream in, String sourceName) throws ImportException {
        GraphmlDocument doc = GraphmlReader.read(in, sourceName);
        try {
            return GraphmlModelBuilder.build(doc, sourceName);
        } catch (RuntimeException e) {
            // A model check the builder did not foresee: still the importer's own error, never a crash.
            throw new ImportException(sourceName, 0, 0, "the graph cannot be read as a model: " + e.getMessage(), e);
        }
    }

    public GraphmlImport read(Path file) throws ImportException {
        String name = file.toString();
        try {
            if (Files.isRegularFile(file) && Files.size(file) > SafeXml.MAX_MEGABYTES * 1024L * 1024L) {
                throw new ImportException(name, 0, 0, "the file is larger than " + SafeXml.MAX_MEGABYTES
                        + " MB; that is far more than any ICS model, so it is not read");
            }
        } catch (IOException e) {
            throw new ImportException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, 0, 0, "no such file", e);
        } catch (IOException e) {
            throw new ImportException(name, 0, 0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    @Override
    public IcsModel importModel(Path file) throws ImportException {
        return read(file).model();
    }
}
