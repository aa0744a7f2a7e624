package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextMetricsTest {
    private final TextMetrics twelve = new TextMetrics(12, false);

    @Test
    void widthGrowsWithTheFontSizeAndBoldIsWider() {
        assertEquals(2 * twelve.width("Integrated Care Board"), new TextMetrics(24, false).width("Integrated Care Board"), 1e-9);
        assertTrue(new TextMetrics(12, true).width("Integrated Care Board") > twelve.width("Integrated Care Board"));
    }

    @Test
    void widthIsTheShippedFontsOwnAdvanceWidthsTwoPercentGenerous() {
        double units = 0;
        for (char c : "Board".toCharArray()) {
            units += ShippedFont.REGULAR.advance(c);
        }
        assertEquals(units * 12 / 1000.0 * 1.02, twelve.width("Board"), 1e-9);
        // Noto Sans sets "Board" about 7 % wider than Helvetica's 2668 thousandths of an em
        assertEquals(2844, units, 1);
    }

    @Test
    void wideLettersAreWiderThanNarrowOnes() {
        assertTrue(twelve.width("WWWW") > twelve.width("iiii") * 3);
    }

    @Test
    void wrapBreaksAtSpacesAndEveryLineFits() {
        List<String> lines = twelve.wrap("Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board", 160);
        assertTrue(lines.size() > 1);
        for (String l : lines) {
            assertTrue(twelve.width(l) <= 160, l);
            assertFalse(l.startsWith(" ") || l.endsWith(" "), l);
        }
        assertEquals("Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board", String.join(" ", lines));
    }

    @Test
    void aWordWiderThanTheLimitIsBrokenBetweenCharacters() {
        List<String> lines = twelve.wrap("Supercalifragilisticexpialidocious", 60);
        assertTrue(lines.size() > 1);
        assertEquals("Supercalifragilisticexpialidocious", String.join("", lines));
        lines.forEach(l -> assertTrue(twelve.width(l) <= 60, l));
    }

    @Test
    void explicitLineBreaksAreKeptAndEmptyTextGivesOneEmptyLine() {
        assertEquals(List.of("Chair", "Wiltshire Council"), twelve.wrap("Chair\nWiltshire Council", 500));
        assertEquals(List.of(""), twelve.wrap("", 100));
    }

    @Test
    void nonAsciiLettersGetAGenerousWidth() {
        assertTrue(twelve.width("é") >= twelve.width("e"));
        assertTrue(twelve.width("漢") >= twelve.width("M"));
    }
}
