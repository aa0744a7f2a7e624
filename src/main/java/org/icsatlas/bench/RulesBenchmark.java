package org.icsatlas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.icsatlas.analysis.Finding;
import org.icsatlas.analysis.Rule;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;

/**
 * Times every rule of the standard rule book from L ("all England") up to a generated 200,000-element model and
 * prints the cost per 1,000 elements, so any growth faster than linear shows as a rising column. Also times what
 * the problems panel does after an edit on L (copy the model, run the rules), and {@code validate}'s whole path
 * (read the file, run the rules, in a fresh JVM with {@code -Xmx1g}) at the largest size. Part of {@code mvn -B -Pbenchmark package}; on its own:
 * {@code mvn -B -Pbenchmark -DskipTests -Dbench.layout.skip=true package}. {@code bench.rules.sizes} (default
 * {@code L,25000,50000,100000,200000}) chooses the sizes.
 */
public final class RulesBenchmark {
    private static final long SEED = 42;
    /** Rules run on one thread: its CPU time is what they cost, whatever else the shared machine is doing. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final RuleBook rules = RuleBook.standard();
    private final List<String> rows = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        if (Integer.getInteger("bench.rules.validateOnly") != null) {
            new RulesBenchmark().validateInFreshJvm(Integer.getInteger("bench.rules.validateOnly"));
            return;
        }
        new RulesBenchmark().run(System.getProperty("bench.rules.sizes", "L,25000,50000,100000,200000").split(","));
    }

    void run(String[] sizes) throws Exception {
        System.out.printf("%nRules benchmark: JVM %s, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        IcsModel l = SyntheticIcs.generate(SyntheticIcs.Scale.L, SEED);
        for (int i = 0; i < 5; i++) {
            rules.check(l);
        }
        panelAfterEdit(l);
        IcsModel largest = null;
        for (String size : sizes) {
            String s = size.trim();
            IcsModel model = s.equals("L") ? l : SyntheticIcs.generateElements(Integer.parseInt(s), SEED);
            measure(s.equals("L") ? "L" : String.format(Locale.ROOT, "%,d", model.elementCount()), model);
            largest = model;
        }
        System.out.println();
        System.out.println("| model | elements | relations | all rules, median wall (CPU) | per 1,000 elements, wall (CPU) | findings |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        if (largest != null) {
            perRule(largest);
            int elements = largest.elementCount();
            largest = null;
            l = null;
            validateInFreshJvm(elements);
        }
    }

    private void measure(String name, IcsModel model) {
        int runs = model.elementCount() > 50_000 ? 3 : 7;
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        int findings = 0;
        for (int i = 0; i < runs; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            findings = rules.check(model).size();
            times.add(ms(System.nanoTime() - t));
            cpu.add(ms(THREADS.getCurrentThreadCpuTime() - c));
        }
        double median = LayoutBenchmark.median(times);
        double medianCpu = LayoutBenchmark.median(cpu);
        System.out.printf("  %s: %d elements, %d relations, runs (ms wall) %s, (ms CPU) %s%n", name, model.elementCount(),
                model.relationCount(), format(times), format(cpu));
        rows.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %s (CPU %s) | %.1f ms (CPU %.1f ms) | %,d |", name,
                model.elementCount(), model.relationCount(), time(median), time(medianCpu), median * 1000 / model.elementCount(),
                medianCpu * 1000 / model.elementCount(), findings));
    }

    /** What the problems panel does on each edit: copy the model on the FX thread, check the copy in the background. */
    private void panelAfterEdit(IcsModel l) {
        List<ElementId> places = l.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).map(f -> f.id()).toList();
        List<Double> copy = new ArrayList<>();
        List<Double> total = new ArrayList<>();
        List<Double> copyCpu = new ArrayList<>();
        List<Double> totalCpu = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            ElementId added = ElementId.of("bench-rule-added-" + i);
            l.addElement(Element.of(added.value(), BodyKind.PROJECT, "New Project " + i), places.get(i % places.size()), -1);
            long tc = THREADS.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            IcsModel snapshot = l.copy();
            long cc = THREADS.getCurrentThreadCpuTime();
            long c = System.nanoTime();
            rules.check(snapshot);
            long end = System.nanoTime();
            long endCpu = THREADS.getCurrentThreadCpuTime();
            copy.add(ms(c - t));
            total.add(ms(end - t));
            copyCpu.add(ms(cc - tc));
            totalCpu.add(ms(endCpu - tc));
            l.removeElement(added);
        }
        System.out.printf("  problems panel after an edit on L (%d elements): copy %s (CPU %s), copy + all rules %s (CPU %s)"
                + " (medians of 21; target 100 ms)%n", l.elementCount(), time(LayoutBenchmark.median(copy)),
                time(LayoutBenchmark.median(copyCpu)), time(LayoutBenchmark.median(total)), time(LayoutBenchmark.median(totalCpu)));
    }

    private void perRule(IcsModel model) {
        System.out.printf("%n  each rule on %,d elements:%n", model.elementCount());
        for (Rule r : rules.rules()) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                List<Finding> f = r.check(model);
                times.add(ms(System.nanoTime() - t));
                if (f == null) {
                    throw new IllegalStateException(r.id());
                }
            }
            System.out.printf("    %-26s %s%n", r.id(), time(LayoutBenchmark.median(times)));
        }
    }

    /**
     * {@code validate} as a user runs it, in a fresh JVM with {@code -Xmx1g}: read the file, run every rule, print.
     * The file has L's density (about 3.2 relations per element; some 150 MB at 200,000 elements), as the rules above.
     */
    private void validateInFreshJvm(int elements) throws Exception {
        IcsModel model = SyntheticIcs.generateElements(elements, SEED);
        Path file = Files.createTempFile("ics-rules-bench", ".icsatlas.json");
        try {
            new AtlasJsonWriter().exportModel(model, file);
            int elementCount = model.elementCount();
            int relationCount = model.relationCount();
            model = null;
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                    "org.icsatlas.Launcher", "validate", file.toString());
            List<Double> times = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> loads = new ArrayList<>();
            int code = -1;
            for (int i = 0; i < 3; i++) {
                loads.add(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
                long t = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.PIPE).start();
                CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p));
                double childCpu = 0;
                while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
                    // The child's CPU time (all its threads: JIT and GC too) can be read only while it runs: the last
                    // reading, at most 50 ms before it ends, stands for the whole.
                    childCpu = p.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(childCpu);
                }
                code = p.exitValue();
                times.add(ms(System.nanoTime() - t));
                cpu.add(childCpu);
                String said = err.join().strip();
                if (!said.isEmpty()) {
                    System.out.println("  validate said: " + said);
                }
            }
            System.out.printf("%n  validate in a fresh JVM with -Xmx1g on %,d elements, %,d relations (%d MB file): runs %s ms wall,"
                    + " %s ms CPU (all threads); median %s wall, %s CPU; exit %d (target 10 s; load average %s on %d cores)%n",
                    elementCount, relationCount, Files.size(file) >> 20, format(times), format(cpu),
                    time(LayoutBenchmark.median(times)), time(LayoutBenchmark.median(cpu)), code,
                    loads.stream().map(l -> String.format(Locale.ROOT, "%.1f", l)).toList(), Runtime.getRuntime().availableProcessors());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "cannot read its standard error: " + e.getMessage();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String time(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.1f ms", ms);
    }

    private static String format(List<Double> xs) {
        return xs.stream().map(x -> String.format(Locale.ROOT, "%.0f", x)).toList().toString();
    }
}
