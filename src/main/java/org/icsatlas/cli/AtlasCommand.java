package org.icsatlas.cli;

import java.util.Set;

/** The headless command line: {@code validate}, {@code stats}, {@code convert} and the other subcommands. */
public final class AtlasCommand {
    private static final Set<String> SUBCOMMANDS = Set.of("validate", "stats", "convert", "export", "benchmark", "help", "--help", "-h", "--version");

    private AtlasCommand() {
    }

    public static boolean isSubcommand(String[] args) {
        return args.length > 0 && SUBCOMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        System.err.println("not yet available: " + String.join(" ", args));
        return 2;
    }
}
