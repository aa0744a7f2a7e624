package org.icsatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.icsatlas.analysis.RuleBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The headless command line: {@code validate}, {@code stats} and {@code convert} (and {@code help}). Exit codes:
 * 0 success, 1 {@code validate} found errors, 2 bad input or usage, 3 an unexpected internal failure.
 */
@Command(name = "ics-atlas", mixinStandardHelpOptions = true, versionProvider = AtlasCommand.Version.class,
        description = "Models and draws the governance of NHS Integrated Care Systems.%n"
                + "Without a command the window opens; these commands run without it:",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  validate found at least one ERROR", "  2  bad input file or bad usage",
                "  3  internal error (please report it)"})
public final class AtlasCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int BAD_INPUT = 2;
    static final int INTERNAL_ERROR = 3;

    private static final Set<String> IMPLEMENTED = Set.of("validate", "stats", "convert", "help", "--help", "-h", "--version", "-V");
    /** Names kept for commands that later issues add; recognised so the launcher never opens a window for them. */
    private static final Set<String> RESERVED = Set.of("export", "benchmark");
    private static final Pattern COMMAND_WORD = Pattern.compile("[a-z][a-z-]*");

    @Spec
    private CommandSpec spec;

    private AtlasCommand() {
    }

    /**
     * Whether {@code args} ask for a headless command rather than the window. A bare lower-case word that is not
     * an existing file counts too, so a mistyped command gets a usage message instead of a window.
     */
    public static boolean isSubcommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return IMPLEMENTED.contains(first) || RESERVED.contains(first)
                || (COMMAND_WORD.matcher(first).matches() && !Files.exists(Path.of(first)));
    }

    /** Runs a command line against the standard rule book and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, RuleBook.standard());
    }

    /** As {@link #run(String[])}, validating against {@code rules}; tests use it to control the findings. */
    static int run(String[] args, RuleBook rules) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (args.length > 0 && RESERVED.contains(args[0])) {
            err.println("ics-atlas " + args[0] + ": not available yet in this version");
            return BAD_INPUT;
        }
        CommandLine cli = new CommandLine(new AtlasCommand())
                .addSubcommand("validate", new ValidateCommand(rules))
                .addSubcommand("stats", new StatsCommand())
                .addSubcommand("convert", new ConvertCommand())
                .addSubcommand("import-register", new ImportRegisterCommand())
                .addSubcommand("export-register", new ExportRegisterCommand())
                .addSubcommand("help", new CommandLine.HelpCommand());
        cli.setOut(out).setErr(err).setParameterExceptionHandler(AtlasCommand::usageError).setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println("ics-atlas: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Picocli shows either suggestions or usage; a user who mistyped a command is helped by both. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        e.getCommandLine().usage(err);
        return BAD_INPUT;
    }

    /** With no command: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /** "1 error", "2 errors". */
    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The version from the jar manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AtlasCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ICS Atlas " + (v == null ? "(development build)" : v)};
        }
    }
}
