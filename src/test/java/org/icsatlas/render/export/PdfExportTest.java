package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.EMOJI;
import static org.icsatlas.render.export.ExportFixtures.HOSTILE;
import static org.icsatlas.render.export.ExportFixtures.RTL;
import static org.icsatlas.render.export.ExportFixtures.export;
import static org.icsatlas.render.export.ExportFixtures.hostileModel;
import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.pdf;
import static org.icsatlas.render.export.ExportFixtures.request;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.icsatlas.render.export.ExportFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.PersonKind;
import org.junit.jupiter.api.Test;

class PdfExportTest {
    private static final TitleBlock BLOCK = new TitleBlock("Wiltshire Integrated Care Alliance \u2014 proposed governance",
            "Board paper appendix", "2 December 2026", "0.3", "Governance Office", ApprovalStatus.DRAFT, "bsw-wiltshire sample");

    private final IcsModel bsw = sample("bsw-wiltshire");

    private static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }

    @Test
    void a4LandscapePageCarriesEveryVisibleNameAndTheTitleBlockAsSearchableText() throws Exception {
        DiagramView v = view(bsw, "Wiltshire");
        DiagramLayout l = layout(bsw, v);
        try (PDDocument doc = pdf(bsw, v, l, PageSize.A4_LANDSCAPE, BLOCK)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(841.89, page.getMediaBox().getWidth(), 0.01);
            assertEquals(595.28, page.getMediaBox().getHeight(), 0.01);
            String text = text(doc);
            for (NodeLayout n : l.nodes().values()) {
                String name = bsw.element(n.id()).orElseThrow().name();
                assertTrue(text.contains(name), () -> "missing " + name);
            }
            for (ElementId f : l.footprints().keySet()) {
                String name = bsw.footprint(f).orElseThrow().name();
                assertTrue(text.contains(name), () -> "missing footprint " + name);
            }
            for (String field : List.of(BLOCK.title(), BLOCK.subtitle(), BLOCK.date(), "0.3", BLOCK.author(), "DRAFT", BLOCK.source())) {
                assertTrue(text.contains(field), () -> "missing title block field " + field);
            }
            assertEquals(BLOCK.title(), doc.getDocumentInformation().getTitle());
            assertEquals("Governance Office", doc.getDocumentInformation().getAuthor());
        }
    }

    @Test
    void theShippedFontIsEmbedded() throws Exception {
        DiagramView v = bsw.views().get(0);
        try (PDDocument doc = pdf(bsw, v, layout(bsw, v), PageSize.A3_PORTRAIT, BLOCK)) {
            PDPage page = doc.getPage(0);
            assertTrue(page.getMediaBox().getHeight() > page.getMediaBox().getWidth(), "portrait");
            assertEquals(1190.55, page.getMediaBox().getHeight(), 0.01);
            List<String> fonts = new ArrayList<>();
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                assertTrue(f.isEmbedded(), f.getName());
                fonts.add(f.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("NotoSans-Regular")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("NotoSans-Bold")), fonts.toString());
        }
    }

    /**
     * Characters Noto Sans has no glyph for (Hebrew, emoji) are no longer printed as "?": each is drawn as the font's
     * U+FFFD replacement glyph in a span whose ActualText is the real character, so text extraction (search, copy,
     * screen readers) gets the name back whole and in reading order, markup characters and all.
     */
    @Test
    void hostileNamesStayWholeForSearchAndShowAReplacementForEachMissingGlyph() throws Exception {
        IcsModel m = hostileModel();
        DiagramView v = DiagramView.whole("v", "V");
        try (PDDocument doc = pdf(m, v, layout(m, v), PageSize.FIT, TitleBlock.titled(HOSTILE))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(EMOJI), () -> "emoji found by text extraction: " + text);
            assertTrue(text.contains(RTL), () -> "right-to-left text found in reading order: " + text);
            assertTrue(text.contains("<script>alert(\"x\")</script> & 'Board' " + RTL + " " + EMOJI), text);
            assertTrue(text.contains("System & <Co>") && text.contains("Trust \"quoted\""), text);
            assertFalse(text.contains("?") || text.contains("\ufffd"), () -> "nothing replaced in the text: " + text);

            String content = new String(doc.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher spans = Pattern.compile("/Span <</ActualText <FEFF([0-9A-F]+)>>> BDC").matcher(content);
            List<String> replaced = new ArrayList<>();
            while (spans.find()) {
                replaced.add(spans.group(1));
            }
            // each of the four Hebrew letters and the emoji on its own, in the board's name and in the title block
            assertEquals(10, replaced.size(), replaced.toString());
            assertEquals(2, replaced.stream().filter("D83CDFE5"::equals).count(), replaced.toString());
        }
    }

    @Test
    void hiddenKindsAndWhatACollapsedFootprintHidesAreAbsent() throws Exception {
        DiagramView whole = bsw.views().get(0);
        ElementId swindon = bsw.footprints().stream().filter(f -> f.name().equals("Swindon")).findFirst().orElseThrow().id();
        DiagramView v = whole.withElementKindShown(PersonKind.ROLE_HOLDER, false).withCollapsed(swindon, true);
        DiagramLayout l = layout(bsw, v);
        byte[] pdf = export(bsw, v, l, request(ExportFormat.PDF, PageSize.A3_LANDSCAPE, BLOCK));
        List<Element> people = bsw.elements().stream().filter(e -> e.kind() == PersonKind.ROLE_HOLDER).toList();
        List<Element> inSwindon = bsw.elements().stream().filter(e -> bsw.isWithin(e.id(), swindon)).toList();
        assertFalse(people.isEmpty());
        assertFalse(inSwindon.isEmpty());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            people.forEach(p -> assertFalse(text.contains(p.name()), () -> "hidden person shown: " + p.name()));
            inSwindon.forEach(e -> assertFalse(text.contains(e.name()), () -> "collapsed away but shown: " + e.name()));
            assertTrue(text.contains("Swindon"));
            assertFalse(text.contains("Role holder"), "the legend lists only kinds on the page");
        }
    }

    @Test
    void pagePerPlaceGivesAnOverviewThenOnePagePerPlace() throws Exception {
        DiagramView v = bsw.views().get(0);
        DiagramLayout l = layout(bsw, v);
        ExportRequest r = new ExportRequest(ExportFormat.PDF, PageSetup.of(PageSize.A4_LANDSCAPE, BLOCK), 150, true,
                ExportScope.wholeView());
        long places = l.footprints().keySet().stream()
                .filter(f -> bsw.footprint(f).orElseThrow().level() == FootprintLevel.PLACE).count();
        try (PDDocument doc = Loader.loadPDF(export(bsw, v, l, r))) {
            assertEquals(1 + places, doc.getNumberOfPages());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            String second = s.getText(doc).replaceAll("\\s+", " ");
            assertTrue(second.contains("Bath and North East Somerset"), second);
            assertFalse(second.contains("Wiltshire Integrated Care Alliance Leadership"), "a place page shows only that place");
        }
    }

    @Test
    void textTooSmallOnThePageIsReportedWithWhatToDo() throws Exception {
        IcsModel syb = sample("south-yorkshire-bassetlaw");
        DiagramView v = syb.views().get(0);
        DiagramLayout l = layout(syb, v);
        List<String> warnings = EXPORT_WARNINGS(syb, v, l, PageSize.A4_PORTRAIT);
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("below 6 pt") && warnings.get(0).contains("A3"), warnings.get(0));
        assertTrue(EXPORT_WARNINGS(syb, v, l, PageSize.FIT).isEmpty());
    }

    private static List<String> EXPORT_WARNINGS(IcsModel m, DiagramView v, DiagramLayout l, PageSize size) throws Exception {
        return ExportFixtures.EXPORT.export(m, v, l, request(ExportFormat.PDF, size, BLOCK), new java.io.ByteArrayOutputStream());
    }
}
