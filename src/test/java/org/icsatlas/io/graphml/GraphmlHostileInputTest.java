package org.icsatlas.io.graphml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.xml.SafeXml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to harm: each is refused with a plain message, reads nothing outside itself and never expands. */
class GraphmlHostileInputTest {
    private static final String DOCTYPE_REFUSED = "the file has a DOCTYPE declaration; for safety GraphML files with a"
            + " DOCTYPE (which can define entities or load external DTDs) are not read";

    @TempDir
    Path dir;

    private static ImportException refused(String fixture) {
        return assertThrows(ImportException.class, () -> new GraphmlImporter().read(GraphmlTesting.fixture("/io/graphml/hostile/" + fixture)));
    }

    @Test
    void anExternalEntityPointingAtALocalFileIsRefusedAndTheFileIsNeverRead() throws IOException {
        ImportException e = refused("external-entity.graphml");
        assertTrue(e.getMessage().endsWith("external-entity.graphml:4:4: " + DOCTYPE_REFUSED), e.getMessage());
        String hostname = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        if (!hostname.isEmpty()) {
            assertFalse(e.getMessage().contains(hostname), "the message must not carry the local file's content");
        }
    }

    @Test
    void anExternalDtdIsRefusedWithoutFetchingIt() {
        ImportException e = refused("external-dtd.graphml");
        assertTrue(e.getMessage().endsWith("external-dtd.graphml:2:64: " + DOCTYPE_REFUSED), e.getMessage());
    }

    @Test
    void billionLaughsIsRefusedAtOnceWithoutExpanding() {
        // A generous bound against a hang, not a speed claim: expansion would take seconds and gigabytes.
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused("billion-laughs.graphml"));
        assertTrue(e.getMessage().endsWith("billion-laughs.graphml:13:4: " + DOCTYPE_REFUSED), e.getMessage());
    }

    @Test
    void invalidUtf8IsRefusedAtItsLine() {
        ImportException e = refused("invalid-utf8.graphml");
        assertTrue(e.getMessage().matches(".*invalid-utf8\\.graphml:5:40: the file is not valid UTF-8 text \\(byte 0xE9 here\\); save it as UTF-8"),
                e.getMessage());
    }

    @Test
    void aFileOver100MegabytesIsRefusedBeforeItIsParsed() throws IOException {
        Path big = dir.resolve("big.graphml");
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph>".getBytes(StandardCharsets.UTF_8));
            byte[] comment = ("<!--" + "x".repeat(1 << 20) + "-->").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i <= SafeXml.MAX_MEGABYTES; i++) {
                out.write(comment);
            }
        }
        assertTrue(Files.size(big) > 100L * 1024 * 1024);
        ImportException e = assertThrows(ImportException.class, () -> new GraphmlImporter().read(big));
        assertEquals(big + ": the file is larger than 100 MB; that is far more than any ICS model, so it is not read", e.getMessage());
    }

    @Test
    void anEndlessStreamIsCutOffAt100Megabytes() {
        InputStream endless = new InputStream() {
            private final byte[] head = "<?xml version=\"1.0\"?>\n<graphml><graph><!--".getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                return position < head.length ? head[(int) position++] : 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                for (int i = 0; i < len; i++) {
                    b[off + i] = (byte) read();
                }
                return len;
            }
        };
        ImportException e = assertThrows(ImportException.class, () -> new GraphmlImporter().read(endless, "stdin"));
        assertEquals("stdin: the file is larger than 100 MB; that is far more than any ICS model, so it is not read", e.getMessage());
    }

    @Test
    void nestingDeeperThanTenThousandIsRefused() {
        String deep = "<?xml version=\"1.0\"?>\n<graphml><graph>" + "<x>".repeat(SafeXml.MAX_DEPTH) + "</x>".repeat(SafeXml.MAX_DEPTH) + "</graph></graphml>";
        ImportException e = assertThrows(ImportException.class, () -> GraphmlTesting.read(deep.getBytes(StandardCharsets.UTF_8), "deep.graphml"));
        assertTrue(e.getMessage().matches("deep\\.graphml:2:\\d+: elements are nested more than 10000 deep; no real graph file is, so it is not read"),
                e.getMessage());
    }

    @Test
    void aTruncatedFileIsAnErrorAtTheEnd() throws Exception {
        byte[] whole = GraphmlTesting.export(GraphmlTesting.sample("bsw-wiltshire"), GraphmlFlavour.YED);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        ImportException e = assertThrows(ImportException.class, () -> GraphmlTesting.read(half, "half.graphml"));
        assertTrue(e.getMessage().matches("half\\.graphml:\\d+:\\d+: .*"), e.getMessage());
    }

    @Test
    void anEntityReferenceWithoutADoctypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<graphml><graph><node id=\"&x;\"/></graph></graphml>";
        ImportException e = assertThrows(ImportException.class, () -> GraphmlTesting.read(xml.getBytes(StandardCharsets.UTF_8), "e.graphml"));
        assertTrue(e.getMessage().startsWith("e.graphml:2:"), e.getMessage());
    }
}
