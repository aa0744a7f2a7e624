package org.icsatlas.io.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Graphviz itself draws the DOT export of each sample, collapsed places included; skipped where {@code dot} is not installed. */
class DotRenderTest {
    @TempDir
    Path dir;

    private static boolean dotInstalled() {
        try {
            Process p = new ProcessBuilder("dot", "-V").redirectErrorStream(true).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"south-yorkshire-bassetlaw", "bsw-wiltshire"})
    void dotDrawsTheExportOfASampleAsSvgWithoutWarnings(String sample) throws Exception {
        assumeTrue(dotInstalled(), "Graphviz dot is not installed");
        IcsModel model = new AtlasJsonReader().readSample(sample);
        DotExporter exporter = new DotExporter();
        Path whole = dir.resolve(sample + ".dot");
        exporter.exportModel(model, whole);
        render(whole, model.elementCount());
        // The same with the first place collapsed, so lhead / ltail are drawn too.
        ElementId place = model.childFootprints(model.roots().get(0)).get(0);
        Path collapsed = dir.resolve(sample + "-collapsed.dot");
        try (var w = Files.newBufferedWriter(collapsed, StandardCharsets.UTF_8)) {
            exporter.export(model, DiagramView.whole("v", "All").withCollapsed(place, true), w);
        }
        assertTrue(Files.readString(collapsed).contains("cluster_" + place.value()));
        render(collapsed, 1);
    }

    private void render(Path dot, int atLeastNodes) throws Exception {
        Path svg = dir.resolve(dot.getFileName() + ".svg");
        Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), dot.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "dot did not finish");
        assertEquals(0, p.exitValue(), output);
        assertEquals("", output.strip(), "dot warned");
        String drawn = Files.readString(svg);
        assertTrue(drawn.contains("<svg"));
        assertTrue(drawn.split("class=\"node\"", -1).length - 1 >= atLeastNodes);
        assertTrue(drawn.contains("class=\"cluster\""));
    }
}
