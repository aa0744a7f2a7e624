package org.icsatlas.edit;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;

/** The two bundled sample models, read once through the native reader and handed out as fresh copies. */
final class SampleModels {
    static final String SYB = "south-yorkshire-bassetlaw";
    static final String BSW = "bsw-wiltshire";
    static final List<String> ALL = List.of(SYB, BSW);

    private static final Map<String, ModelSnapshot> LOADED = new ConcurrentHashMap<>();

    private SampleModels() {
    }

    static IcsModel load(String name) {
        return IcsModel.fromSnapshot(LOADED.computeIfAbsent(name, SampleModels::read));
    }

    private static ModelSnapshot read(String name) {
        try {
            return new AtlasJsonReader().readSample(name).snapshot();
        } catch (ImportException e) {
            throw new AssertionError("sample " + name + " does not load: " + e.getMessage(), e);
        }
    }
}
