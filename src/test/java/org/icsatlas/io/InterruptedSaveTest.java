package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM saving the England-scale model over and over is killed at random moments after its temporary file
 * appears, 20 times with SIGKILL and 20 with SIGTERM, 10 each with SIGHUP (the terminal closed) and SIGINT
 * (Ctrl+C): the target always holds the old or the new bytes, a SIGTERM, SIGHUP or SIGINT leaves no temporary file
 * (the shutdown hook removes it), and after the next save, or the next open, none remains either way.
 */
class InterruptedSaveTest {
    private static final int KILLS = 20;
    /** Fewer for the two signals that take the same path through the JVM as SIGTERM, to keep the suite quick. */
    private static final int HANGUPS = 10;

    /** How the child is stopped. */
    private enum Stop {
        KILL, TERM, HUP, INT;

        /** Whether the JVM runs its shutdown hooks on this signal. */
        boolean runsHooks() {
            return this != KILL;
        }
    }

    @TempDir
    static Path sources;

    private static byte[] versionA;
    private static byte[] versionB;
    private static Path fileA;
    private static Path fileB;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeTwoVersionsOfALargeModel() throws Exception {
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.L, 7);
        AtlasJsonWriter writer = new AtlasJsonWriter();
        versionA = writer.toBytes(model);
        model.setInfo(ModelInfo.titled("Version B"));
        versionB = writer.toBytes(model);
        fileA = Files.write(sources.resolve("a.json"), versionA);
        fileB = Files.write(sources.resolve("b.json"), versionB);
    }

    @Test
    void sigkillAtRandomMomentsNeverLeavesAnythingButTheOldOrTheNewFile() throws Exception {
        killRepeatedly(Stop.KILL, KILLS, new Random(11));
    }

    @Test
    void sigtermAtRandomMomentsLeavesTheOldOrTheNewFileAndNoTemporaryFile() throws Exception {
        killRepeatedly(Stop.TERM, KILLS, new Random(12));
    }

    @Test
    void sighupAtRandomMomentsLeavesTheOldOrTheNewFileAndNoTemporaryFile() throws Exception {
        assumeHandled(Stop.HUP, 1);
        killRepeatedly(Stop.HUP, HANGUPS, new Random(13));
    }

    @Test
    void sigintAtRandomMomentsLeavesTheOldOrTheNewFileAndNoTemporaryFile() throws Exception {
        assumeHandled(Stop.INT, 2);
        killRepeatedly(Stop.INT, HANGUPS, new Random(14));
    }

    @Test
    void aTemporaryFileLeftBySigkillIsRemovedWhenTheTargetIsOpened() throws Exception {
        Path target = dir.resolve("england.icsatlas.json");
        Files.write(target, versionA);
        Process child = start(target);
        try {
            awaitTemporaryFile(child);
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child stopped");
        } finally {
            child.destroyForcibly().waitFor();
        }
        Path link = Files.createSymbolicLink(sources.resolve("link-" + System.nanoTime() + ".icsatlas.json"), target);
        IcsModel opened = new AtlasJsonReader().importModel(link);
        byte[] now = Files.readAllBytes(target);
        assertTrue(Arrays.equals(now, versionA) || Arrays.equals(now, versionB), "the target is one version or the other");
        assertTrue(opened.elementCount() > 4_000, "the target opens as the whole model");
        assertEquals(List.of(target), filesIn(dir), "opening the file (through a link) removed the dead save's temporary file");
    }

    /**
     * A JVM ignores SIGHUP and SIGINT, and runs no shutdown hook for them, when it starts with them ignored (as a job
     * started with {@code nohup}, or in the background of a script, is); the child inherits this test's disposition.
     */
    private static void assumeHandled(Stop signal, int number) throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "no /proc to read signal dispositions from");
        String mask = Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:")).findFirst().orElse("SigIgn: 0")
                .substring("SigIgn:".length()).trim();
        boolean ignored = new java.math.BigInteger(mask, 16).testBit(number - 1);
        assumeTrue(!ignored, "SIG" + signal + " is ignored in this environment, so a child JVM would ignore it too");
    }

    private void killRepeatedly(Stop stop, int times, Random random) throws Exception {
        Path target = dir.resolve("england.icsatlas.json");
        Files.write(target, versionA);
        for (int i = 0; i < times; i++) {
            Process child = start(target);
            try {
                awaitTemporaryFile(child);
                Thread.sleep(random.nextInt(40));
                switch (stop) {
                    case KILL -> child.destroyForcibly();
                    case TERM -> child.destroy();
                    default -> signal(child, stop);
                }
                assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child stopped");
            } finally {
                child.destroyForcibly().waitFor();
            }
            byte[] now = Files.readAllBytes(target);
            assertTrue(Arrays.equals(now, versionA) || Arrays.equals(now, versionB),
                    "SIG" + stop + " " + i + ": the target holds " + now.length + " bytes that are neither version");
            if (stop.runsHooks()) {
                assertEquals(List.of(target), filesIn(dir), "SIG" + stop + " " + i + ": left a temporary file");
            }
            AtomicFileWriter.standard().replace(target, out -> out.write(versionA));
            assertEquals(List.of(target), filesIn(dir), "SIG" + stop + " " + i + ": the next save left a temporary file");
        }
    }

    private static Process start(Path target) throws IOException {
        return new ProcessBuilder(javaCommand(target)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Sends SIGHUP or SIGINT, which {@link Process} has no method for, with {@code kill}. */
    private static void signal(Process child, Stop stop) throws Exception {
        Process kill = new ProcessBuilder("kill", "-s", stop.name(), Long.toString(child.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -s " + stop + " ran");
    }

    private void awaitTemporaryFile(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (filesIn(dir).size() > 1) {
                return;
            }
            if (!child.isAlive()) {
                fail("the saving child exited with " + child.exitValue() + " before it began to save");
            }
            Thread.sleep(1);
        }
        fail("the child never began to save");
    }

    private static List<String> javaCommand(Path target) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
                + Path.of("target", "test-classes").toAbsolutePath();
        return List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-cp", classes,
                SaveLoop.class.getName(), target.toString(), fileA.toString(), fileB.toString());
    }

    private static List<Path> filesIn(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.sorted().toList();
        }
    }
}
