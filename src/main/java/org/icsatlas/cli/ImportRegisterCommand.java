package org.icsatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.register.ImportPlan;
import org.icsatlas.io.register.ImportPlanner;
import org.icsatlas.io.register.RegisterReader;
import org.icsatlas.io.register.RegisterSource;
import org.icsatlas.io.register.RegisterTableKind;
import org.icsatlas.io.register.Removal;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code import-register SOURCE --out OUT [--into EXISTING]}: reads a membership register (a folder of CSV files, an
 * {@code .xlsx} workbook, or CSV files named one by one) into a new model, or merges it into an existing one, and
 * writes the native file. Refused rows are printed as {@code file:row: reason}; the exit code is 0 only when every
 * row was read.
 */
@Command(name = "import-register", mixinStandardHelpOptions = true,
        description = "Reads a membership register (CSV folder or .xlsx workbook) into a model.%n"
                + "Refused rows are printed as file:row: reason; the rest is imported. Exit 0 when every row was read, 2 otherwise.")
final class ImportRegisterCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE", description = "a folder of CSV files (bodies.csv, organisations.csv, memberships.csv …) or an .xlsx workbook")
    private Path source;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "the model to write (*.icsatlas.json)")
    private Path out;

    @Option(names = "--into", paramLabel = "EXISTING", description = "merge into this model (by id or name) instead of starting a new one")
    private Path into;

    @Option(names = "--bodies", paramLabel = "FILE", description = "the bodies table, as a CSV file")
    private Path bodies;

    @Option(names = "--organisations", paramLabel = "FILE", description = "the organisations (and people) table, as a CSV file")
    private Path organisations;

    @Option(names = "--memberships", paramLabel = "FILE", description = "the memberships table, as a CSV file")
    private Path memberships;

    @Option(names = "--relations", paramLabel = "FILE", description = "other relations (reporting, delegation, advice), as a CSV file")
    private Path relations;

    @Option(names = "--footprints", paramLabel = "FILE", description = "the footprints table, as a CSV file")
    private Path footprints;

    @Option(names = "--apply-removals", description = "with --into: also remove what the model has and the register no longer lists")
    private boolean applyRemovals;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        RegisterSource from = source();
        try {
            IcsModel base = into == null ? new IcsModel() : new AtlasJsonReader().importModel(into);
            ImportPlan plan = new ImportPlanner().plan(base, new RegisterReader().read(from));
            List<Removal> removals = plan.removals();
            IcsModel result = plan.result(applyRemovals ? removals.stream().map(Removal::id).toList() : List.of());
            if (into == null && result.info().title().isBlank()) {
                result.setInfo(new ModelInfo(title(result, from), "Imported from the membership register " + from.displayName(), ""));
            }
            new AtlasJsonWriter().exportModel(result, out);
            plan.rejected().forEach(err::println);
            plan.notices().forEach(n -> err.println("note: " + n));
            if (!removals.isEmpty() && !applyRemovals) {
                err.println("not removed (the register no longer lists them; --apply-removals removes them):");
                removals.forEach(r -> err.println("  " + r.text()));
            }
            stdout.println("wrote " + out + " (" + AtlasCommand.plural(result.footprintCount(), "footprint") + ", "
                    + AtlasCommand.plural(result.elementCount(), "element") + ", " + AtlasCommand.plural(result.relationCount(), "relation")
                    + "): " + plan.summary());
            return plan.rejected().isEmpty() ? AtlasCommand.OK : AtlasCommand.BAD_INPUT;
        } catch (ImportException | ExportException e) {
            err.println(e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
    }

    private RegisterSource source() {
        Map<RegisterTableKind, Path> files = new EnumMap<>(RegisterTableKind.class);
        put(files, RegisterTableKind.BODIES, bodies);
        put(files, RegisterTableKind.ORGANISATIONS, organisations);
        put(files, RegisterTableKind.MEMBERSHIPS, memberships);
        put(files, RegisterTableKind.RELATIONS, relations);
        put(files, RegisterTableKind.FOOTPRINTS, footprints);
        if (source != null && !files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either SOURCE or --bodies/--organisations/--memberships, not both");
        }
        if (source == null && files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "missing SOURCE: a folder of CSV files or an .xlsx workbook (or --bodies etc.)");
        }
        return source != null ? RegisterSource.of(source) : RegisterSource.files(files);
    }

    private static void put(Map<RegisterTableKind, Path> files, RegisterTableKind kind, Path file) {
        if (file != null) {
            files.put(kind, file);
        }
    }

    /** The one system's name, else the register's. */
    private static String title(IcsModel m, RegisterSource from) {
        return m.roots().size() == 1 ? m.footprint(m.roots().get(0)).orElseThrow().name() : from.displayName();
    }
}
