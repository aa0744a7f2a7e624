package org.icsatlas.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ImportException;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.readability.LayoutReadability;
import org.icsatlas.render.readability.ReadabilityCheck;
import org.icsatlas.render.style.StyleTable;

/**
 * Prints the readability of every view of the bundled samples as a Markdown table: line crossings, lines through
 * an unrelated box, overlapping labels and the smallest text on A4 landscape. Each view is laid out as the command
 * line exports it. Takes a few seconds; run with {@code mvn -B -Pbenchmark package} or on its own.
 */
public final class ReadabilityReport {
    /** The bundled samples, by resource name. */
    static final List<String> SAMPLES = List.of("south-yorkshire-bassetlaw", "bsw-wiltshire", "greater-manchester");

    private ReadabilityReport() {
    }

    public static void main(String[] args) throws ImportException {
        print(System.out, measure());
    }

    /** One row per view of every sample, in file order. */
    static List<Row> measure() throws ImportException {
        ReadabilityCheck check = new ReadabilityCheck(StyleTable.standard());
        List<Row> rows = new ArrayList<>();
        for (String sample : SAMPLES) {
            IcsModel model = new AtlasJsonReader().readSample(sample);
            for (DiagramView view : model.views()) {
                rows.add(new Row(sample, check.check(model, view, layoutOf(model, view))));
            }
        }
        return rows;
    }

    /** The layout the command line exports: the arrangement saved with the view when there is one. */
    static DiagramLayout layoutOf(IcsModel model, DiagramView view) {
        return LayoutEngine.standard().arrangedFor(view).layout(model, view);
    }

    /** One sample view's numbers. */
    record Row(String sample, ReadabilityCheck.Readability readability) {
    }

    static void print(PrintStream out, List<Row> rows) {
        out.println("| sample | view | lines | boxes | crossings | lines through a box | overlapping labels | smallest text on A4 (pt) |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (Row r : rows) {
            LayoutReadability.Counts c = r.readability().counts();
            out.println(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %.1f |", r.sample(),
                    r.readability().view(), c.lines(), c.boxes(), c.crossings(), c.linesThroughBoxes(),
                    c.overlappingLabels(), r.readability().smallestTextPoints()));
        }
    }
}
