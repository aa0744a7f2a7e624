package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's messages name what the user wrote, never the JSON library's internals; values are bounded on entry. */
class ReaderMessagesTest {
    private static final String MINIMAL = "{\"formatVersion\": 1, \"footprints\": []}";
    private final AtlasJsonReader reader = new AtlasJsonReader();

    @TempDir
    Path dir;

    private ImportException refused(String text) {
        return refused(text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportException refused(byte[] bytes) {
        return assertThrows(ImportException.class, () -> reader.importModel(new ByteArrayInputStream(bytes), "m.json"));
    }

    private static void assertNoLibraryTalk(String message) {
        for (String leak : List.of("Feature", "ALLOW_", "StreamReadConstraints", "JsonReadFeature", "Jackson", "`", "\n")) {
            assertFalse(message.contains(leak), () -> "\"" + leak + "\" in: " + message);
        }
    }

    @Test
    void aPinnedPositionOutOfRangeIsRefusedAtItsValue() {
        ImportException e = assertThrows(ImportException.class,
                () -> reader.importModel(Fixtures.path("/io/bad/view-pin-far-away.icsatlas.json")));
        assertEquals(7, e.line());
        assertEquals(61, e.column());
        assertEquals("\"x\" must be from -1,000,000 to 1,000,000, but is 1.7e308", e.detail());
    }

    @Test
    void aZoomOutOfRangeIsRefusedAtItsValue() {
        ImportException e = assertThrows(ImportException.class,
                () -> reader.importModel(Fixtures.path("/io/bad/view-zoom-huge.icsatlas.json")));
        assertEquals("7:43", e.line() + ":" + e.column());
        assertEquals("\"zoom\" must be from 0.01 to 100, but is 1e9", e.detail());
    }

    @Test
    void aCommentIsNamedWithoutTheParsersFeatureNames() {
        ImportException e = assertThrows(ImportException.class,
                () -> reader.importModel(Fixtures.path("/io/bad/comment.icsatlas.json")));
        assertEquals("2:23", e.line() + ":" + e.column());
        assertTrue(e.detail().contains("a comment; JSON has no comments"), e.detail());
        assertNoLibraryTalk(e.getMessage());
    }

    @Test
    void overlongNumbersAndNamesAreRefusedInPlainWords() {
        ImportException number = refused("{\"formatVersion\": 1, \"zoom\": " + "1".repeat(200) + "}");
        assertEquals("a number in this file has more than 100 digits; refusing to read it", number.detail());
        assertNoLibraryTalk(number.getMessage());
        ImportException name = refused("{\"formatVersion\": 1, \"" + "a".repeat(20_000) + "\": 1}");
        assertEquals("a field name in this file is longer than 10,000 characters; refusing to read it", name.detail());
        assertNoLibraryTalk(name.getMessage());
    }

    @Test
    void otherMalformedJsonNeverTalksOfParserFeatures() {
        for (String bad : List.of("{\"formatVersion\": 1, \"a\": NaN}", "{'formatVersion': 1}", "{formatVersion: 1}",
                "{\"formatVersion\": 1, \"a\": 01}", "{\"formatVersion\": 1, \"a\": [1,]}", "{\"formatVersion\": 1, \"a\": \"\\x\"}",
                "{\"formatVersion\": 1, /* old */ \"a\": 1}", "{\"formatVersion\": 1, \"a\": \"\t\"}", "{\"formatVersion\": 1,")) {
            assertNoLibraryTalk(refused(bad).getMessage());
        }
    }

    @Test
    void utf16IsNamedAsSuchWithOrWithoutAByteOrderMark() {
        for (Charset cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            ImportException e = refused(MINIMAL.getBytes(cs));
            assertEquals("1:1", e.line() + ":" + e.column(), cs + ": " + e.getMessage());
            assertTrue(e.detail().startsWith("the file is UTF-16"), cs + ": " + e.detail());
            assertTrue(e.detail().contains("save it as UTF-8"), e.detail());
        }
        ImportException le = refused(MINIMAL.getBytes(StandardCharsets.UTF_16LE));
        assertTrue(le.detail().contains("little-endian"), le.detail());
    }

    @Test
    void aDirectoryIsNamedAsOne() {
        ImportException e = assertThrows(ImportException.class, () -> reader.importModel(dir));
        assertEquals(dir + ": this is a directory, not a model file", e.getMessage());
    }

    @Test
    void anUnreadableFileSaysPermissionDenied() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.icsatlas.json"), MINIMAL);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(file), "root reads anything: run as a user to check this");
        ImportException e = assertThrows(ImportException.class, () -> reader.importModel(file));
        assertEquals(file + ": cannot read the file: permission denied", e.getMessage());
    }

    @Test
    void aMembershipOfTheWrongKindReadsAsEnglish() {
        ImportException e = refused("{\"formatVersion\": 1, \"footprints\": [{\"id\": \"s\", \"name\": \"S\", \"level\": \"SYSTEM\"}],"
                + " \"elements\": [{\"id\": \"p\", \"type\": \"PERSON\", \"kind\": \"ROLE_HOLDER\", \"name\": \"Pat\", \"footprint\": \"s\"},"
                + " {\"id\": \"b\", \"type\": \"BODY\", \"kind\": \"COMMITTEE\", \"name\": \"Board\", \"footprint\": \"s\"}],"
                + " \"relations\": [{\"id\": \"r\", \"kind\": \"REPRESENTS\", \"from\": \"p\", \"to\": \"b\"}]}");
        assertTrue(e.detail().startsWith("'Pat' (person) cannot represent 'Board' (body)"), e.detail());
    }
}
