package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-register} and {@code export-register}, run as the command line runs them. */
class RegisterCommandsTest extends ConsoleCapture {
    @TempDir
    Path dir;

    private static Path frimley() throws Exception {
        return Path.of(RegisterCommandsTest.class.getResource("/org/icsatlas/io/register/frimley").toURI());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importingFrimleyWritesTheModelPrintsTheThreeRefusedRowsAndExitsTwo() throws Exception {
        Path model = dir.resolve("frimley.icsatlas.json");
        int code = AtlasCommand.run(new String[] {"import-register", frimley().toString(), "--out", model.toString()});
        assertEquals(2, code);
        String[] lines = err().strip().split("\\R");
        assertEquals(3, lines.length, err());
        assertTrue(lines[0].startsWith("bodies.csv:7: unknown body kind \"Comittee\"; did you mean \"Committee\"?"));
        assertTrue(lines[1].startsWith("bodies.csv:20: reports to \"Frimley Clinical Senate\""));
        assertTrue(lines[2].startsWith("memberships.csv:80: "));
        IcsModel m = new AtlasJsonReader().importModel(model);
        assertEquals("Frimley", m.info().title());
        assertEquals(5, m.childFootprints(ElementId.of("frimley")).size());
        assertEquals(44, m.elementCount());
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("wrote " + model + " (6 footprints, 44 elements, 88 relations)"));
    }

    @Test
    void aCleanRegisterExitsZeroAndTheNamedFilesFormWork() throws Exception {
        Path model = dir.resolve("m.icsatlas.json");
        Files.writeString(dir.resolve("b.csv"), "Body name,Category,Place,Parent footprint\nFrimley ICB Board,ICB,Frimley,\nSlough Place Partnership,Place partnership,Slough,Frimley\n");
        Files.writeString(dir.resolve("o.csv"), "Organisation,Type,Area\nSlough Borough Council,Council,Slough\n");
        Files.writeString(dir.resolve("m.csv"), "Committee,Member,Role,Voting\nSlough Place Partnership,Slough Borough Council,Vice chair,N\n");
        int code = AtlasCommand.run(new String[] {"import-register", "--bodies", dir.resolve("b.csv").toString(), "--organisations",
            dir.resolve("o.csv").toString(), "--memberships", dir.resolve("m.csv").toString(), "--out", model.toString()});
        assertEquals(0, code, err());
        assertEquals("", err());
        IcsModel m = new AtlasJsonReader().importModel(model);
        assertEquals(2, m.footprintCount());
        assertEquals(3, m.elementCount());
        assertEquals(1, m.relationCount());
    }

    @Test
    void exportThenImportIntoTheSameModelChangesNothing() throws Exception {
        Path sample = dir.resolve("syb.icsatlas.json");
        try (var in = RegisterCommandsTest.class.getResourceAsStream("/sample-data/south-yorkshire-bassetlaw.icsatlas.json")) {
            Files.copy(in, sample);
        }
        assertEquals(0, AtlasCommand.run(new String[] {"export-register", sample.toString(), "--out", dir.resolve("syb.xlsx").toString()}), err());
        assertTrue(Files.size(dir.resolve("syb.xlsx")) > 0);
        Path merged = dir.resolve("merged.icsatlas.json");
        assertEquals(0, AtlasCommand.run(new String[] {"import-register", dir.resolve("syb.xlsx").toString(), "--into", sample.toString(),
            "--out", merged.toString()}), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 to add, 0 to change, 0 rows refused"), out.toString(StandardCharsets.UTF_8));
        assertEquals(new AtlasJsonReader().importModel(sample).snapshot().elements(), new AtlasJsonReader().importModel(merged).snapshot().elements());
    }

    @Test
    void aRegisterThatCannotBeReadExitsTwoAndWritesNothing() throws Exception {
        Files.write(dir.resolve("bodies.csv"), new byte[] {(byte) 0xFF, (byte) 0xFE, 'N', 0});
        Path model = dir.resolve("out.icsatlas.json");
        assertEquals(2, AtlasCommand.run(new String[] {"import-register", dir.toString(), "--out", model.toString()}));
        assertTrue(err().startsWith("bodies.csv:1: the file is UTF-16 text"), err());
        assertFalse(Files.exists(model));
    }

    @Test
    void noSourceIsAUsageError() {
        assertEquals(2, AtlasCommand.run(new String[] {"import-register", "--out", "x.icsatlas.json"}));
        assertTrue(err().contains("missing SOURCE"), err());
    }
}
