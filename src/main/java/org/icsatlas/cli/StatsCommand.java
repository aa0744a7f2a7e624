package org.icsatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.render.readability.LayoutReadability;
import org.icsatlas.render.readability.ReadabilityCheck;
import org.icsatlas.render.style.StyleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stats FILE}: counts footprints by level, elements by type and kind, and relations by kind. Levels, types
 * and relation kinds are always listed (zeros included) so scripts can rely on the lines; element kinds only when present.
 * With {@code --readability}, one more line per view: its line crossings, lines through an unrelated box, overlapping
 * labels and the smallest text when exported to A4 landscape (laid out as {@code export} lays it out).
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts footprints by level, elements by type and kind, and relations by kind.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the model (*.icsatlas.json)")
    private Path file;

    @Option(names = "--readability", description = "per view: line crossings, lines through an unrelated box, "
            + "overlapping labels and the smallest text on A4 landscape")
    private boolean readability;

    @Override
    public Integer call() {
        return ExitCodes.guard(spec.commandLine().getErr(), () -> report(new AtlasJsonReader().importModel(file)));
    }

    private int report(IcsModel model) {
        print(model, spec.commandLine().getOut());
        if (readability) {
            printReadability(model, spec.commandLine().getOut());
        }
        return AtlasCommand.OK;
    }

    private static void print(IcsModel model, PrintWriter out) {
        if (!model.info().title().isEmpty()) {
            out.println("title: " + model.info().title());
        }
        Map<FootprintLevel, Integer> levels = zeros(FootprintLevel.class);
        for (Footprint f : model.footprints()) {
            levels.merge(f.level(), 1, Integer::sum);
        }
        out.println("footprints: " + model.footprintCount());
        levels.forEach((level, n) -> out.println("  " + level + ": " + n));

        Map<ElementType, Integer> types = zeros(ElementType.class);
        Map<ElementKind, Integer> kinds = new LinkedHashMap<>();
        for (ElementType t : ElementType.values()) {
            for (ElementKind k : model.kinds().all(t)) {
                kinds.put(k, 0);
            }
        }
        for (Element e : model.elements()) {
            types.merge(e.type(), 1, Integer::sum);
            kinds.merge(e.kind(), 1, Integer::sum);
        }
        out.println("elements: " + model.elementCount());
        types.forEach((type, n) -> {
            out.println("  " + type + ": " + n);
            kinds.forEach((kind, k) -> {
                if (kind.type() == type && k > 0) {
                    out.println("    " + kind.name() + ": " + k);
                }
            });
        });

        Map<RelationKind, Integer> relations = zeros(RelationKind.class);
        for (Relation r : model.relations()) {
            relations.merge(r.kind(), 1, Integer::sum);
        }
        out.println("relations: " + model.relationCount());
        relations.forEach((kind, n) -> out.println("  " + kind + ": " + n));
        out.println("views: " + model.views().size());
    }

    private static void printReadability(IcsModel model, PrintWriter out) {
        ReadabilityCheck check = new ReadabilityCheck(StyleTable.standard());
        out.println("readability (A4 landscape):");
        for (DiagramView v : model.views()) {
            ReadabilityCheck.Readability r = check.check(model, v, ExportCommand.layoutOf(model, v));
            LayoutReadability.Counts c = r.counts();
            out.println(String.format(java.util.Locale.ROOT,
                    "  %s: lines %d, crossings %d, lines through a box %d, overlapping labels %d, smallest text %.1f pt",
                    v.name(), c.lines(), c.crossings(), c.linesThroughBoxes(), c.overlappingLabels(), r.smallestTextPoints()));
        }
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0);
        }
        return m;
    }
}
