package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JsonTreeParserTest {

    private static ImportException refuse(String json) {
        return assertThrows(ImportException.class, () -> new AtlasJsonReader()
                .importModel(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "absurd"));
    }

    @Test
    void valuesKeepTheLocationOfTheirFirstCharacter() throws Exception {
        JsonValue.JsonObject root = JsonTreeParser.parse("{\n  \"a\": [1, 2.5],\n  \"b\": \"x\"\n}", "t");
        JsonValue.Member b = root.members().get("b");
        assertEquals(new TextLocation(3, 3), b.nameAt());
        assertEquals(new TextLocation(3, 8), b.value().at());
        JsonValue.JsonArray a = (JsonValue.JsonArray) root.members().get("a").value();
        assertEquals(new JsonValue.JsonNumber("2.5", false, new TextLocation(2, 12)), a.items().get(1));
    }

    @Test
    void tenMegabyteStringIsRefusedWithAMessageNotACrash() {
        String huge = "a".repeat(10 * 1024 * 1024);
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> refuse("{\"formatVersion\": 1, \"info\": {\"title\": \"" + huge + "\"}}"));
        assertTrue(e.detail().contains("longer than 1,000,000 characters"), e.detail());
        assertEquals(1, e.line());
    }

    @Test
    void deeplyNestedArraysGiveAnErrorNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        ImportException e = assertInstanceOf(ImportException.class, refuse("{\"formatVersion\": 1, \"x\": " + deep + "}"));
        assertTrue(e.detail().contains("nested more than 32 levels"), e.detail());
        assertEquals(1, e.line());
        assertEquals(27 + JsonTreeParser.MAX_DEPTH - 1, e.column());
    }

    @Test
    void deeplyNestedObjectsGiveAnErrorNotAStackOverflow() {
        String deep = "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000);
        ImportException e = refuse(deep);
        assertTrue(e.detail().contains("nested more than 32 levels"), e.detail());
    }

    @Test
    void hugeNumberIsRefused() {
        ImportException e = refuse("{\"formatVersion\": " + "9".repeat(5_000) + "}");
        assertEquals("a number in this file has more than 100 digits; refusing to read it", e.detail());
    }

    @Test
    void notANumberLiteralIsMalformedJson() {
        ImportException e = refuse("{\"formatVersion\": NaN}");
        assertEquals("malformed JSON: Non-standard token 'NaN'", e.detail());
        assertEquals(22, e.column());
    }

    @Test
    void jacksonSourceNotesAreReplacedByPlainLocations() {
        String cleaned = JsonTreeParser.clean("Unexpected end-of-input: expected close marker for Array (start marker at "
                + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 3, column: 17])\n at [Source: x; line: 5, column: 1]");
        assertEquals("Unexpected end-of-input: expected close marker for Array (start marker at line 3, column 17) at line 5, column 1", cleaned);
    }
}
