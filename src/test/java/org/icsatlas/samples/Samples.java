package org.icsatlas.samples;

import java.util.Optional;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;

/** Loads the bundled samples for the tests, and finds elements in them by name. */
final class Samples {
    static final String SYB = "south-yorkshire-bassetlaw";
    static final String BSW = "bsw-wiltshire";

    private Samples() {
    }

    static IcsModel load(String name) {
        try {
            return new AtlasJsonReader().readSample(name);
        } catch (ImportException e) {
            throw new AssertionError("sample " + name + " does not load: " + e.getMessage(), e);
        }
    }

    static Optional<Element> named(IcsModel model, String name) {
        return model.elements().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
