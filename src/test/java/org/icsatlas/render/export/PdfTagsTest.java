package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.pdf;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.icsatlas.render.export.ExportFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

/**
 * The exported PDF is tagged: read back with PDFBox, its structure tree holds a Document with the title block
 * first, a section per footprint nested as the footprints are, a paragraph per element whose marked content is the
 * element's name, and a figure per relation with alternative text; the catalogue says tagged, en-GB, show the title.
 */
class PdfTagsTest {
    private static final TitleBlock BLOCK = new TitleBlock("Wiltshire governance", "Appendix B", "2 December 2026", "0.3",
            "Governance Office", ApprovalStatus.DRAFT, "bsw-wiltshire sample");

    private final IcsModel bsw = sample("bsw-wiltshire");

    private static List<PDStructureElement> kids(Object node) {
        List<Object> raw = node instanceof PDStructureTreeRoot r ? r.getKids() : ((PDStructureElement) node).getKids();
        List<PDStructureElement> out = new ArrayList<>();
        for (Object k : raw) {
            if (k instanceof PDStructureElement e) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Integer> mcids(PDStructureElement e) {
        List<Integer> out = new ArrayList<>();
        for (Object k : e.getKids()) {
            if (k instanceof Integer i) {
                out.add(i);
            }
        }
        return out;
    }

    /** The text of each marked-content id on the page. */
    private static Map<Integer, String> markedText(PDPage page) throws Exception {
        PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> out = new HashMap<>();
        for (PDMarkedContent mc : extractor.getMarkedContents()) {
            if (mc.getMCID() >= 0) {
                StringBuilder b = new StringBuilder();
                for (Object c : mc.getContents()) {
                    if (c instanceof TextPosition t) {
                        b.append(t.getUnicode());
                    }
                }
                out.merge(mc.getMCID(), b.toString(), String::concat);
            }
        }
        return out;
    }

    private static String squeezed(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void catalogueSaysTaggedBritishEnglishAndShowsTheTitle() throws Exception {
        DiagramView v = view(bsw, "Wiltshire");
        try (PDDocument doc = pdf(bsw, v, layout(bsw, v), PageSize.A4_LANDSCAPE, BLOCK)) {
            PDDocumentCatalog c = doc.getDocumentCatalog();
            assertTrue(c.getMarkInfo().isMarked());
            assertEquals("en-GB", c.getLanguage());
            assertTrue(c.getViewerPreferences().displayDocTitle());
            assertEquals(0, doc.getPage(0).getStructParents());
        }
    }

    @Test
    void structureFollowsTheFootprintsWithEachElementsNameAsItsParagraph() throws Exception {
        DiagramView v = view(bsw, "Wiltshire");
        DiagramLayout l = layout(bsw, v);
        try (PDDocument doc = pdf(bsw, v, l, PageSize.A4_LANDSCAPE, BLOCK)) {
            PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
            List<PDStructureElement> top = kids(root);
            assertEquals(1, top.size());
            PDStructureElement document = top.get(0);
            assertEquals("Document", document.getStructureType());
            assertEquals(BLOCK.title(), document.getTitle());
            List<PDStructureElement> parts = kids(document);
            assertEquals("P", parts.get(0).getStructureType(), "the title block is read first");
            assertEquals(BLOCK.title(), parts.get(0).getTitle());

            Map<Integer, String> text = markedText(doc.getPage(0));
            Map<String, PDStructureElement> sections = new HashMap<>();
            Map<String, PDStructureElement> paragraphs = new HashMap<>();
            List<PDStructureElement> figures = new ArrayList<>();
            collect(document, sections, paragraphs, figures);

            for (FootprintLayout f : l.footprints().values()) {
                String name = bsw.footprint(f.id()).orElseThrow().name();
                PDStructureElement sect = sections.get(name);
                assertNotNull(sect, () -> "no section for " + name);
                PDStructureElement heading = kids(sect).get(0);
                assertEquals("H", heading.getStructureType());
                String shown = String.join("", mcids(heading).stream().map(text::get).toList());
                assertTrue(squeezed(shown).contains(squeezed(name)), () -> name + " heading reads " + shown);
                String parent = f.parent() == null ? null : bsw.footprint(f.parent()).orElseThrow().name();
                if (parent != null && sections.containsKey(parent)) {
                    assertEquals(sections.get(parent).getCOSObject(), sect.getParent().getCOSObject(),
                            () -> name + " nests in " + parent);
                }
            }
            for (NodeLayout n : l.nodes().values()) {
                String name = bsw.element(n.id()).orElseThrow().name();
                PDStructureElement p = paragraphs.get(name);
                assertNotNull(p, () -> "no paragraph for " + name);
                String shown = String.join("", mcids(p).stream().map(text::get).toList());
                assertTrue(squeezed(shown).contains(squeezed(name)), () -> name + " reads " + shown);
                String home = bsw.footprint(n.parent()).orElseThrow().name();
                assertEquals(sections.get(home).getCOSObject(), p.getParent().getCOSObject(), () -> name + " is in " + home);
            }
            assertFalse(figures.isEmpty());
            figures.forEach(f -> assertFalse(f.getAlternateDescription().isBlank(), "a relation's figure says what it joins"));
            assertParentTreeLeadsBack(root, doc.getPage(0), paragraphs.values());
        }
    }

    private static void collect(PDStructureElement e, Map<String, PDStructureElement> sections,
                                Map<String, PDStructureElement> paragraphs, List<PDStructureElement> figures) {
        for (PDStructureElement k : kids(e)) {
            switch (k.getStructureType()) {
                case "Sect" -> sections.put(k.getTitle(), k);
                case "P" -> paragraphs.put(k.getTitle(), k);
                case "Figure" -> figures.add(k);
                default -> {
                }
            }
            collect(k, sections, paragraphs, figures);
        }
    }

    /** Each paragraph's marked content maps back to the paragraph through the page's entry in the parent tree. */
    private static void assertParentTreeLeadsBack(PDStructureTreeRoot root, PDPage page, Iterable<PDStructureElement> elements)
            throws Exception {
        COSObjectable value = root.getParentTree().getNumbers().get(page.getStructParents());
        COSArray byMcid = (COSArray) value.getCOSObject();
        for (PDStructureElement p : elements) {
            for (int id : mcids(p)) {
                COSBase entry = byMcid.get(id);
                COSBase target = entry instanceof COSObject o ? o.getObject() : entry;
                assertEquals(p.getCOSObject(), target, "marked content " + id + " leads back to its paragraph");
            }
        }
    }
}
