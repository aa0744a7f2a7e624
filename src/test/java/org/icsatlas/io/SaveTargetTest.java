package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a save really writes: through symbolic links, never over a special file, keeping permissions, tidying up. */
class SaveTargetTest {
    @TempDir
    Path dir;

    private final byte[] model = Fixtures.bytes(Fixtures.GOOD);

    private void save(Path target) throws ExportException, ImportException {
        new AtlasJsonWriter().exportModel(Fixtures.good(), target);
    }

    private static List<String> namesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void savingOntoASymbolicLinkReplacesTheFileItPointsToAndKeepsTheLink() throws Exception {
        Path realDir = Files.createDirectory(dir.resolve("real"));
        Path real = realDir.resolve("model.icsatlas.json");
        Files.writeString(real, "old", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("link.icsatlas.json"), Path.of("real", "model.icsatlas.json"));

        save(link);

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("real", "model.icsatlas.json"), Files.readSymbolicLink(link));
        assertArrayEquals(model, Files.readAllBytes(real));
        assertEquals(List.of("model.icsatlas.json"), namesIn(realDir), "the temporary file went beside the real file");
        assertEquals(List.of("link.icsatlas.json", "real"), namesIn(dir));
    }

    @Test
    void savingThroughAChainOfLinksToAFileNotYetThereCreatesIt() throws Exception {
        Path real = dir.resolve("new.icsatlas.json");
        Path first = Files.createSymbolicLink(dir.resolve("a"), real);
        Path second = Files.createSymbolicLink(dir.resolve("b"), first.getFileName());
        save(second);
        assertTrue(Files.isSymbolicLink(second) && Files.isSymbolicLink(first));
        assertArrayEquals(model, Files.readAllBytes(real));
    }

    @Test
    void aLoopOfLinksIsRefusedInOneLine() throws Exception {
        Path a = dir.resolve("a");
        Files.createSymbolicLink(a, dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b"), a);
        ExportException e = assertThrows(ExportException.class, () -> save(a));
        assertEquals("cannot save " + a + ": too many symbolic links (a loop?)", e.getMessage());
    }

    @Test
    void aFifoIsRefusedAndLeftAlone() throws Exception {
        Path fifo = dir.resolve("fifo");
        assumeTrue(run("mkfifo", fifo.toString()), "needs mkfifo");
        ExportException e = assertThrows(ExportException.class, () -> save(fifo));
        assertEquals("cannot save " + fifo + ": it is a special file (a device, FIFO or socket), not a regular file; it is left alone",
                e.getMessage());
        assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("fifo"), namesIn(dir));
    }

    @Test
    void aDeviceIsRefusedAndLeftAloneEvenThroughALink() throws Exception {
        Path device = dir.resolve("mynull");
        assumeTrue(run("mknod", "-m", "666", device.toString(), "c", "1", "3"), "making a device needs root");
        Path link = Files.createSymbolicLink(dir.resolve("out.icsatlas.json"), device);
        ExportException e = assertThrows(ExportException.class, () -> save(device));
        assertTrue(e.getMessage().contains("special file"), e.getMessage());
        ExportException viaLink = assertThrows(ExportException.class, () -> save(link));
        assertTrue(viaLink.getMessage().contains("its link target " + device + " is a special file"), viaLink.getMessage());
        assertFalse(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of("mynull", "out.icsatlas.json"), namesIn(dir));
    }

    @Test
    void theRootDirectoryIsRefusedInOneLine() {
        ExportException e = assertThrows(ExportException.class, () -> save(Path.of("/")));
        assertEquals("cannot save /: / is a directory", e.getMessage());
    }

    @Test
    void permissionsOfTheOldFileAreKeptAlsoThroughALink() throws Exception {
        Path real = dir.resolve("private.icsatlas.json");
        Files.writeString(real, "old", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        save(link);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxr-x---"));
        save(real);
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    }

    @Test
    void temporaryFilesOfKilledSavesAreRemovedAtTheNextSaveButALiveSaveIsLeftAlone() throws Exception {
        Path target = dir.resolve("m.icsatlas.json");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        long deadPid = deadPid();
        Files.writeString(dir.resolve(".m.icsatlas.json." + deadPid + "-k2x9.tmp"), "half");
        Files.writeString(dir.resolve(".m.icsatlas.json.3fz81kq0.tmp"), "half, from an older version");
        Process live = new ProcessBuilder("sleep", "30").start();
        try {
            Path liveTmp = dir.resolve(".m.icsatlas.json." + live.pid() + "-abc.tmp");
            Files.writeString(liveTmp, "another program is saving");
            Path otherFile = dir.resolve(".other.icsatlas.json." + deadPid + "-k2x9.tmp");
            Files.writeString(otherFile, "not ours");

            save(target);

            assertEquals(List.of(liveTmp.getFileName().toString(), otherFile.getFileName().toString(), "m.icsatlas.json"),
                    namesIn(dir));
            assertArrayEquals(model, Files.readAllBytes(target));
        } finally {
            live.destroyForcibly().waitFor();
        }
    }

    /** The id of a process that has just ended, so no process has it now (short of reuse in the next instant). */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
