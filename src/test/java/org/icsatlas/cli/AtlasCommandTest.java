package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import org.icsatlas.analysis.Finding;
import org.icsatlas.analysis.Rule;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.analysis.Severity;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasCommandTest extends ConsoleCapture {

    @TempDir
    Path dir;

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String fixture(String resource) {
        try {
            return Paths.get(AtlasCommandTest.class.getResource(resource).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String GOOD = fixture("/io/good/every-field.icsatlas.json");
    private static final String BAD = fixture("/io/bad/unknown-level.icsatlas.json");

    /** A rule that always finds the given severities, so exit codes can be tested whatever the standard rules are. */
    private static RuleBook findingsOf(Severity... severities) {
        return new RuleBook(List.of(new Rule() {
            @Override
            public String id() {
                return "test-rule";
            }

            @Override
            public Severity severity() {
                return severities[0];
            }

            @Override
            public List<Finding> check(IcsModel model) {
                return Arrays.stream(severities)
                        .map(s -> new Finding("test-rule", s, s.name().toLowerCase() + " about ICB", List.of(ElementId.of("icb"))))
                        .toList();
            }
        }));
    }

    @Test
    void subcommandsAndReservedNamesAreRecognisedButFilesAreNot() {
        for (String name : List.of("validate", "stats", "convert", "export", "benchmark", "help", "--help", "--version")) {
            assertTrue(AtlasCommand.isSubcommand(new String[] {name, "x"}), name);
        }
        assertFalse(AtlasCommand.isSubcommand(new String[] {"model.icsatlas.json"}));
        assertFalse(AtlasCommand.isSubcommand(new String[] {GOOD}));
        assertFalse(AtlasCommand.isSubcommand(new String[0]));
    }

    @Test
    void mistypedCommandGoesToTheCommandLineNotTheWindow() {
        assertTrue(AtlasCommand.isSubcommand(new String[] {"valdate", "x.icsatlas.json"}));
    }

    @Test
    void validateWithNoErrorsExitsZeroWithASummary() {
        assertEquals(0, AtlasCommand.run(new String[] {"validate", GOOD}, new RuleBook(List.of())));
        assertEquals(GOOD + ": 0 findings (0 errors, 0 warnings, 0 info)" + System.lineSeparator(), out());
        assertEquals("", err());
    }

    @Test
    void validatePrintsEachFindingAndExitsOneOnAnError() {
        int code = AtlasCommand.run(new String[] {"validate", GOOD}, findingsOf(Severity.ERROR, Severity.WARNING, Severity.WARNING));
        assertEquals(1, code);
        List<String> lines = out().lines().toList();
        assertEquals(List.of("ERROR test-rule: error about ICB", "WARNING test-rule: warning about ICB",
                "WARNING test-rule: warning about ICB", GOOD + ": 3 findings (1 error, 2 warnings, 0 info)"), lines);
    }

    @Test
    void validateWithOnlyWarningsExitsZero() {
        assertEquals(0, AtlasCommand.run(new String[] {"validate", GOOD}, findingsOf(Severity.WARNING, Severity.INFO)));
        assertTrue(out().endsWith(GOOD + ": 2 findings (0 errors, 1 warning, 1 info)" + System.lineSeparator()), out());
    }

    @Test
    void validateUsesTheStandardRuleBookByDefault() throws ImportException {
        List<Finding> expected = RuleBook.standard().check(new AtlasJsonReader().importModel(Path.of(GOOD)));
        int code = AtlasCommand.run(new String[] {"validate", GOOD});
        assertEquals(expected.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0, code);
        List<String> lines = out().lines().toList();
        assertEquals(expected.size() + 1, lines.size(), out());
        assertTrue(lines.get(lines.size() - 1).startsWith(GOOD + ": " + AtlasCommand.plural(expected.size(), "finding")), out());
    }

    @Test
    void validateOfABadFilePrintsOneLocatedLineAndExitsTwo() {
        assertEquals(2, AtlasCommand.run(new String[] {"validate", BAD}));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith(BAD + ":5:49: unknown footprint level \"PALCE\"; did you mean \"PLACE\"?"), err());
        assertEquals("", out());
    }

    @Test
    void validateOfAMissingFileExitsTwo() {
        String missing = dir.resolve("none.icsatlas.json").toString();
        assertEquals(2, AtlasCommand.run(new String[] {"validate", missing}));
        assertEquals(missing + ": no such file" + System.lineSeparator(), err());
    }

    @Test
    void statsCountsFootprintsElementsAndRelationsByKind() {
        assertEquals(0, AtlasCommand.run(new String[] {"stats", GOOD}));
        List<String> lines = out().lines().toList();
        assertEquals(List.of(
                "title: Northmoor Test ICS",
                "footprints: 5", "  REGION: 1", "  SYSTEM: 1", "  PLACE: 2", "  NEIGHBOURHOOD: 1",
                "elements: 7",
                "  BODY: 3", "    INTEGRATED_CARE_BOARD: 1", "    PLACE_PARTNERSHIP: 1", "    HEALTH_AND_WELLBEING_BOARD: 1",
                "  ORGANISATION: 3", "    LOCAL_AUTHORITY: 1", "    PCN: 1", "    NATIONAL_BODY: 1",
                "  PERSON: 1", "    ROLE_HOLDER: 1",
                "relations: 7", "  MEMBER_OF: 3", "  REPORTS_TO: 1", "  DELEGATES_TO: 1", "  ADVISES: 1", "  REPRESENTS: 1",
                "views: 2"), lines);
    }

    @Test
    void statsWithReadabilityAddsALinePerViewWithItsCrossingsAndSmallestText() {
        assertEquals(0, AtlasCommand.run(new String[] {"stats", "--readability", GOOD}));
        List<String> lines = out().lines().toList();
        int at = lines.indexOf("readability (A4 landscape):");
        assertTrue(at > 0, out());
        List<String> views = lines.subList(at + 1, lines.size()).stream().filter(l -> l.startsWith("  ")).toList();
        assertEquals(2, views.size(), out());
        for (String l : views) {
            assertTrue(l.matches("  .+: lines \\d+, crossings \\d+, lines through a box \\d+, overlapping labels \\d+, "
                    + "smallest text \\d+\\.\\d pt"), l);
        }
    }

    @Test
    void statsOfABadFileExitsTwo() {
        assertEquals(2, AtlasCommand.run(new String[] {"stats", BAD}));
        assertTrue(err().startsWith(BAD + ":5:49: "), err());
    }

    @Test
    void convertWritesTheCanonicalForm() throws Exception {
        Path messy = dir.resolve("messy.icsatlas.json");
        Files.writeString(messy, "{\"views\": [], \"formatVersion\": 1, \"footprints\": [{\"level\": \"SYSTEM\", \"name\": \"S\", \"id\": \"s\"}]}");
        Path tidy = dir.resolve("tidy.icsatlas.json");
        assertEquals(0, AtlasCommand.run(new String[] {"convert", messy.toString(), tidy.toString()}));
        assertEquals("{\n  \"formatVersion\": 1,\n  \"footprints\": [\n    {\n      \"id\": \"s\",\n      \"name\": \"S\",\n"
                + "      \"level\": \"SYSTEM\"\n    }\n  ],\n  \"elements\": [],\n  \"relations\": [],\n  \"views\": []\n}\n",
                Files.readString(tidy));
        assertTrue(out().startsWith("wrote " + tidy + " (1 footprint, 0 elements, 0 relations, 0 views)"), out());
    }

    @Test
    void convertOfACanonicalFileReproducesItsBytes() throws Exception {
        Path copy = dir.resolve("copy.icsatlas.json");
        assertEquals(0, AtlasCommand.run(new String[] {"convert", GOOD, copy.toString()}));
        assertArrayEquals(Files.readAllBytes(Path.of(GOOD)), Files.readAllBytes(copy));
    }

    @Test
    void convertToDashWritesToStandardOutput() throws Exception {
        assertEquals(0, AtlasCommand.run(new String[] {"convert", GOOD, "-"}));
        assertArrayEquals(Files.readAllBytes(Path.of(GOOD)), out.toByteArray());
    }

    @Test
    void convertOfABadFileWritesNothingAndExitsTwo() {
        Path target = dir.resolve("never.icsatlas.json");
        assertEquals(2, AtlasCommand.run(new String[] {"convert", BAD, target.toString()}));
        assertFalse(Files.exists(target));
        assertTrue(err().startsWith(BAD + ":5:49: "), err());
    }

    @Test
    void convertIntoAMissingDirectoryExitsTwo() {
        String target = dir.resolve("no-dir").resolve("x.icsatlas.json").toString();
        assertEquals(2, AtlasCommand.run(new String[] {"convert", GOOD, target}));
        assertTrue(err().startsWith("cannot save " + target), err());
    }

    @Test
    void unknownSubcommandExitsTwoWithUsage() {
        assertEquals(2, AtlasCommand.run(new String[] {"frobnicate"}));
        assertTrue(err().contains("Unmatched argument"), err());
        assertTrue(err().contains("Usage: ics-atlas"), err());
    }

    @Test
    void missingArgumentExitsTwoWithUsage() {
        assertEquals(2, AtlasCommand.run(new String[] {"validate"}));
        assertTrue(err().contains("Missing required parameter: 'FILE'"), err());
        assertTrue(err().contains("Usage: ics-atlas validate"), err());
    }

    @Test
    void reservedCommandSaysItIsNotAvailableYet() {
        assertEquals(2, AtlasCommand.run(new String[] {"benchmark", "x.icsatlas.json"}));
        assertEquals("ics-atlas benchmark: not available yet in this version" + System.lineSeparator(), err());
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        assertEquals(0, AtlasCommand.run(new String[] {"--help"}));
        assertTrue(out().contains("validate"), out());
        assertTrue(out().contains("stats"), out());
        assertTrue(out().contains("convert"), out());
        assertTrue(out().contains("Exit codes"), out());
    }

    @Test
    void helpForOneCommandDescribesIt() {
        assertEquals(0, AtlasCommand.run(new String[] {"help", "validate"}));
        assertTrue(out().contains("Usage: ics-atlas validate"), out());
        assertEquals(0, AtlasCommand.run(new String[] {"stats", "--help"}));
        assertTrue(out().contains("Usage: ics-atlas stats"), out());
    }

    @Test
    void versionIsPrinted() {
        assertEquals(0, AtlasCommand.run(new String[] {"--version"}));
        assertTrue(out().startsWith("ICS Atlas "), out());
    }
}
