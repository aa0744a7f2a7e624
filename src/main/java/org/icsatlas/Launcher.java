package org.icsatlas;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Consumer;
import org.icsatlas.cli.AtlasCommand;
import org.icsatlas.ui.app.LaunchOptions;

/**
 * Entry point of the jar. With no arguments (or only a file to open) it starts the window; with a
 * subcommand it runs headless. It does not extend {@code Application}, so a plain fat jar can start JavaFX.
 *
 * <p>The window's own arguments are checked before JavaFX starts, so a mistake exits 2 with a usage hint (like the
 * commands do) instead of opening nothing and exiting 0. Without a display it exits 1 with one line saying so.
 */
public final class Launcher {
    /** Exit code when the window cannot start because there is no display. */
    static final int NO_DISPLAY = 1;
    /** Exit code for a bad argument, as for the commands. */
    static final int BAD_USAGE = 2;

    static final String USAGE_HINT = "usage: ics-atlas [FILE] [--screenshot=OUT.png [--size=WIDTHxHEIGHT]], "
            + "or ics-atlas COMMAND ... (see ics-atlas --help)";
    static final String NO_DISPLAY_MESSAGE = "ics-atlas: no display available; run under a desktop session or xvfb-run, "
            + "or use a subcommand (validate, stats, convert)";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (AtlasCommand.isSubcommand(args)) {
            System.exit(AtlasCommand.run(args));
        }
        // A lambda, not a method reference, so that nothing of JavaFX is loaded before the arguments are checked.
        int code = openWindow(args, System.err, a -> org.icsatlas.ui.AtlasApp.launchWith(a));
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Checks the window's arguments and, when they are good, starts the window through {@code window} (which
     * returns when the window closes). Returns the exit code: 0 after a normal run, {@link #BAD_USAGE} for bad
     * arguments (the window is not started), {@link #NO_DISPLAY} when JavaFX finds no display.
     */
    static int openWindow(String[] args, PrintStream err, Consumer<String[]> window) {
        try {
            LaunchOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            err.println("ics-atlas: " + e.getMessage());
            err.println(USAGE_HINT);
            return BAD_USAGE;
        }
        try {
            window.accept(args);
        } catch (RuntimeException e) {
            if (isNoDisplay(e)) {
                err.println(NO_DISPLAY_MESSAGE);
                return NO_DISPLAY;
            }
            throw e;
        }
        return 0;
    }

    /**
     * Whether {@code e} is JavaFX's "no display" failure: on Linux, GTK that cannot open the X display makes
     * Glass throw {@code UnsupportedOperationException("Unable to open DISPLAY")}, which {@code Application.launch}
     * rethrows as it is (looked for in the causes too, in case a later JavaFX wraps it).
     */
    static boolean isNoDisplay(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnsupportedOperationException && t.getMessage() != null && t.getMessage().contains("Unable to open DISPLAY")) {
                return true;
            }
        }
        return false;
    }
}
