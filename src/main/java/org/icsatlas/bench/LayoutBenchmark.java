package org.icsatlas.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.icsatlas.io.dot.DotExporter;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.LayoutMonitor;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;

/**
 * Times the layout engine against Graphviz {@code dot} on synthetic S, M and L models: full layout, a single-edit
 * relayout, {@code dot -Tsvg} with clusters on the same graph, and the steady heap after laying out L. Prints a
 * table. Run with {@code mvn -B -Pbenchmark -DskipTests package exec:java}; system properties
 * {@code bench.dotLimitSeconds} (default 180) and {@code bench.scales} (default S,M,L) adjust it.
 */
public final class LayoutBenchmark {
    private static final long SEED = 42;
    /** Process CPU time (all threads, GC included): the layout runs on several threads, and the machine may be shared. */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final LayoutEngine engine = LayoutEngine.standard();
    private final long dotLimitSeconds = Long.getLong("bench.dotLimitSeconds", 180);
    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new LayoutBenchmark().run(System.getProperty("bench.scales", "S,M,L").split(","));
    }

    void run(String[] scales) throws Exception {
        System.out.printf("JVM %s, %d processors, max heap %d MB, load average %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, OS.getSystemLoadAverage());
        long t0 = System.nanoTime();
        LayoutEngine.warmUp().join();
        System.out.printf("warm-up (tiny layout on a background thread): %.0f ms%n", ms(System.nanoTime() - t0));
        engine.layout(SyntheticIcs.generate(SyntheticIcs.Scale.M, SEED + 1), DiagramView.whole("w", "warm"));
        boolean dot = ensureDot();
        for (String s : scales) {
            measure(SyntheticIcs.Scale.valueOf(s.trim()), dot);
        }
        System.out.printf("%nload average at the end: %.1f (CPU columns are process CPU time, all threads)%n", OS.getSystemLoadAverage());
        System.out.println("| scale | footprints | elements | relations | full layout, median wall (CPU) | single edit, median wall (CPU) | dot -Tsvg | dot / ours (wall) | heap after layout |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private void measure(SyntheticIcs.Scale scale, boolean dot) throws Exception {
        IcsModel model = SyntheticIcs.generate(scale, SEED);
        DiagramView view = DiagramView.whole("bench", "Whole model");
        System.out.printf("%n%s: %d footprints, %d elements, %d relations%n", scale, model.footprintCount(),
                model.elementCount(), model.relationCount());
        int runs = scale == SyntheticIcs.Scale.L ? 5 : 9;
        List<Double> full = new ArrayList<>();
        List<Double> fullCpu = new ArrayList<>();
        DiagramLayout layout = null;
        for (int i = 0; i < runs; i++) {
            long c = OS.getProcessCpuTime();
            long t = System.nanoTime();
            layout = engine.layout(model, view, null, Set.of(), LayoutMonitor.NONE);
            full.add(ms(System.nanoTime() - t));
            fullCpu.add(ms(OS.getProcessCpuTime() - c));
        }
        System.out.printf("  full layout runs (ms wall): %s%n", format(full));
        System.out.printf("  full layout runs (ms process CPU): %s%n", format(fullCpu));
        List<Double> editCpu = new ArrayList<>();
        List<Double> edits = editRuns(model, view, layout, 15, editCpu);
        System.out.printf("  single-edit relayout runs (ms wall): %s%n", format(edits));
        System.out.printf("  single-edit relayout runs (ms process CPU): %s%n", format(editCpu));
        String heap = "";
        if (scale == SyntheticIcs.Scale.L) {
            heap = String.format(Locale.ROOT, "%d MB", steadyHeapMb());
            System.out.printf("  steady heap with model and layout live: %s (%d boxes, %d routes)%n", heap,
                    layout.nodes().size() + layout.footprints().size(), layout.edges().size());
        }
        String dotCell = "not run";
        String ratio = "";
        if (dot) {
            double dotMs = dot(model, scale == SyntheticIcs.Scale.L ? 1 : 3);
            if (dotMs < 0) {
                dotCell = "> " + dotLimitSeconds + " s";
                ratio = "> " + String.format(Locale.ROOT, "%.0f", dotLimitSeconds * 1000 / median(full)) + "x";
            } else {
                dotCell = time(dotMs);
                ratio = String.format(Locale.ROOT, "%.1fx", dotMs / median(full));
            }
        }
        rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s (CPU %s) | %s (CPU %s) | %s | %s | %s |", scale,
                model.footprintCount(), model.elementCount(), model.relationCount(), time(median(full)),
                time(median(fullCpu)), time(median(edits)), time(median(editCpu)), dotCell, ratio, heap));
        if (layout.nodes().isEmpty()) {
            throw new IllegalStateException("empty layout");
        }
    }

    /** Adds a committee to one place, lays out again with that place touched, then removes it; times the layout. */
    private List<Double> editRuns(IcsModel model, DiagramView view, DiagramLayout base, int runs, List<Double> cpu) {
        List<ElementId> places = model.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE)
                .map(f -> f.id()).toList();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ElementId place = places.get(i % places.size());
            ElementId added = ElementId.of("bench-added-" + i);
            model.addElement(Element.of(added.value(), BodyKind.PROJECT, "New Integrated Discharge Project " + i), place, -1);
            long c = OS.getProcessCpuTime();
            long t = System.nanoTime();
            engine.layout(model, view, base, Set.of(place), LayoutMonitor.NONE);
            times.add(ms(System.nanoTime() - t));
            cpu.add(ms(OS.getProcessCpuTime() - c));
            model.removeElement(added);
        }
        return times;
    }

    private static long steadyHeapMb() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    /** Median wall time of {@code runs} runs of dot -Tsvg, or -1 when one run exceeds the limit. */
    private double dot(IcsModel model, int runs) throws IOException, InterruptedException {
        Path file = Files.createTempFile("ics-bench", ".dot");
        try {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new DotExporter().export(model, w);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Process p = new ProcessBuilder("dot", "-Tsvg", "-o", "/dev/null", file.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                long t = System.nanoTime();
                if (!p.waitFor(dotLimitSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    System.out.printf("  dot: stopped after the %d s limit%n", dotLimitSeconds);
                    return -1;
                }
                times.add(ms(System.nanoTime() - t));
            }
            System.out.printf("  dot -Tsvg runs (ms): %s%n", format(times));
            return median(times);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Whether {@code dot} can run; installs graphviz with apt-get when it is missing. */
    /** Runs a command with its output discarded; true when it exits 0. */
    @FunctionalInterface
    interface CommandRunner {
        boolean run(List<String> command) throws InterruptedException;
    }

    private static boolean ensureDot() throws InterruptedException {
        return ensureDot(LayoutBenchmark::runs, isRoot(), System.out);
    }

    /**
     * Makes sure Graphviz {@code dot} is there, installing it with apt-get when it is not: the package lists are
     * updated first, since a fresh container has none and the install would fail. Without root it only says what
     * to do. Returns whether {@code dot} runs.
     */
    static boolean ensureDot(CommandRunner runner, boolean root, PrintStream out) throws InterruptedException {
        if (runner.run(List.of("dot", "-V"))) {
            return true;
        }
        if (!root) {
            out.println("dot not found, and not running as root so graphviz cannot be installed from here: "
                    + "install it (sudo apt-get install graphviz) to fill the dot columns; they are left empty");
            return false;
        }
        out.println("dot not found: apt-get update, then apt-get install -y graphviz");
        if (!runner.run(List.of("apt-get", "update", "-qq"))) {
            out.println("apt-get update failed; trying the install anyway");
        }
        runner.run(List.of("env", "DEBIAN_FRONTEND=noninteractive", "apt-get", "install", "-y", "-qq", "graphviz"));
        boolean ok = runner.run(List.of("dot", "-V"));
        if (!ok) {
            out.println("graphviz could not be installed: dot columns are left empty");
        }
        return ok;
    }

    private static boolean runs(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(600, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this process runs as root (uid 0); false when that cannot be told. */
    private static boolean isRoot() throws InterruptedException {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && uid.equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static String time(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String format(List<Double> xs) {
        return xs.stream().map(x -> String.format(Locale.ROOT, "%.1f", x)).toList().toString();
    }
}
