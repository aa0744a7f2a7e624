package org.icsatlas.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.icsatlas.analysis.RuleBook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The headless command line: {@code validate}, {@code stats} and {@code convert} (and {@code help}). Exit codes are
 * in {@link ExitCodes}; every failure is one line on standard error. Commands are recognised in any letter case,
 * every command answers {@code --version}, and a failed write to standard output is reported rather than lost.
 */
@Command(name = "ics-atlas", mixinStandardHelpOptions = true, versionProvider = AtlasCommand.Version.class,
        description = "Models and draws the governance of NHS Integrated Care Systems.%n"
                + "Without a command the window opens; these commands run without it:",
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExit codes:%n")
public final class AtlasCommand implements Callable<Integer> {
    static final int OK = ExitCodes.OK;
    static final int FINDINGS = ExitCodes.FINDINGS;
    static final int BAD_INPUT = ExitCodes.BAD_INPUT;
    static final int INTERNAL_ERROR = ExitCodes.INTERNAL_ERROR;

    private static final Set<String> IMPLEMENTED = Set.of("validate", "stats", "convert", "export", "help", "--help", "-h", "--version", "-V");
    /** Names kept for commands that later issues add; recognised so the launcher never opens a window for them. */
    private static final Set<String> RESERVED = Set.of("benchmark");
    private static final Pattern COMMAND_WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

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
        String lower = first.toLowerCase(Locale.ROOT);
        return IMPLEMENTED.contains(lower) || RESERVED.contains(lower)
                || (COMMAND_WORD.matcher(first).matches() && !Files.exists(Path.of(first)));
    }

    /** Runs a command line against the standard rule book and returns the process exit code. */
    public static int run(String[] args) {
        return run(args, RuleBook.standard());
    }

    /** As {@link #run(String[])}, validating against {@code rules}; tests use it to control the findings. */
    static int run(String[] args, RuleBook rules) {
        PrintStream stdout = System.out;
        PrintWriter out = new PrintWriter(stdout, true);
        PrintWriter err = new PrintWriter(System.err, true);
        if (args.length > 0 && RESERVED.contains(args[0].toLowerCase(Locale.ROOT))) {
            err.println("ics-atlas " + args[0] + ": not available yet in this version");
            return BAD_INPUT;
        }
        int code;
        try {
            CommandLine cli = commandLine(rules);
            cli.setOut(out).setErr(err).setParameterExceptionHandler(AtlasCommand::usageError)
                    .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                        commandLine.getErr().println(ExitCodes.internalError(e));
                        return INTERNAL_ERROR;
                    });
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println(ExitCodes.outOfMemory());
            code = ExitCodes.OUT_OF_MEMORY;
        }
        out.flush();
        // A command that failed has said why already; one that thinks it succeeded may not know its output was lost.
        if (!ExitCodes.wroteAll(stdout) && (code == OK || code == FINDINGS)) {
            err.println(ExitCodes.standardOutputFailed());
            code = BAD_INPUT;
        }
        err.flush();
        return code;
    }

    /**
     * The command tree. Commands match in any letter case ({@code Validate} is {@code validate}); a command without
     * a version of its own prints the program's, so {@code stats --version} answers like {@code --version}.
     */
    private static CommandLine commandLine(RuleBook rules) {
        CommandLine cli = new CommandLine(new AtlasCommand())
                .addSubcommand("validate", new ValidateCommand(rules))
                .addSubcommand("stats", new StatsCommand())
                .addSubcommand("convert", new ConvertCommand())
                .addSubcommand("import-graphml", new ImportGraphmlCommand())
                .addSubcommand("export-graphml", new ExportGraphmlCommand())
                .addSubcommand("export-dot", new ExportDotCommand())
                .addSubcommand("export", new ExportCommand())
                .addSubcommand("import-register", new ImportRegisterCommand())
                .addSubcommand("export-register", new ExportRegisterCommand())
                .addSubcommand("help", new CommandLine.HelpCommand());
        cli.setSubcommandsCaseInsensitive(true);
        cli.getCommandSpec().usageMessage().footer(ExitCodes.TABLE);
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null) {
                sub.getCommandSpec().versionProvider(new Version());
            }
        }
        return cli;
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
