package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeFormatTest {

    /** The field lists the reader names in its messages are the order the writer writes in. */
    @Test
    void writerWritesEveryRecordsFieldsInTheDocumentedOrder() throws Exception {
        String json = new String(new AtlasJsonWriter().toBytes(Fixtures.good()), StandardCharsets.UTF_8);
        JsonValue.JsonObject root = JsonTreeParser.parse(json, "written");
        assertInOrder(root, NativeFormat.FILE_FIELDS);
        assertInOrder(root.members().get("info").value(), NativeFormat.INFO_FIELDS);
        eachIn(root, "footprints").forEach(f -> assertInOrder(f, NativeFormat.FOOTPRINT_FIELDS));
        eachIn(root, "elements").forEach(e -> assertInOrder(e, NativeFormat.ELEMENT_FIELDS));
        eachIn(root, "relations").forEach(r -> assertInOrder(r, NativeFormat.RELATION_FIELDS));
        for (JsonValue v : eachIn(root, "views")) {
            assertInOrder(v, NativeFormat.VIEW_FIELDS);
            JsonValue.Member pinned = ((JsonValue.JsonObject) v).members().get("pinned");
            if (pinned != null) {
                ((JsonValue.JsonObject) pinned.value()).members().values().forEach(p -> assertInOrder(p.value(), NativeFormat.POSITION_FIELDS));
            }
        }
    }

    @Test
    void sampleResourceIsUnderSampleData() {
        assertEquals("/sample-data/bsw-wiltshire.icsatlas.json", NativeFormat.sampleResource("bsw-wiltshire"));
    }

    private static List<JsonValue> eachIn(JsonValue.JsonObject root, String section) {
        return ((JsonValue.JsonArray) root.members().get(section).value()).items();
    }

    private static void assertInOrder(JsonValue record, List<String> canonical) {
        List<String> names = new ArrayList<>(((JsonValue.JsonObject) record).members().keySet());
        List<String> expected = canonical.stream().filter(names::contains).toList();
        assertEquals(expected, names);
        assertTrue(canonical.containsAll(names), names.toString());
    }
}
