package org.icsatlas.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.icsatlas.analysis.Finding;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.analysis.Severity;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.IcsModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE}: checks a model against the rule book and prints one line per finding and a summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a model against the governance rules. Prints each finding as 'SEVERITY rule-id: message' "
                + "and a summary; exits 1 if any finding is an ERROR.")
final class ValidateCommand implements Callable<Integer> {
    private final RuleBook rules;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the model (*.icsatlas.json)")
    private Path file;

    ValidateCommand(RuleBook rules) {
        this.rules = rules;
    }

    @Override
    public Integer call() {
        return ExitCodes.guard(spec.commandLine().getErr(), () -> report(new AtlasJsonReader().importModel(file)));
    }

    private int report(IcsModel model) {
        List<Finding> findings = rules.check(model);
        // Buffered, and flushed once at the end: the command line's writer flushes at every line, and a large model
        // has a hundred thousand findings. A failed write still shows on standard output's error flag (AtlasCommand).
        PrintWriter out = new PrintWriter(new BufferedWriter(spec.commandLine().getOut(), 1 << 16));
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            out.println(f.severity() + " " + f.ruleId() + ": " + f.message());
            counts.merge(f.severity(), 1, Integer::sum);
        }
        out.println(file + ": " + AtlasCommand.plural(findings.size(), "finding") + " (" + AtlasCommand.plural(counts.get(Severity.ERROR), "error")
                + ", " + AtlasCommand.plural(counts.get(Severity.WARNING), "warning") + ", " + counts.get(Severity.INFO) + " info)");
        out.flush();
        return counts.get(Severity.ERROR) > 0 ? AtlasCommand.FINDINGS : AtlasCommand.OK;
    }
}
