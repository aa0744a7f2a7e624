package org.icsatlas;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.icsatlas.cli.AtlasCommand;
import org.icsatlas.cli.ExitCodes;
import org.icsatlas.ui.app.LaunchOptions;

/**
 * Entry point of the jar. With no arguments (or only a file to open) it starts the window; with a
 * subcommand it runs headless. It does not extend {@code Application}, so a plain fat jar can start JavaFX.
 *
 * <p>The window's own arguments are checked before JavaFX starts, so a mistake exits 2 with a usage hint (like the
 * commands do) instead of opening nothing and exiting 0. Without a display it exits 1 with one line saying so (and
 * nothing from JavaFX before it). Running out of memory anywhere is one line of advice and exit code
 * {@link ExitCodes#OUT_OF_MEMORY}, never a stack trace and never a code a script would read as a finding.
 */
public final class Launcher {
    /** Exit code when the window cannot start because there is no display. */
    static final int NO_DISPLAY = ExitCodes.FINDINGS;
    /** Exit code for a bad argument, as for the commands. */
    static final int BAD_USAGE = ExitCodes.BAD_INPUT;

    static final String USAGE_HINT = "usage: ics-atlas [FILE] [--screenshot=OUT.png [--size=WIDTHxHEIGHT]], "
            + "or ics-atlas COMMAND ... (see ics-atlas --help)";
    static final String NO_DISPLAY_MESSAGE = "ics-atlas: no display available; run under a desktop session or xvfb-run, "
            + "or use a subcommand (validate, stats, convert)";

    private Launcher() {
    }

    /** JavaFX warns through this logger when started from the class path; kept here so the level set sticks. */
    private static final Logger JAVAFX_STARTUP = Logger.getLogger("com.sun.javafx.application.PlatformImpl");

    public static void main(String[] args) {
        Thread.setDefaultUncaughtExceptionHandler(Launcher::uncaught);
        try {
            if (AtlasCommand.isSubcommand(args)) {
                System.exit(AtlasCommand.run(args));
            }
            int bad = checkArguments(args, System.err);
            if (bad != 0) {
                System.exit(bad);
            }
            if (displayMissing(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"))) {
                System.err.println(NO_DISPLAY_MESSAGE);
                System.exit(NO_DISPLAY);
            }
            // "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'": true of every fat jar, and
            // nothing the user can act on.
            JAVAFX_STARTUP.setLevel(Level.SEVERE);
            // A lambda, not a method reference, so that nothing of JavaFX is loaded before the arguments are checked.
            int code = openWindow(args, System.err, a -> org.icsatlas.ui.AtlasApp.launchWith(a));
            if (code != 0) {
                System.exit(code);
            }
        } catch (OutOfMemoryError e) {
            outOfMemory();
        }
    }

    /** An error no code caught, on any thread: out of memory is advice and its own exit code; the rest as Java reports it. */
    private static void uncaught(Thread thread, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            outOfMemory();
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        e.printStackTrace();
    }

    private static void outOfMemory() {
        System.err.println(ExitCodes.outOfMemory());
        Runtime.getRuntime().halt(ExitCodes.OUT_OF_MEMORY);
    }

    /**
     * Whether the window surely has no display to open on: on Linux and other X11 systems, neither {@code DISPLAY} nor
     * {@code WAYLAND_DISPLAY} is set and no other glass platform (such as Monocle, for headless tests) was chosen.
     * Checked before JavaFX starts, so the user sees one line and not JavaFX's warnings first.
     */
    static boolean displayMissing(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (glassPlatform != null || os.contains("win") || os.contains("mac")) {
            return false;
        }
        return isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Checks the window's arguments and, when they are good, starts the window through {@code window} (which
     * returns when the window closes). Returns the exit code: 0 after a normal run, {@link #BAD_USAGE} for bad
     * arguments (the window is not started), {@link #NO_DISPLAY} when JavaFX finds no display.
     */
    static int openWindow(String[] args, PrintStream err, Consumer<String[]> window) {
        int bad = checkArguments(args, err);
        if (bad != 0) {
            return bad;
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
     * Checks the window's arguments: 0 when they are good, else {@link #BAD_USAGE} after the error and a usage hint.
     * A word starting with {@code -} that is not an existing file is an unknown option, not a file to open.
     */
    static int checkArguments(String[] args, PrintStream err) {
        try {
            for (String arg : args) {
                if (arg.startsWith("-") && !arg.startsWith("--") && !Files.exists(Path.of(arg))) {
                    throw new IllegalArgumentException("unknown option " + arg);
                }
            }
            LaunchOptions.parse(List.of(args));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("ics-atlas: " + e.getMessage());
            err.println(USAGE_HINT);
            return BAD_USAGE;
        }
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
