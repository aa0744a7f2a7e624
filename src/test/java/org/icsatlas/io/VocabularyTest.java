package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final List<String> LEVELS = List.of("REGION", "SYSTEM", "PLACE", "NEIGHBOURHOOD");

    @Test
    void swappedLettersCountAsOneTypo() {
        assertEquals("PLACE", Vocabulary.nearest("PALCE", LEVELS));
    }

    @Test
    void caseIsIgnoredWhenSuggesting() {
        assertEquals("NEIGHBOURHOOD", Vocabulary.nearest("neighborhood", LEVELS));
    }

    @Test
    void unrelatedWordGetsNoSuggestion() {
        assertNull(Vocabulary.nearest("COUNTY", LEVELS));
    }

    @Test
    void messageSuggestsAndListsEverything() {
        assertEquals("unknown level \"Sytem\"; did you mean \"SYSTEM\"? Allowed: REGION, SYSTEM, PLACE, NEIGHBOURHOOD",
                Vocabulary.unknown("level", "Sytem", LEVELS));
    }

    @Test
    void messageWithoutSuggestionStillListsEverything() {
        assertEquals("unknown field \"shape\" in a view. Allowed: REGION, SYSTEM, PLACE, NEIGHBOURHOOD",
                Vocabulary.unknown("field", "shape", "a view", LEVELS));
    }

    @Test
    void absurdlyLongWordIsShortenedInMessages() {
        String message = Vocabulary.unknown("level", "X".repeat(100_000), LEVELS);
        assertEquals("unknown level \"" + "X".repeat(57) + "...\". Allowed: REGION, SYSTEM, PLACE, NEIGHBOURHOOD", message);
    }
}
