package org.icsatlas.render.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's operators as PdfContent writes them: numbers to a thousandth, no trailing zeros, no "-0". */
class PdfContentTest {
    @Test
    void numbersAreWrittenToAThousandthWithoutTrailingZeros() {
        PdfContent c = new PdfContent();
        c.moveTo(0.05, -12.5);
        c.lineTo(1.9996, -0.0004);
        c.curveTo(0.123, 1000000, -0.0006, 7, 3.1, 0.1);
        c.setLineDashPattern(List.of(6.0, 4.0));
        assertEquals("0.05 -12.5 m\n2 0 l\n0.123 1000000 -0.001 7 3.1 0.1 c\n[6 4 ] 0 d\n", c.text());
    }

    @Test
    void markedContentAndActualTextAreWrittenAsInlineDictionaries() {
        PdfContent c = new PdfContent();
        c.beginMarkedContent("P", 12);
        c.beginActualText("\ud83c\udfe5");
        c.showGlyphs(new int[] {0x1F, 0x2AB, 569}, 1, 3);
        c.endMarkedContent();
        c.endMarkedContent();
        assertEquals("/P <</MCID 12 >> BDC\n/Span <</ActualText <FEFFD83CDFE5>>> BDC\n<02AB0239> Tj\nEMC\nEMC\n", c.text());
    }
}
