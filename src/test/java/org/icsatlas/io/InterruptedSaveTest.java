package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * appears, 20 times with SIGKILL and 20 with SIGTERM: the target always holds the old or the new bytes, a SIGTERM
 * leaves no temporary file (the shutdown hook removes it), and after the next save none remains either way.
 */
class InterruptedSaveTest {
    private static final int KILLS = 20;

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
        killRepeatedly(false, new Random(11));
    }

    @Test
    void sigtermAtRandomMomentsLeavesTheOldOrTheNewFileAndNoTemporaryFile() throws Exception {
        killRepeatedly(true, new Random(12));
    }

    private void killRepeatedly(boolean term, Random random) throws Exception {
        Path target = dir.resolve("england.icsatlas.json");
        Files.write(target, versionA);
        for (int i = 0; i < KILLS; i++) {
            Process child = new ProcessBuilder(javaCommand(target)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                awaitTemporaryFile(child);
                Thread.sleep(random.nextInt(40));
                if (term) {
                    child.destroy();
                } else {
                    child.destroyForcibly();
                }
                assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child stopped");
            } finally {
                child.destroyForcibly().waitFor();
            }
            byte[] now = Files.readAllBytes(target);
            assertTrue(Arrays.equals(now, versionA) || Arrays.equals(now, versionB),
                    "kill " + i + ": the target holds " + now.length + " bytes that are neither version");
            if (term) {
                assertEquals(List.of(target), filesIn(dir), "kill " + i + ": SIGTERM left a temporary file");
            }
            AtomicFileWriter.standard().replace(target, out -> out.write(versionA));
            assertEquals(List.of(target), filesIn(dir), "kill " + i + ": the next save left a temporary file");
        }
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
