package org.icsatlas.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
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
 * (default M,L) and {@code bench.dotLimitSeconds} adjust it.
 */
public final class ExportBenchmark {
    private static final long SEED = 42;

    private final long dotLimitSeconds = Long.getLong("bench.dotLimitSeconds", 180);

    public static void main(String[] args) throws Exception {
        new ExportBenchmark().run(System.getProperty("bench.exportScales", "M,L").split(","));
    }

    void run(String[] scales) throws Exception {
        LayoutEngine.warmUp().join();
        List<String> rows = new ArrayList<>();
        for (String s : scales) {
            SyntheticIcs.Scale scale = SyntheticIcs.Scale.valueOf(s.trim());
            IcsModel model = SyntheticIcs.generate(scale, SEED);
            DiagramView view = DiagramView.whole("bench", "Whole model");
            export(model, view, ExportFormat.PDF, 1);
            Result pdf = export(model, view, ExportFormat.PDF, 3);
            Result svg = export(model, view, ExportFormat.SVG, 3);
            String dotSvg = dot(model, "svg");
            String dotPdf = dot(model, "pdf");
            rows.add(String.format(Locale.ROOT, "| %s | %d | %s (%.1f MB) | %s (%.1f MB) | %s | %s |", scale,
                    model.elementCount(), time(pdf.ms), pdf.bytes / 1e6, time(svg.ms), svg.bytes / 1e6, dotSvg, dotPdf));
        }
        System.out.println();
        System.out.println("| scale | elements | export PDF, layout included (size) | export SVG, layout included (size) | dot -Tsvg | dot -Tpdf |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
    }

    private record Result(double ms, long bytes) {
    }

    /** The median of {@code runs} exports, each laying out afresh and writing a file fitted to the diagram. */
    private Result export(IcsModel model, DiagramView view, ExportFormat format, int runs) throws Exception {
        DiagramExport export = new DiagramExport(StyleTable.standard());
        ExportRequest request = new ExportRequest(format, PageSetup.of(PageSize.FIT, TitleBlock.titled("England")), 150,
                false, ExportScope.wholeView());
        List<Double> times = new ArrayList<>();
        long bytes = 0;
        Path file = Files.createTempFile("ics-export", "." + format.extension());
        try {
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                DiagramLayout layout = LayoutEngine.standard().layout(model, view);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                    export.export(model, view, layout, request, out);
                }
                times.add((System.nanoTime() - t) / 1e6);
                bytes = Files.size(file);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf("  %s export runs (ms): %s%n", format, times);
        return new Result(LayoutBenchmark.median(times), bytes);
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
