package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import org.icsatlas.analysis.RuleBook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every failure of a command is one line in words and an exit code of its own; nothing is lost silently. */
class CommandFailureTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    private static final String GOOD = fixture("/io/good/every-field.icsatlas.json");

    private static String fixture(String resource) {
        try {
            return Paths.get(CommandFailureTest.class.getResource(resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Standard output on a full disk: every write fails, as on {@code >/dev/full}. */
    private static final OutputStream FULL_DISK = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device");
        }
    };

    @BeforeEach
    void captureConsole() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private List<String> errLines() {
        return err.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void convertToAFullStandardOutputExitsTwoWithOneLine() {
        System.setOut(new PrintStream(FULL_DISK, true, StandardCharsets.UTF_8));
        assertEquals(2, AtlasCommand.run(new String[] {"convert", GOOD, "-"}));
        assertEquals(List.of(ExitCodes.standardOutputFailed()), errLines());
    }

    @Test
    void validateToAFullStandardOutputExitsTwoWithOneLine() {
        System.setOut(new PrintStream(FULL_DISK, true, StandardCharsets.UTF_8));
        assertEquals(2, AtlasCommand.run(new String[] {"validate", GOOD}, RuleBook.standard()));
        assertEquals(List.of(ExitCodes.standardOutputFailed()), errLines());
    }

    @Test
    void convertOntoTheRootDirectoryIsOneLineAndExitTwo() {
        assertEquals(2, AtlasCommand.run(new String[] {"convert", GOOD, "/"}));
        assertEquals(List.of("cannot save /: / is a directory"), errLines());
    }

    @Test
    void aCommandsVersionOptionPrintsTheVersion() {
        assertEquals(0, AtlasCommand.run(new String[] {"stats", "--version"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("ICS Atlas "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aCapitalisedCommandRunsTheCommand() {
        assertTrue(AtlasCommand.isSubcommand(new String[] {"Validate", "x.icsatlas.json"}));
        assertEquals(0, AtlasCommand.run(new String[] {"Validate", GOOD}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(GOOD + ": "), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryExitCode() {
        assertEquals(0, AtlasCommand.run(new String[] {"--help"}));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String row : ExitCodes.TABLE) {
            assertTrue(help.contains(row), help);
        }
        assertTrue(help.contains("4  out of memory"), help);
    }

    @Test
    void runningOutOfMemoryIsAdviceAndExitFour() {
        StringWriter text = new StringWriter();
        int code = ExitCodes.guard(new PrintWriter(text, true), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(ExitCodes.OUT_OF_MEMORY, code);
        assertEquals(List.of(ExitCodes.outOfMemory()), text.toString().lines().toList());
        assertTrue(ExitCodes.outOfMemory().contains("-Xmx"), ExitCodes.outOfMemory());
    }

    @Test
    void anUnexpectedFailureIsOneLineAndExitThree() {
        StringWriter text = new StringWriter();
        int code = ExitCodes.guard(new PrintWriter(text, true), () -> {
            throw new IllegalStateException("broken");
        });
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        List<String> lines = text.toString().lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("ics-atlas: internal error, please report it: java.lang.IllegalStateException: broken (at "),
                lines.get(0));
    }
}
