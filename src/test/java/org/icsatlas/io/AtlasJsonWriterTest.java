package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasJsonWriterTest {
    private final AtlasJsonWriter writer = new AtlasJsonWriter();
    private final AtlasJsonReader reader = new AtlasJsonReader();

    @Test
    void canonicalFixtureLoadsAndSavesToTheSameBytes() throws Exception {
        byte[] original = Fixtures.bytes(Fixtures.GOOD);
        byte[] saved = writer.toBytes(Fixtures.good());
        assertEquals(new String(original, StandardCharsets.UTF_8), new String(saved, StandardCharsets.UTF_8));
        assertArrayEquals(original, saved);
    }

    @Test
    void saveLoadSaveIsByteIdentical() throws Exception {
        IcsModel model = Fixtures.good();
        byte[] first = writer.toBytes(model);
        IcsModel reloaded = reader.importModel(new ByteArrayInputStream(first), "first");
        assertEquals(model.snapshot(), reloaded.snapshot());
        assertArrayEquals(first, writer.toBytes(reloaded));
    }

    @Test
    void emptyModelIsWrittenWithEmptySectionsAndAFinalNewline() throws Exception {
        String json = new String(writer.toBytes(new IcsModel()), StandardCharsets.UTF_8);
        assertEquals("{\n  \"formatVersion\": 1,\n  \"footprints\": [],\n  \"elements\": [],\n  \"relations\": [],\n  \"views\": []\n}\n", json);
    }

    @Test
    void outputUsesOnlyLineFeedsAndTwoSpaceIndent() throws Exception {
        String json = new String(writer.toBytes(Fixtures.good()), StandardCharsets.UTF_8);
        assertFalse(json.contains("\r"));
        assertFalse(json.contains("\t"));
        assertTrue(json.contains("\n    {\n      \"id\": \"ne-y\",\n"), json);
    }

    @Test
    void positionThatIsNotAFiniteNumberNeverReachesTheWriter() {
        IcsModel model = new IcsModel();
        model.addFootprint(Footprint.of("sys", "System", FootprintLevel.SYSTEM), null, -1);
        // the model refuses it (ViewLimits), so no file can be written with it
        org.icsatlas.model.IllegalEditException e = assertThrows(org.icsatlas.model.IllegalEditException.class, () -> model.addView(
                DiagramView.whole("v", "View").withPinned(ElementId.of("sys"), new Position(Double.NaN, 0)), -1));
        assertTrue(e.getMessage().contains("from -1,000,000 to 1,000,000"), e.getMessage());
    }

    @Test
    void savingToAFileWritesTheCanonicalBytes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.icsatlas.json");
        writer.exportModel(Fixtures.good(), file);
        assertArrayEquals(Fixtures.bytes(Fixtures.GOOD), Files.readAllBytes(file));
    }
}
