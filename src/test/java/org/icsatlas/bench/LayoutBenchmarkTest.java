package org.icsatlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the benchmark gets Graphviz, against a pretend machine: no command really runs. */
class LayoutBenchmarkTest {
    /** A fresh container: no dot, no package lists, so an install before {@code apt-get update} fails. */
    private static final class FreshContainer implements LayoutBenchmark.CommandRunner {
        final List<List<String>> ran = new ArrayList<>();
        boolean listsUpdated;
        boolean graphvizInstalled;

        @Override
        public boolean run(List<String> command) {
            ran.add(command);
            if (command.equals(List.of("dot", "-V"))) {
                return graphvizInstalled;
            }
            int apt = command.indexOf("apt-get");
            if (apt >= 0 && command.get(apt + 1).equals("update")) {
                listsUpdated = true;
                return true;
            }
            if (apt >= 0 && command.get(apt + 1).equals("install") && command.contains("graphviz")) {
                graphvizInstalled = listsUpdated;
                return graphvizInstalled;
            }
            return false;
        }
    }

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

    @Test
    void onAFreshContainerItUpdatesThePackageListsBeforeInstallingGraphviz() throws Exception {
        FreshContainer machine = new FreshContainer();
        assertTrue(LayoutBenchmark.ensureDot(machine, true, out), outBytes.toString(StandardCharsets.UTF_8));
        assertTrue(machine.graphvizInstalled);
        List<String> install = machine.ran.stream().filter(c -> c.contains("install")).findFirst().orElseThrow();
        assertTrue(install.contains("-y"), install.toString());
    }

    @Test
    void whenDotIsThereNothingIsInstalled() throws Exception {
        FreshContainer machine = new FreshContainer();
        machine.graphvizInstalled = true;
        assertTrue(LayoutBenchmark.ensureDot(machine, true, out));
        assertEquals(List.of(List.of("dot", "-V")), machine.ran);
    }

    @Test
    void withoutRootItSaysSoAndTriesNoAptGet() throws Exception {
        FreshContainer machine = new FreshContainer();
        assertFalse(LayoutBenchmark.ensureDot(machine, false, out));
        assertTrue(machine.ran.stream().noneMatch(c -> c.contains("apt-get")), machine.ran.toString());
        String said = outBytes.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("not running as root") && said.contains("apt-get install graphviz"), said);
    }
}
