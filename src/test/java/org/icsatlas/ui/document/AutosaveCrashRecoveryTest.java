package org.icsatlas.ui.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash recovery for real: 20 times, a separate JVM ({@link AutosaveCrashDrill}) edits the synthetic M model and
 * autosaves it after every edit, and is killed with SIGKILL at a random moment, mid-write as often as not. Every
 * recovery copy left behind must open as the complete model with the drill's edits, never older than the last copy
 * the process said it had written; and the restore offer must bring back the newest one.
 */
class AutosaveCrashRecoveryTest {
    private static final int KILLS = 20;

    @TempDir
    Path work;

    @Test
    void everyCopyLeftBySigkillOpensAsTheCompleteModelAndTheNewestIsOfferedFirst() throws Exception {
        Path dir = work.resolve("recovery");
        IcsModel original = SyntheticIcs.generate(SyntheticIcs.Scale.M, 7);
        Random random = new Random(20261202);
        List<Long> pids = new ArrayList<>();
        List<Integer> lastReported = new ArrayList<>();
        for (int run = 0; run < KILLS; run++) {
            Process drill = startDrill(dir);
            AtomicInteger reported = new AtomicInteger(-1);
            Thread reader = readOutput(drill, reported);
            awaitReady(reported, drill);
            Thread.sleep(random.nextInt(400));
            drill.destroyForcibly();
            assertTrue(drill.waitFor(20, TimeUnit.SECONDS), "the drill did not die");
            assertEquals(137, drill.exitValue(), "killed by SIGKILL");
            reader.join(5_000);
            pids.add(drill.pid());
            lastReported.add(reported.get());
        }

        RecoveryStore store = new RecoveryStore(dir, ProcessHandle.current().pid());
        List<RecoveryCopy> copies = store.orphans();
        assertEquals(KILLS, copies.size(), "one copy per killed session");
        for (RecoveryCopy copy : copies) {
            IcsModel m = new AtlasJsonReader().importModel(copy.modelFile());
            assertEquals(original.footprintCount(), m.footprintCount(), copy.modelFile().toString());
            assertEquals(original.elementCount(), m.elementCount(), copy.modelFile().toString());
            assertEquals(original.relationCount(), m.relationCount(), copy.modelFile().toString());
            assertEquals(original.views(), m.views());
            int edit = editNumber(m);
            int reported = lastReported.get(pids.indexOf(copy.processId()));
            assertTrue(edit >= reported, "copy of edit " + edit + " is older than the reported edit " + reported);
            String mark = " #" + edit;
            assertTrue(m.elements().stream().anyMatch(e -> e.name().endsWith(mark)), "edit " + edit + " is in the copy");
            assertEquals(work.resolve("drill.icsatlas.json").toAbsolutePath(), copy.origin().file().orElseThrow());
        }
        assertEquals(pids.get(KILLS - 1), copies.get(0).processId(), "the newest copy is offered first");
        try (Stream<Path> left = Files.list(dir)) {
            assertFalse(left.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")),
                    "half-written temporary files are cleaned up");
        }
    }

    private static int editNumber(IcsModel m) {
        String title = m.info().title();
        assertTrue(title.startsWith(AutosaveCrashDrill.TITLE), title);
        return Integer.parseInt(title.substring(AutosaveCrashDrill.TITLE.length()));
    }

    private static Process startDrill(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                AutosaveCrashDrill.class.getName(), dir.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static Thread readOutput(Process drill, AtomicInteger reported) {
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(drill.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("ready") && reported.get() < 0) {
                        reported.set(0);
                    } else if (line.startsWith("written ")) {
                        reported.set(Integer.parseInt(line.substring("written ".length())));
                    } else {
                        System.err.println("drill: " + line);
                    }
                }
            } catch (java.io.IOException e) {
                // The process died; its output ends here.
            }
        }, "drill-output");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitReady(AtomicInteger reported, Process drill) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (reported.get() < 0) {
            assertTrue(drill.isAlive(), "the drill died before its first copy");
            assertTrue(System.nanoTime() < deadline, "the drill wrote no copy within 30 s");
            Thread.sleep(5);
        }
    }
}
