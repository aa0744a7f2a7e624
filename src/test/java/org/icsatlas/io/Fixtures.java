package org.icsatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;
import org.icsatlas.model.IcsModel;

/** The test fixture files under {@code src/test/resources/io}. */
final class Fixtures {
    static final String GOOD = "/io/good/every-field.icsatlas.json";

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String resource) {
        try {
            return Paths.get(Fixtures.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static IcsModel good() throws ImportException {
        return new AtlasJsonReader().readResource(GOOD);
    }
}
