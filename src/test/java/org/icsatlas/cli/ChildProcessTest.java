package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher as a user runs it, in a child JVM: what reaches the terminal and the exit code. */
class ChildProcessTest {
    @TempDir
    Path dir;

    private record Run(int code, List<String> err) {
    }

    private static String fixture(String resource) {
        try {
            return Paths.get(ChildProcessTest.class.getResource(resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run launch(List<String> jvmOptions, File stdout, boolean withDisplay, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.icsatlas.Launcher");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(stdout);
        if (!withDisplay) {
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WAYLAND_DISPLAY");
        }
        Path errFile = dir.resolve("stderr.txt");
        pb.redirectError(errFile.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child finished");
        return new Run(p.exitValue(), Files.readAllLines(errFile, StandardCharsets.UTF_8));
    }

    @Test
    void convertToDevFullExitsTwoWithOneLine() throws Exception {
        File full = new File("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(full.exists(), "needs /dev/full");
        Run r = launch(List.of(), full, false, "convert", fixture("/io/good/every-field.icsatlas.json"), "-");
        assertEquals(2, r.code(), r.err().toString());
        assertEquals(List.of(ExitCodes.standardOutputFailed()), r.err());
    }

    @Test
    void outOfMemoryIsOneLineOfAdviceAndExitFour() throws Exception {
        Path big = dir.resolve("big.icsatlas.json");
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("{\"formatVersion\": 1, \"footprints\": [{\"id\": \"s\", \"name\": \"S\", \"level\": \"SYSTEM\"}], \"elements\": [\n");
            for (int i = 0; i < 200_000; i++) {
                w.write((i == 0 ? "" : ",\n") + "{\"id\": \"e" + i + "\", \"type\": \"BODY\", \"kind\": \"COMMITTEE\", \"name\": \"Committee "
                        + i + "\", \"footprint\": \"s\"}");
            }
            w.write("]}\n");
        }
        Run r = launch(List.of("-Xmx24m", "-XX:+UseSerialGC"), File.createTempFile("out", ".txt", dir.toFile()), false,
                "validate", big.toString());
        assertEquals(ExitCodes.OUT_OF_MEMORY, r.code(), r.err().toString());
        assertEquals(1, r.err().size(), r.err().toString());
        assertTrue(r.err().get(0).contains("out of memory") && r.err().get(0).contains("-Xmx"), r.err().toString());
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws Exception {
        Run r = launch(List.of(), File.createTempFile("out", ".txt", dir.toFile()), false);
        assertEquals(1, r.code(), r.err().toString());
        assertEquals(1, r.err().size(), "only our line, no JavaFX warning before it: " + r.err());
        assertTrue(r.err().get(0).startsWith("ics-atlas: no display available; "), r.err().toString());
    }

    @Test
    void anUnknownShortOptionIsAUsageErrorNotAWindow() throws Exception {
        Run r = launch(List.of(), File.createTempFile("out", ".txt", dir.toFile()), true, "-x");
        assertEquals(2, r.code(), r.err().toString());
        assertEquals("ics-atlas: unknown option -x", r.err().get(0));
    }
}
