package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasJsonReaderTest {
    private final AtlasJsonReader reader = new AtlasJsonReader();

    private static ElementId id(String s) {
        return ElementId.of(s);
    }

    /** Loads a bad fixture and checks the error's exact place and that its message says each fragment. */
    private ImportException assertRefused(String fixture, int line, int column, String... fragments) {
        Path file = Fixtures.path("/io/bad/" + fixture + ".icsatlas.json");
        ImportException e = assertThrows(ImportException.class, () -> reader.importModel(file));
        assertEquals(line + ":" + column, e.line() + ":" + e.column(), e.getMessage());
        assertEquals(file + ":" + line + ":" + column + ": " + e.detail(), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.detail().contains(f), () -> "expected \"" + f + "\" in: " + e.detail());
        }
        return e;
    }

    @Test
    void goodFixtureLoadsEveryField() throws Exception {
        IcsModel m = Fixtures.good();
        assertEquals("Northmoor Test ICS", m.info().title());
        assertTrue(m.info().description().contains("\"quotes\" and accents: Ménière"));
        assertEquals("2024-04-01", m.info().asOf());
        assertEquals(List.of(id("ne-y")), m.roots());
        assertEquals(List.of(id("eastdale"), id("westdale")), m.childFootprints(id("northmoor")));
        assertEquals(FootprintLevel.NEIGHBOURHOOD, m.footprint(id("eastdale-north")).orElseThrow().level());
        assertEquals("Formed 1 July 2022.", m.footprint(id("northmoor")).orElseThrow().note());
        Element icb = m.element(id("icb")).orElseThrow();
        assertEquals(BodyKind.INTEGRATED_CARE_BOARD, icb.kind());
        assertEquals("2022-07-01", icb.attributes().get("termsOfReferenceDate"));
        assertEquals("Statutory since 2022.", icb.note());
        Element chair = m.element(id("chair")).orElseThrow();
        assertEquals(PersonKind.ROLE_HOLDER, chair.kind());
        assertEquals("Chair, Northmoor ICB", chair.title());
        Relation chairs = m.relation(id("m-chair")).orElseThrow();
        assertEquals(MemberRole.CHAIR, chairs.role());
        assertEquals(Boolean.TRUE, chairs.voting());
        assertEquals(Boolean.FALSE, m.relation(id("m-pcn")).orElseThrow().voting());
        assertEquals("better care fund decisions", m.relation(id("d-council")).orElseThrow().scope());
        assertEquals(7, m.relationCount());
        DiagramView whole = m.view(id("view-whole")).orElseThrow();
        assertEquals(id("northmoor"), whole.root());
        assertTrue(whole.isCollapsed(id("westdale")));
        assertTrue(whole.hiddenElementKinds().contains("PCN"));
        assertTrue(whole.hiddenRelationKinds().contains(RelationKind.REPRESENTS));
        assertEquals(new Position(40.0, 60.25), whole.pinned().get(id("icb")));
        assertEquals(1.5, whole.zoom());
    }

    @Test
    void membershipWithoutRoleDefaultsToMember() throws Exception {
        assertEquals(MemberRole.MEMBER, Fixtures.good().relation(id("m-council")).orElseThrow().role());
    }

    @Test
    void sectionsMayComeInAnyOrder() throws Exception {
        String json = """
                {"relations": [{"id": "r", "kind": "REPORTS_TO", "from": "a", "to": "b"}],
                 "elements": [{"id": "a", "type": "BODY", "kind": "COMMITTEE", "name": "A", "footprint": "s"},
                              {"id": "b", "type": "BODY", "kind": "INTEGRATED_CARE_BOARD", "name": "B", "footprint": "s"}],
                 "footprints": [{"id": "s", "name": "S", "level": "SYSTEM"}],
                 "formatVersion": 1}
                """;
        IcsModel m = reader.importModel(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline");
        assertEquals(2, m.elementCount());
        assertEquals(1, m.relationCount());
    }

    @Test
    void byteOrderMarkIsSkippedAndColumnsStillMatchTheEditor() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "{\"formatVersion\": 1, \"colour\": 1}".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(text, 0, all, 3, text.length);
        ImportException e = assertThrows(ImportException.class, () -> reader.importModel(new ByteArrayInputStream(all), "bom"));
        assertEquals(22, e.column(), e.getMessage());
    }

    @Test
    void missingFileIsReportedWithoutALocation(@TempDir Path dir) {
        Path missing = dir.resolve("nothing.icsatlas.json");
        ImportException e = assertThrows(ImportException.class, () -> reader.importModel(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        assertEquals(0, e.line());
    }

    @Test
    void missingSampleIsReportedByItsResourcePath() {
        ImportException e = assertThrows(ImportException.class, () -> reader.readSample("no-such-sample"));
        assertEquals("/sample-data/no-such-sample.icsatlas.json: no such resource on the classpath", e.getMessage());
    }

    // ---- one fixture per load error, each pointing at the offending token

    @Test
    void malformedJsonIsReportedAtTheUnexpectedCharacter() {
        assertRefused("malformed-json", 4, 19, "malformed JSON", "was expecting comma");
    }

    @Test
    void truncatedFileIsReportedAtTheEndWithWhereTheOpenArrayStarted() {
        assertRefused("unterminated", 5, 1, "malformed JSON", "end-of-input", "line 3, column 17");
    }

    @Test
    void emptyFileIsRefused() {
        assertRefused("empty", 1, 1, "the file is empty");
    }

    @Test
    void topLevelArrayIsRefused() {
        assertRefused("top-level-array", 1, 1, "one JSON object", "starts with an array");
    }

    @Test
    void contentAfterTheModelIsRefused() {
        assertRefused("trailing-content", 2, 1, "unexpected content after the end");
    }

    @Test
    void invalidUtf8IsReportedAtTheBadByte() {
        assertRefused("not-utf8", 3, 26, "not valid UTF-8", "0xE9");
    }

    @Test
    void missingRequiredFieldIsReportedAtItsRecord() {
        assertRefused("missing-field", 5, 5, "missing required field \"name\" in a footprint");
    }

    @Test
    void fieldOfTheWrongTypeIsReportedAtItsValue() {
        assertRefused("wrong-type", 5, 27, "\"name\" must be a string, but is a number");
    }

    @Test
    void sectionOfTheWrongTypeIsReportedAtItsValue() {
        assertRefused("footprints-not-array", 3, 17, "\"footprints\" must be an array", "but is an object");
    }

    @Test
    void unknownFieldIsNamedWithTheAllowedFields() {
        assertRefused("unknown-field", 9, 88, "unknown field \"colour\" in an element",
                "Allowed: id, type, kind, name, title, footprint, status, fromDate, toDate, note, attributes");
    }

    @Test
    void misspeltFieldGetsTheNearestSuggested() {
        assertRefused("misspelt-field", 5, 19, "unknown field \"nmae\"", "did you mean \"name\"?");
    }

    @Test
    void repeatedFieldInOneObjectIsRefused() {
        assertRefused("duplicate-key", 4, 38, "the field \"name\" appears twice", "first at line 4, column 20");
    }

    @Test
    void unknownLevelSuggestsTheNearestAndListsAll() {
        assertRefused("unknown-level", 5, 49, "unknown footprint level \"PALCE\"", "did you mean \"PLACE\"?",
                "Allowed: REGION, SYSTEM, PLACE, NEIGHBOURHOOD");
    }

    @Test
    void unknownElementTypeSuggestsTheNearest() {
        assertRefused("unknown-type", 7, 28, "unknown element type \"BODDY\"", "did you mean \"BODY\"?",
                "Allowed: BODY, ORGANISATION, PERSON");
    }

    @Test
    void unknownKindListsTheKindsOfItsType() {
        assertRefused("unknown-kind", 7, 43, "unknown body kind \"PROVIDER_ALLIANSE\"", "did you mean \"PROVIDER_ALLIANCE\"?",
                "INTEGRATED_CARE_BOARD", "PROJECT");
    }

    @Test
    void kindOfAnotherTypeSaysWhichTypeItBelongsTo() {
        assertRefused("kind-of-other-type", 7, 44, "\"ACUTE_TRUST\" is a kind of ORGANISATION, not of BODY");
    }

    @Test
    void unknownRelationKindListsTheKinds() {
        assertRefused("unknown-relation-kind", 12, 27, "unknown relation kind \"REPORTS\"",
                "Allowed: MEMBER_OF, REPORTS_TO, DELEGATES_TO, ADVISES, REPRESENTS");
    }

    @Test
    void unknownRoleSuggestsTheNearest() {
        assertRefused("unknown-role", 13, 85, "unknown member role \"CHIAR\"", "did you mean \"CHAIR\"?", "OBSERVER");
    }

    @Test
    void roleOnAReportingLineIsRefusedAtTheField() {
        assertRefused("role-on-reporting-line", 12, 74, "\"role\" is only allowed on MEMBER_OF relations", "REPORTS_TO");
    }

    @Test
    void relationToAMissingIdIsReportedAtTheId() {
        assertRefused("relation-to-missing-id", 12, 67, "\"to\" names \"icb-board\", which is not defined in this file");
    }

    @Test
    void relationToAFootprintSaysWhereTheFootprintIs() {
        assertRefused("relation-to-footprint", 12, 67, "\"to\" names \"sys\", which is the footprint at line 4, column 13, not an element");
    }

    @Test
    void duplicateIdPointsAtBothUses() {
        assertRefused("duplicate-id", 9, 13, "duplicate id \"p1\"", "already used by the footprint at line 5, column 13");
    }

    @Test
    void invalidIdIsRefused() {
        assertRefused("invalid-id", 4, 13, "\"south yorkshire\" is not a valid id");
    }

    @Test
    void parentListedLaterIsRefused() {
        assertRefused("parent-defined-later", 4, 68, "\"parent\" names \"sys\", which is listed later in the file",
                "must come after its parent");
    }

    @Test
    void parentThatDoesNotExistIsRefused() {
        assertRefused("parent-missing", 5, 68, "\"parent\" names \"system\", which is not defined in this file");
    }

    @Test
    void elementInAMissingFootprintIsRefused() {
        assertRefused("element-in-missing-footprint", 7, 97, "\"footprint\" names \"syb\", which is not defined in this file");
    }

    @Test
    void footprintNestedAtTheWrongLevelIsTheModelsRefusalAtTheRecord() {
        assertRefused("footprint-level-refused", 7, 5, "a place ('Place two') cannot sit inside a neighbourhood");
    }

    @Test
    void membershipOfAnOrganisationIsTheModelsRefusalAtTheRecord() {
        assertRefused("membership-of-organisation", 12, 5, "'Trust' (organisation) cannot be a member of 'Council' (organisation)");
    }

    @Test
    void viewPinningAMissingIdIsReportedAtTheKey() {
        assertRefused("view-pins-missing-id", 10, 78, "\"pinned\" names \"gone\", which is not defined in this file");
    }

    @Test
    void viewCollapsingAnElementIsRefused() {
        assertRefused("view-collapses-element", 10, 57, "\"collapsed\" names \"icb\", which is the element at line 7, column 13, not a footprint");
    }

    @Test
    void viewHidingAnUnknownKindSuggestsTheNearest() {
        assertRefused("view-hides-unknown-kind", 7, 59, "unknown element kind \"GP_PRACTISE\"", "did you mean \"GP_PRACTICE\"?");
    }

    @Test
    void zoomOfZeroIsRefused() {
        assertRefused("view-zoom-zero", 7, 43, "\"zoom\" must be from 0.01 to 100, but is 0");
    }

    @Test
    void newerFormatVersionIsRefusedBeforeItsUnknownFields() {
        assertRefused("newer-format", 2, 20,
                "this file was written by a newer ICS Atlas (format 3); this version reads format 1");
    }

    @Test
    void missingFormatVersionIsRefused() {
        assertRefused("missing-format-version", 1, 1, "missing \"formatVersion\"");
    }

    @Test
    void formatVersionAsTextIsRefused() {
        assertRefused("format-version-text", 2, 20, "\"formatVersion\" must be a whole number, but is a string");
    }
}
