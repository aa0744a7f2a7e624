package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-graphml}, {@code export-graphml} and {@code export-dot} from the command line, on real files. */
class GraphmlCommandsTest extends ConsoleCapture {

    @TempDir
    Path dir;

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path resource(String path) {
        try {
            return Paths.get(GraphmlCommandsTest.class.getResource(path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Path BSW = Path.of("sample-data/bsw-wiltshire.icsatlas.json");

    private static ModelSnapshot content(IcsModel m) {
        ModelSnapshot s = m.snapshot();
        return new ModelSnapshot(s.info(), s.footprints(), s.elements(), s.relations(), List.of(), s.kinds());
    }

    @Test
    void exportThenImportGivesTheSameModelInBothFlavours() throws Exception {
        for (String flavour : List.of("yed", "flat")) {
            Path graphml = dir.resolve("bsw-" + flavour + ".graphml");
            Path back = dir.resolve("bsw-" + flavour + ".icsatlas.json");
            assertEquals(0, AtlasCommand.run(new String[] {"export-graphml", BSW.toString(), "--out", graphml.toString(), "--flavour", flavour}), err());
            assertEquals(0, AtlasCommand.run(new String[] {"import-graphml", graphml.toString(), "--out", back.toString()}), err());
            assertEquals(content(new AtlasJsonReader().importModel(BSW)), content(new AtlasJsonReader().importModel(back)));
        }
        IcsModel bsw = new AtlasJsonReader().importModel(BSW);
        String counts = "(GraphML, yed; " + bsw.footprintCount() + " footprints, " + bsw.elementCount() + " elements, "
                + bsw.relationCount() + " relations)";
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(counts), out.toString(StandardCharsets.UTF_8));
        assertEquals("", err());
    }

    @Test
    void aHostileFileExitsTwoWithItsPlaceAndWritesNothing() {
        Path hostile = resource("/io/graphml/hostile/external-entity.graphml");
        Path target = dir.resolve("x.icsatlas.json");
        assertEquals(2, AtlasCommand.run(new String[] {"import-graphml", hostile.toString(), "--out", target.toString()}));
        assertTrue(err().startsWith(hostile + ":4:4: the file has a DOCTYPE declaration"), err());
        assertFalse(Files.exists(target));
    }

    @Test
    void edgesThatCannotBeKeptAreListedAndTheExitCodeSaysSo() throws Exception {
        Path gephi = resource("/io/graphml/foreign/gephi-export.graphml");
        Path target = dir.resolve("gephi.icsatlas.json");
        assertEquals(2, AtlasCommand.run(new String[] {"import-graphml", gephi.toString(), "--out", target.toString()}));
        assertTrue(err().contains("left out"), err());
        assertTrue(err().contains("1 edge of " + gephi + " could not be kept (listed above); everything else was written to " + target), err());
        assertEquals(4, new AtlasJsonReader().importModel(target).elementCount());
    }

    @Test
    void anUnknownFlavourIsAUsageError() {
        assertEquals(2, AtlasCommand.run(new String[] {"export-graphml", BSW.toString(), "--out", dir.resolve("a.graphml").toString(), "--flavour", "gephi"}));
        assertTrue(err().startsWith("ics-atlas export-graphml: unknown flavour \"gephi\"; use yed or flat"), err());
    }

    @Test
    void exportDotWritesClusters() throws Exception {
        Path dot = dir.resolve("bsw.dot");
        assertEquals(0, AtlasCommand.run(new String[] {"export-dot", BSW.toString(), "--out", dot.toString()}), err());
        String text = Files.readString(dot);
        assertTrue(text.startsWith("digraph ics {"));
        assertTrue(text.contains("subgraph \"cluster_bsw\""));
    }

    @Test
    void aMissingInputExitsTwo() {
        assertEquals(2, AtlasCommand.run(new String[] {"export-dot", "nowhere.icsatlas.json", "--out", dir.resolve("a.dot").toString()}));
        assertEquals("nowhere.icsatlas.json: no such file", err().strip());
    }
}
