package org.icsatlas.ui.document;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.edit.RenameCommand;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long an autosave of the England-scale L model holds the UI thread (only the snapshot; the background thread
 * builds, serialises and writes the copy), and how long the background part takes. Run by
 * {@code mvn -B -Pbenchmark package}.
 */
@Tag("benchmark")
class AutosaveBenchmarkTest {
    private static final int WARM_UP = 10;
    private static final int RUNS = 40;

    @TempDir
    Path dir;

    @Test
    void anAutosaveOfLHoldsTheUiThreadOnlyForTheSnapshot() throws Exception {
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.L, 42);
        RecoveryStore store = new RecoveryStore(dir, ProcessHandle.current().pid());
        AtomicLong writeStarted = new AtomicLong();
        long[] writes = new long[RUNS];
        int[] written = {0};
        Autosaver autosaver = new Autosaver(store, new AutosavePolicy(Duration.ofMinutes(10), 1_000_000),
                () -> new Autosaver.Capture(model.snapshot(), RecoveryOrigin.ofSample("L", "L")),
                new Autosaver.Listener() {
                    @Override
                    public void written(Autosaver.Capture capture, Path copy, long snapshotNanos) {
                        if (written[0] >= WARM_UP && written[0] - WARM_UP < RUNS) {
                            writes[written[0] - WARM_UP] = System.nanoTime() - writeStarted.get();
                        }
                        written[0]++;
                    }

                    @Override
                    public void failed(String message) {
                        throw new AssertionError(message);
                    }
                });
        Element e = model.elements().get(0);
        long[] holds = new long[RUNS];
        long[] cpu = new long[RUNS];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            new RenameCommand(e.id(), e.name() + " " + i).execute(model);
            writeStarted.set(System.nanoTime());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            autosaver.saveNow();
            long held = System.nanoTime() - start;
            long cpuHeld = threads.getCurrentThreadCpuTime() - cpuStart;
            if (i >= WARM_UP) {
                holds[i - WARM_UP] = held;
                cpu[i - WARM_UP] = cpuHeld;
            }
            autosaver.awaitIdle();
        }
        autosaver.close();
        Arrays.sort(holds);
        Arrays.sort(cpu);
        Arrays.sort(writes);
        // Wall time includes time the OS gave other processes on a shared machine; CPU time is the thread's own work.
        System.out.printf("autosave of L (%d elements, %d relations): UI thread held median %.1f ms, max %.1f ms wall; "
                        + "median %.1f ms, max %.1f ms CPU; background build + write + fsync median %.0f ms%n",
                model.elementCount(), model.relationCount(), holds[RUNS / 2] / 1e6, holds[RUNS - 1] / 1e6,
                cpu[RUNS / 2] / 1e6, cpu[RUNS - 1] / 1e6, writes[RUNS / 2] / 1e6);
        assertTrue(cpu[RUNS - 1] < 16_000_000L, "the UI thread worked " + cpu[RUNS - 1] / 1e6 + " ms on one autosave");
    }
}
