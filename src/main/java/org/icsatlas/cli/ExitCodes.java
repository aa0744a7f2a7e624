package org.icsatlas.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;

/**
 * The exit codes of {@code ics-atlas}, and the one place that turns a failure into one line on standard error and
 * its exit code. A command's body runs inside {@link #guard}: a bad input file or an output that cannot be written
 * is its message and {@link #BAD_INPUT}; running out of memory is advice to give Java more and
 * {@link #OUT_OF_MEMORY}; anything unexpected is one line and {@link #INTERNAL_ERROR}. {@link AtlasCommand#run}
 * also checks that standard output took everything written to it.
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** {@code validate} found at least one ERROR; also the window, when there is no display to open it on. */
    public static final int FINDINGS = 1;
    /** A bad input file, an output that cannot be written (standard output included), or bad usage. */
    public static final int BAD_INPUT = 2;
    /** An internal error: a bug, please report it. */
    public static final int INTERNAL_ERROR = 3;
    /** Java ran out of memory. */
    public static final int OUT_OF_MEMORY = 4;

    /** The exit-code table as {@code --help} prints it (README repeats it). */
    static final String[] TABLE = {
        "  0  success",
        "  1  validate found at least one ERROR (or: no display to open the window on)",
        "  2  bad input file, output that cannot be written (standard output included),",
        "     or bad usage (an unknown command or option, a missing argument)",
        "  3  internal error (one line naming it; please report it)",
        "  4  out of memory (give Java more, e.g. java -Xmx4g -jar ics-atlas.jar ...)"};

    /** Built in advance: when memory has run out, there may be none left to build it. */
    private static final String OUT_OF_MEMORY_MESSAGE = "ics-atlas: out of memory; give Java more with -Xmx, "
            + "e.g. java -Xmx4g -jar ics-atlas.jar ... (this run could use " + (Runtime.getRuntime().maxMemory() >> 20) + " MB)";

    private static final String STDOUT_MESSAGE = "ics-atlas: cannot write to standard output (is the disk full, "
            + "or was the reading end of the pipe closed?); the output is incomplete";

    private ExitCodes() {
    }

    /** A command's work, returning its exit code. */
    @FunctionalInterface
    public interface Body {
        int run() throws Exception;
    }

    /** Runs {@code body}; every failure becomes one line on {@code err} and its exit code. */
    public static int guard(PrintWriter err, Body body) {
        try {
            return body.run();
        } catch (ImportException | ExportException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (OutOfMemoryError e) {
            err.println(OUT_OF_MEMORY_MESSAGE);
            return OUT_OF_MEMORY;
        } catch (Exception | StackOverflowError e) {
            err.println(internalError(e));
            return INTERNAL_ERROR;
        }
    }

    /** The line for running out of memory: what happened and how to give Java more. */
    public static String outOfMemory() {
        return OUT_OF_MEMORY_MESSAGE;
    }

    /** The line for a failed write to standard output. */
    public static String standardOutputFailed() {
        return STDOUT_MESSAGE;
    }

    /** Whether everything written to {@code out} so far reached it; flushes it first. */
    public static boolean wroteAll(PrintStream out) {
        return !out.checkError();
    }

    /** One line for a bug: what failed and where, so a report can name it. */
    public static String internalError(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " (at " + trace[0] + ")";
        return "ics-atlas: internal error, please report it: " + e + where;
    }
}
