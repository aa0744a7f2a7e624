package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample shipped in {@code sample-data/} loads, and save → load → save gives the same bytes. */
class SampleDataRoundTripTest {
    private static final Path SAMPLE_DATA = Path.of("sample-data");

    static List<Path> samples() throws IOException {
        if (!Files.isDirectory(SAMPLE_DATA)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(SAMPLE_DATA)) {
            return files.filter(p -> p.getFileName().toString().endsWith(NativeFormat.EXTENSION)).sorted().toList();
        }
    }

    @Test
    void theProjectShipsSamples() throws IOException {
        assertFalse(samples().isEmpty(), "no *" + NativeFormat.EXTENSION + " files in " + SAMPLE_DATA.toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleSurvivesSaveLoadSaveByteForByte(Path sample) throws Exception {
        AtlasJsonWriter writer = new AtlasJsonWriter();
        IcsModel model = new AtlasJsonReader().importModel(sample);
        byte[] first = writer.toBytes(model);
        IcsModel reloaded = new AtlasJsonReader().importModel(new ByteArrayInputStream(first), sample + " (saved)");
        assertEquals(model.snapshot(), reloaded.snapshot());
        assertArrayEquals(first, writer.toBytes(reloaded));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleLoadsFromTheClasspathAsTheUiDoes(Path sample) throws Exception {
        String name = sample.getFileName().toString().replace(NativeFormat.EXTENSION, "");
        IcsModel fromClasspath = new AtlasJsonReader().readSample(name);
        assertEquals(new AtlasJsonReader().importModel(sample).snapshot(), fromClasspath.snapshot());
    }
}
