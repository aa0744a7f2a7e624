package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.NativeFormat;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Native → register (CSV folder and .xlsx) → native keeps every footprint, element, relation and attribute. */
class RegisterRoundTripTest {
    @TempDir
    Path dir;

    static IcsModel sample(String name) throws Exception {
        String resource = NativeFormat.sampleResource(name);
        try (InputStream in = RegisterRoundTripTest.class.getResourceAsStream(resource)) {
            return new AtlasJsonReader().importModel(in, resource);
        }
    }

    static ImportPlan reimport(IcsModel model, Path out) throws Exception {
        new RegisterExporter().export(model, out);
        Register register = new RegisterReader().read(RegisterSource.of(out));
        return new ImportPlanner().plan(new IcsModel(), register);
    }

    @ParameterizedTest
    @ValueSource(strings = {"south-yorkshire-bassetlaw", "bsw-wiltshire"})
    void aSampleExportedAsCsvFilesReimportsToTheSameModel(String name) throws Exception {
        IcsModel original = sample(name);
        ImportPlan plan = reimport(original, dir.resolve("register"));
        assertEquals(java.util.List.of(), plan.rejected());
        assertTrue(plan.removals().isEmpty());
        ModelContent.assertSameContent(original, plan.result());
    }

    @ParameterizedTest
    @ValueSource(strings = {"south-yorkshire-bassetlaw", "bsw-wiltshire"})
    void aSampleExportedAsAWorkbookReimportsToTheSameModel(String name) throws Exception {
        IcsModel original = sample(name);
        ImportPlan plan = reimport(original, dir.resolve(name + ".xlsx"));
        assertEquals(java.util.List.of(), plan.rejected());
        ModelContent.assertSameContent(original, plan.result());
    }

    @ParameterizedTest
    @ValueSource(strings = {"south-yorkshire-bassetlaw", "bsw-wiltshire"})
    void reimportingAnExportIntoTheSameModelChangesNothing(String name) throws Exception {
        IcsModel original = sample(name);
        new RegisterExporter().export(original, dir.resolve("again"));
        ImportPlan plan = new ImportPlanner().plan(original, new RegisterReader().read(RegisterSource.of(dir.resolve("again"))));
        assertEquals(java.util.List.of(), plan.rejected());
        assertTrue(plan.isEmpty(), () -> "added " + plan.added() + " changed " + plan.changed() + " removals " + plan.removals());
    }
}
