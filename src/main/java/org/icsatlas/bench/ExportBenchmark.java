package org.icsatlas.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.icsatlas.io.dot.DotExporter;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.export.DiagramExport;
import org.icsatlas.render.export.ExportFormat;
import org.icsatlas.render.export.ExportRequest;
import org.icsatlas.render.export.ExportScope;
import org.icsatlas.render.export.PageSetup;
import org.icsatlas.render.export.PageSize;
import org.icsatlas.render.export.TitleBlock;
import org.icsatlas.render.style.StyleTable;

/**
 * Times export of the synthetic models to PDF and SVG, layout included (a fresh layout, the drawing, the page and
 * the file, as {@code ics-atlas export} does), beside {@code dot -Tsvg} and {@code dot -Tpdf} on the same graph, and
 * prints the file sizes. Runs in the benchmark profile after the layout benchmark; {@code bench.exportScales}
 * (default M,L), {@code bench.exportRuns} (default 3) and {@code bench.dotLimitSeconds} adjust it
 * ({@code bench.dotLimitSeconds=0} skips dot). The machine is shared, so beside each wall time it prints the exporting
 * thread's CPU time (drawing and writing run on it alone; the layout also lays out blocks on the common fork-join
 * pool, so its share counts only the calling thread), the process CPU time (every thread: the pool, garbage collection,
 * JIT) and the load average.
 */
public final class ExportBenchmark {
    private static final long SEED = 42;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long dotLimitSeconds = Long.getLong("bench.dotLimitSeconds", 180);
    private final int runs = Integer.getInteger("bench.exportRuns", 3);

    public static void main(String[] args) throws Exception {
        new ExportBenchmark().run(System.getProperty("bench.exportScales", "M,L").split(","));
    }

    void run(String[] scales) throws Exception {
        System.out.printf("JVM %s, %d processors, load average %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage());
        LayoutEngine.warmUp().join();
        List<String> rows = new ArrayList<>();
        for (String s : scales) {
            SyntheticIcs.Scale scale = SyntheticIcs.Scale.valueOf(s.trim());
            IcsModel model = SyntheticIcs.generate(scale, SEED);
            DiagramView view = DiagramView.whole("bench", "Whole model");
            export(model, view, ExportFormat.PDF, 1);
            export(model, view, ExportFormat.SVG, 1);
            Result pdf = export(model, view, ExportFormat.PDF, runs);
            Result svg = export(model, view, ExportFormat.SVG, runs);
            String dotSvg = dotLimitSeconds > 0 ? dot(model, "svg") : "not run";
            String dotPdf = dotLimitSeconds > 0 ? dot(model, "pdf") : "not run";
            rows.add(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |", scale, model.elementCount(),
                    pdf.cell(), svg.cell(), dotSvg, dotPdf));
        }
        System.out.printf("%nload average at the end: %.1f; medians; CPU = the exporting thread's CPU time "
                + "(of it, layout), process = all threads' CPU (GC, JIT)%n", OS.getSystemLoadAverage());
        System.out.println("| scale | elements | export PDF, layout included | export SVG, layout included | dot -Tsvg | dot -Tpdf |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private record Result(double wallMs, double cpuMs, double layoutCpuMs, double processCpuMs, long bytes) {
        String cell() {
            return String.format(Locale.ROOT, "%s wall, CPU %s (layout %s), process %s; %.1f MB", time(wallMs), time(cpuMs),
                    time(layoutCpuMs), time(processCpuMs), bytes / 1e6);
        }
    }

    /**
     * The medians of {@code runs} exports, each laying out afresh and writing a file fitted to the diagram: wall time,
     * this thread's CPU time (and the layout's share of it), the process's CPU time.
     */
    private Result export(IcsModel model, DiagramView view, ExportFormat format, int runs) throws Exception {
        DiagramExport export = new DiagramExport(StyleTable.standard());
        ExportRequest request = new ExportRequest(format, PageSetup.of(PageSize.FIT, TitleBlock.titled("England")), 150,
                false, ExportScope.wholeView());
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        List<Double> layoutCpu = new ArrayList<>();
        List<Double> process = new ArrayList<>();
        long bytes = 0;
        Path file = Files.createTempFile("ics-export", "." + format.extension());
        try {
            for (int i = 0; i < runs; i++) {
                long p = OS.getProcessCpuTime();
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                DiagramLayout layout = LayoutEngine.standard().layout(model, view);
                long laidOut = THREADS.getCurrentThreadCpuTime();
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    export.export(model, view, layout, request, out);
                }
                wall.add((System.nanoTime() - t) / 1e6);
                long end = THREADS.getCurrentThreadCpuTime();
                cpu.add((end - c) / 1e6);
                layoutCpu.add((laidOut - c) / 1e6);
                process.add((OS.getProcessCpuTime() - p) / 1e6);
                bytes = Files.size(file);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf(Locale.ROOT, "  %s %s export runs (ms): wall %s, thread CPU %s (layout %s), process CPU %s, load %.1f%n",
                model.elementCount(), format, rounded(wall), rounded(cpu), rounded(layoutCpu), rounded(process),
                OS.getSystemLoadAverage());
        return new Result(LayoutBenchmark.median(wall), LayoutBenchmark.median(cpu), LayoutBenchmark.median(layoutCpu),
                LayoutBenchmark.median(process), bytes);
    }

    private static List<Long> rounded(List<Double> ms) {
        return ms.stream().map(Math::round).toList();
    }

    private String dot(IcsModel model, String format) throws IOException, InterruptedException {
        Path file = Files.createTempFile("ics-bench", ".dot");
        try {
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new DotExporter().export(model, w);
            }
            Process p;
            try {
                p = new ProcessBuilder("dot", "-T" + format, "-o", "/dev/null", file.toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                return "dot not installed";
            }
            long t = System.nanoTime();
            if (!p.waitFor(dotLimitSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return "> " + dotLimitSeconds + " s";
            }
            return time((System.nanoTime() - t) / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String time(double ms) {
        return ms >= 1000 ? String.format(Locale.ROOT, "%.2f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
