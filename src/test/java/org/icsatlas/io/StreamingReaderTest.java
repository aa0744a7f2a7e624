package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.junit.jupiter.api.Test;

/**
 * The reader takes the file as a stream: elements and relations one record at a time, sections that come before
 * what they name held until the end, the size limit applied as bytes arrive, and every position still exact.
 */
class StreamingReaderTest {
    private static final String FOOTPRINTS = "\"footprints\": [{\"id\": \"s\", \"name\": \"S\", \"level\": \"SYSTEM\"}]";
    private static final String KINDS = "\"kinds\": [{\"id\": \"PANEL\", \"type\": \"BODY\", \"label\": \"Panel\", \"basedOn\": \"COMMITTEE\"}]";
    private static final String ELEMENTS = "\"elements\": [{\"id\": \"a\", \"type\": \"BODY\", \"kind\": \"COMMITTEE\", \"name\": \"A\", \"footprint\": \"s\"},"
            + " {\"id\": \"p\", \"type\": \"BODY\", \"kind\": \"PANEL\", \"name\": \"P\", \"footprint\": \"s\"},"
            + " {\"id\": \"b\", \"type\": \"BODY\", \"kind\": \"INTEGRATED_CARE_BOARD\", \"name\": \"B\", \"footprint\": \"s\"}]";
    private static final String RELATIONS = "\"relations\": [{\"id\": \"r\", \"kind\": \"REPORTS_TO\", \"from\": \"a\", \"to\": \"b\"},"
            + " {\"id\": \"q\", \"kind\": \"REPORTS_TO\", \"from\": \"p\", \"to\": \"b\"}]";

    private static IcsModel read(String json) throws ImportException {
        return new AtlasJsonReader().importModel(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline");
    }

    private static List<String> ids(IcsModel m) {
        return m.elements().stream().map(e -> e.id().value()).toList();
    }

    @Test
    void aKindDeclaredAfterTheElementsThatUseItIsStillFound() throws Exception {
        IcsModel m = read("{\"formatVersion\": 1, " + FOOTPRINTS + ", " + ELEMENTS + ", " + RELATIONS + ", " + KINDS + "}");
        assertEquals(List.of("a", "p", "b"), ids(m), "file order kept for the elements read after the kinds");
        assertEquals("Panel", m.element(ElementId.of("p")).orElseThrow().kind().label());
        assertEquals(2, m.relationCount());
    }

    @Test
    void everyOrderOfTheSectionsGivesTheSameModel() throws Exception {
        IcsModel canonical = read("{\"formatVersion\": 1, " + KINDS + ", " + FOOTPRINTS + ", " + ELEMENTS + ", " + RELATIONS + "}");
        byte[] expected = new AtlasJsonWriter().toBytes(canonical);
        List<String> sections = List.of(KINDS, FOOTPRINTS, ELEMENTS, RELATIONS, "\"formatVersion\": 1");
        for (List<String> order : permutations(sections)) {
            IcsModel m = read("{" + String.join(", ", order) + "}");
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(new AtlasJsonWriter().toBytes(m), StandardCharsets.UTF_8),
                    order.toString());
        }
    }

    @Test
    void anUndeclaredKindIsStillRefusedAtItsValueWhenTheFileEnds() {
        String json = "{\"formatVersion\": 1,\n" + FOOTPRINTS + ",\n" + ELEMENTS + "}";
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertEquals("3:" + (json.split("\n")[2].indexOf("\"PANEL\"") + 1), e.line() + ":" + e.column(), e.getMessage());
        assertTrue(e.detail().startsWith("unknown body kind \"PANEL\""), e.detail());
    }

    @Test
    void aRelationInAStreamedSectionIsRefusedAtItsToken() {
        String json = "{\"formatVersion\": 1,\n" + FOOTPRINTS + ",\n" + ELEMENTS.replace("PANEL", "COMMITTEE") + ",\n"
                + "\"relations\": [{\"id\": \"r\", \"kind\": \"REPORTS_TO\", \"from\": \"a\", \"to\": \"zz\"}]}";
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertEquals("4:" + (json.split("\n")[3].indexOf("\"zz\"") + 1), e.line() + ":" + e.column(), e.getMessage());
        assertEquals("\"to\" names \"zz\", which is not defined in this file; a relation joins elements (bodies, organisations and people)",
                e.detail());
    }

    @Test
    void aRelationsEndsAreTheElementsOwnIds() throws Exception {
        IcsModel m = read("{\"formatVersion\": 1, " + KINDS + ", " + FOOTPRINTS + ", " + ELEMENTS + ", " + RELATIONS + "}");
        Relation r = m.relation(ElementId.of("r")).orElseThrow();
        Element a = m.element(ElementId.of("a")).orElseThrow();
        assertTrue(r.source() == a.id(), "one id object per element, however often the file names it");
    }

    @Test
    void aFileOverTheLimitIsRefusedInOneLineAsItsBytesArrive() {
        byte[] model = ("{\"formatVersion\": 1, " + FOOTPRINTS + "}").getBytes(StandardCharsets.UTF_8);
        InputStream endless = new InputStream() {
            private long n;

            @Override
            public int read() {
                return n < model.length - 1 ? model[(int) n++] : ' ';
            }
        };
        ImportException e = assertThrows(ImportException.class,
                () -> ModelAssembler.read(new Utf8Reader(endless, "big.icsatlas.json", 1 << 20), "big.icsatlas.json"));
        assertEquals("big.icsatlas.json:1:1: the file is larger than 1 MB; that is far more than any ICS model, so it is not read",
                e.getMessage());
        assertEquals(512L << 20, Utf8Reader.MAX_BYTES);
    }

    @Test
    void aLargeGeneratedModelReadsBackEqual() throws Exception {
        IcsModel m = SyntheticIcs.generateElements(20_000, 7);
        byte[] bytes = new AtlasJsonWriter().toBytes(m);
        IcsModel back = new AtlasJsonReader().importModel(new ByteArrayInputStream(bytes), "big");
        assertEquals(m.elementCount(), back.elementCount());
        assertEquals(m.relationCount(), back.relationCount());
        assertTrue(java.util.Arrays.equals(bytes, new AtlasJsonWriter().toBytes(back)), "same bytes after a round trip");
    }

    private static List<List<String>> permutations(List<String> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<String>> out = new java.util.ArrayList<>();
        for (String first : items) {
            List<String> rest = new java.util.ArrayList<>(items);
            rest.remove(first);
            for (List<String> p : permutations(rest)) {
                List<String> all = new java.util.ArrayList<>();
                all.add(first);
                all.addAll(p);
                out.add(all);
            }
        }
        return out;
    }
}
