package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
    void saveIntoAMissingDirectorySaysTheDirectoryDoesNotExist() throws Exception {
        Path missing = dir.resolve("no-such-dir");
        Path file = missing.resolve("m.icsatlas.json");
        ExportException e = assertThrows(ExportException.class, () -> new AtlasJsonWriter().exportModel(Fixtures.good(), file));
        assertEquals("cannot save " + file + ": directory " + missing + " does not exist", e.getMessage());
        assertFalse(Files.exists(missing));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void saveBelowAFileSaysItIsNotADirectoryAndLeavesTheFileAlone() throws Exception {
        Path notADir = dir.resolve("notes.txt");
        Files.writeString(notADir, "keep me", StandardCharsets.UTF_8);
        Path file = notADir.resolve("m.icsatlas.json");
        ExportException e = assertThrows(ExportException.class, () -> new AtlasJsonWriter().exportModel(Fixtures.good(), file));
        assertEquals("cannot save " + file + ": " + notADir + " is not a directory", e.getMessage());
        assertEquals("keep me", Files.readString(notADir));
        assertEquals(List.of(notADir), filesIn(dir));
    }

    @Test
    void saveOverADirectorySaysSoAndLeavesItAlone() throws Exception {
        Path target = dir.resolve("looks-like-a.icsatlas.json");
        Files.createDirectory(target);
        ExportException e = assertThrows(ExportException.class, () -> new AtlasJsonWriter().exportModel(Fixtures.good(), target));
        assertEquals("cannot save " + target + ": " + target + " is a directory", e.getMessage());
        assertTrue(Files.isDirectory(target));
        assertEquals(List.of(target), filesIn(dir));
    }

    @Test
    void saveIntoAReadOnlyDirectorySaysItIsNotWritableAndKeepsTheOldFile() throws Exception {
        Path locked = dir.resolve("locked");
        Path file = locked.resolve("m.icsatlas.json");
        Files.createDirectory(locked);
        Files.writeString(file, "old content", StandardCharsets.UTF_8);
        assumeTrue(Files.getFileAttributeView(locked, PosixFileAttributeView.class) != null, "needs POSIX permissions");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "root can write anywhere: run as an ordinary user to check this");
            ExportException e = assertThrows(ExportException.class, () -> new AtlasJsonWriter().exportModel(Fixtures.good(), file));
            assertEquals("cannot save " + file + ": directory " + locked + " is not writable", e.getMessage());
            assertEquals("old content", Files.readString(file));
            assertEquals(List.of(file), filesIn(locked));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
