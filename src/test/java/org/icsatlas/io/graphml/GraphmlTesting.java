package org.icsatlas.io.graphml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.icsatlas.cli.StyleTableLook;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;

/** Shared helpers of the GraphML tests: fixtures, samples, export to bytes and the content of a model without its views. */
final class GraphmlTesting {
    static final List<String> SAMPLES = List.of("south-yorkshire-bassetlaw", "bsw-wiltshire");

    private GraphmlTesting() {
    }

    static IcsModel sample(String name) throws ImportException {
        return new AtlasJsonReader().readSample(name);
    }

    static byte[] export(IcsModel model, GraphmlFlavour flavour) throws ExportException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        (flavour == GraphmlFlavour.YED ? GraphmlExporter.yed(StyleTableLook.standard(model.kinds())) : GraphmlExporter.flat()).exportModel(model, out);
        return out.toByteArray();
    }

    static GraphmlImport read(byte[] bytes, String name) throws ImportException {
        return new GraphmlImporter().read(new ByteArrayInputStream(bytes), name);
    }

    /** Footprints, elements, relations, declared kinds and info: everything GraphML carries (views stay in the native file). */
    static ModelSnapshot content(IcsModel m) {
        ModelSnapshot s = m.snapshot();
        return new ModelSnapshot(s.info(), s.footprints(), s.elements(), s.relations(), List.of(), s.kinds());
    }

    static Path fixture(String resource) {
        try {
            return Paths.get(GraphmlTesting.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = GraphmlTesting.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
