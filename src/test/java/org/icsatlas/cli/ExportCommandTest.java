package org.icsatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest extends ConsoleCapture {
    private static final Path BSW = Path.of("sample-data", "bsw-wiltshire.icsatlas.json");


    @TempDir
    Path dir;

    private int run(String... args) {
        return AtlasCommand.run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pdfWithEveryTitleBlockOption() throws Exception {
        Path pdf = dir.resolve("bsw.pdf");
        assertEquals(0, run("export", BSW.toString(), "--format", "pdf", "--view", "Wiltshire", "--page", "a3-portrait",
                "--title", "Wiltshire Integrated Care Alliance", "--subtitle", "proposed governance", "--version", "0.3",
                "--author", "Governance Office", "--status", "DRAFT", "--date", "2 December 2026", "--source", "Cabinet report",
                "--out", pdf.toString()), err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(841.89, doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(1190.55, doc.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String s : List.of("Wiltshire Integrated Care Alliance", "proposed governance", "Version: 0.3",
                    "Author: Governance Office", "DRAFT", "2 December 2026", "Cabinet report")) {
                assertTrue(text.contains(s), s);
            }
            assertEquals("Governance Office", doc.getDocumentInformation().getAuthor());
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + pdf), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void pngAtTheAskedResolutionAndTheFormatFromTheExtension() throws Exception {
        Path png = dir.resolve("bsw.png");
        assertEquals(0, run("export", BSW.toString(), "--page", "a4-portrait", "--dpi", "150", "--out", png.toString()), err());
        var img = ImageIO.read(png.toFile());
        assertEquals(Math.round(595.28 / 72 * 150), img.getWidth());
        assertEquals(Math.round(841.89 / 72 * 150), img.getHeight());
    }

    @Test
    void allViewsWritesOneFilePerViewIntoAFolder() throws Exception {
        Path folder = dir.resolve("views");
        assertEquals(0, run("export", BSW.toString(), "--format", "svg", "--all-views", "--out", folder.toString()), err());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(6, names.size(), names.toString());
            assertTrue(names.contains("governance-only.svg"), names.toString());
            assertTrue(names.contains("board-paper.svg"), names.toString());
        }
    }

    @Test
    void markdownAndCsvListingsAndAFootprintOrFocusScope() throws Exception {
        Path md = dir.resolve("bsw.md");
        assertEquals(0, run("export", BSW.toString(), "--format", "md", "--out", md.toString()), err());
        assertTrue(Files.readString(md).contains("## BSW ICB Board"));
        Path csv = dir.resolve("swindon.csv");
        assertEquals(0, run("export", BSW.toString(), "--format", "csv", "--footprint", "swindon", "--out", csv.toString()), err());
        String rows = Files.readString(csv);
        assertTrue(rows.contains("Swindon Alliance"), rows);
        assertFalse(rows.contains("BSW ICB Board"), "only the footprint");
        Path svg = dir.resolve("focus.svg");
        assertEquals(0, run("export", BSW.toString(), "--format", "svg", "--focus", "bsw-icb", "--page", "fit", "--out", svg.toString()), err());
        String s = Files.readString(svg);
        assertTrue(s.contains("id=\"bsw-icb\""), "the focused element is drawn");
    }

    @Test
    void badOptionsExitTwoWithOneClearLine() {
        assertEquals(2, run("export", BSW.toString(), "--format", "docx", "--out", dir.resolve("x.docx").toString()));
        assertTrue(err().contains("unknown format 'docx'; use one of pdf, svg, png, md, csv"), err());
        err.reset();
        assertEquals(2, run("export", BSW.toString(), "--page", "a5", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("unknown page size 'a5'"), err());
        err.reset();
        assertEquals(2, run("export", BSW.toString(), "--view", "Nowhere", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("no view named 'Nowhere'") && err().contains("'Governance only'"), err());
        err.reset();
        assertEquals(2, run("export", BSW.toString(), "--status", "FINAL", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("unknown status 'FINAL'"), err());
        err.reset();
        assertEquals(2, run("export", BSW.toString(), "--out", dir.resolve("x.txt").toString()));
        assertTrue(err().contains("--format"), err());
        err.reset();
        assertEquals(2, run("export", "missing.icsatlas.json", "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err().contains("missing.icsatlas.json"), err());
        err.reset();
        assertEquals(2, run("export", BSW.toString(), "--out", dir.resolve("no-such-dir").resolve("x.pdf").toString()));
        assertTrue(err().contains("x.pdf"), err());
        assertFalse(Files.exists(dir.resolve("x.pdf")), "nothing half written");
    }

    @Test
    void smallTextOnTheChosenPageIsWarnedAbout() {
        assertEquals(0, run("export", BSW.toString(), "--format", "pdf", "--page", "a4-portrait", "--out", dir.resolve("p.pdf").toString()));
        assertTrue(err().contains("warning:") && err().contains("below 6 pt"), err());
    }
}
