package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private List<Path> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }

    private static IcsModel changedModel() throws ImportException {
        IcsModel m = Fixtures.good();
        m.addFootprint(Footprint.of("extra", "Extra place", FootprintLevel.PLACE), ElementId.of("northmoor"), -1);
        return m;
    }

    @Test
    void crashBetweenWriteAndRenameLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("bsw.icsatlas.json");
        byte[] old = Fixtures.bytes(Fixtures.GOOD);
        Files.write(file, old);
        Path[] seen = new Path[1];
        AtlasJsonWriter crashing = new AtlasJsonWriter(new AtomicFileWriter(tmp -> {
            seen[0] = tmp;
            assertTrue(Files.size(tmp) > old.length, "the complete new content was written before the rename");
            throw new IOException("simulated power cut");
        }));

        ExportException e = assertThrows(ExportException.class, () -> crashing.exportModel(changedModel(), file));

        assertTrue(e.getMessage().contains("simulated power cut"), e.getMessage());
        assertEquals(dir, seen[0].getParent(), "the temporary file sits beside the target");
        assertArrayEquals(old, Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void failureWhileWritingContentLeavesTheOldFileIntactAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("model.icsatlas.json");
        Files.writeString(file, "old content", StandardCharsets.UTF_8);
        ExportException e = assertThrows(ExportException.class, () -> AtomicFileWriter.standard().replace(file, out -> {
            out.write("half a fi".getBytes(StandardCharsets.UTF_8));
            throw new ExportException("writer gave up");
        }));
        assertEquals("writer gave up", e.getMessage());
        assertEquals("old content", Files.readString(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void successfulSaveReplacesTheFileAndLeavesNothingElse() throws Exception {
        Path file = dir.resolve("model.icsatlas.json");
        Files.writeString(file, "old content", StandardCharsets.UTF_8);
        new AtlasJsonWriter().exportModel(changedModel(), file);
        assertArrayEquals(new AtlasJsonWriter().toBytes(changedModel()), Files.readAllBytes(file));
        assertEquals(List.of(file), filesIn(dir));
    }

    @Test
    void saveCreatesAFileThatDidNotExist() throws Exception {
        Path file = dir.resolve("new.icsatlas.json");
        new AtlasJsonWriter().exportModel(Fixtures.good(), file);
        assertArrayEquals(Fixtures.bytes(Fixtures.GOOD), Files.readAllBytes(file));
    }

    @Test
    void saveKeepsThePermissionsOfTheOldFile() throws Exception {
        Path file = dir.resolve("shared.icsatlas.json");
        Files.writeString(file, "old", StandardCharsets.UTF_8);
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        new AtlasJsonWriter().exportModel(Fixtures.good(), file);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void saveIntoAMissingDirectoryFailsCleanly() {
        Path file = dir.resolve("no-such-dir").resolve("m.icsatlas.json");
        ExportException e = assertThrows(ExportException.class, () -> new AtlasJsonWriter().exportModel(Fixtures.good(), file));
        assertTrue(e.getMessage().startsWith("cannot save " + file), e.getMessage());
    }
}
