package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.export;
import static org.icsatlas.render.export.ExportFixtures.groups;
import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.parseXml;
import static org.icsatlas.render.export.ExportFixtures.pdf;
import static org.icsatlas.render.export.ExportFixtures.request;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.icsatlas.render.export.ExportFixtures.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The DRAFT watermark greys the paper but never lightens the text it crosses: PDF, SVG and PNG lay it on by
 * multiplying (before, it was painted over the diagram at 45 % and washed out the names beneath it).
 */
class WatermarkTest {
    private static final TitleBlock DRAFT = new TitleBlock("Wiltshire", "", "", "", "", ApprovalStatus.DRAFT, "");

    private final IcsModel bsw = sample("bsw-wiltshire");
    private final DiagramView wiltshire = view(bsw, "Wiltshire");

    @Test
    void thePdfWatermarkMultiplies() throws Exception {
        try (PDDocument doc = pdf(bsw, wiltshire, layout(bsw, wiltshire), PageSize.A4_LANDSCAPE, DRAFT)) {
            PDResources res = doc.getPage(0).getResources();
            List<BlendMode> modes = new ArrayList<>();
            for (COSName n : res.getExtGStateNames()) {
                PDExtendedGraphicsState gs = res.getExtGState(n);
                modes.add(gs.getBlendMode());
            }
            assertTrue(modes.contains(BlendMode.MULTIPLY), modes.toString());
        }
    }

    @Test
    void theSvgWatermarkMultiplies() throws Exception {
        byte[] svg = export(bsw, wiltshire, layout(bsw, wiltshire), request(ExportFormat.SVG, PageSize.A4_LANDSCAPE, DRAFT));
        Element mark = groups(parseXml(svg)).stream().filter(g -> g.getAttribute("id").equals("watermark")).findFirst()
                .orElseThrow();
        assertEquals("mix-blend-mode:multiply", mark.getAttribute("style"));
    }

    @Test
    void thePngWatermarkDarkensPaperButNotInk() {
        int grey = 0xFFC4CAD1;
        int alpha = 115;
        int onPaper = PngWriter.multiply(0xFFFFFFFF, grey, alpha);
        // white paper under 45 % of #c4cad1: red 255 - (255 - 0xc4) x 0.45 = 228
        assertEquals(228, (onPaper >> 16) & 0xFF, 1.0, "the paper turns the watermark's grey at its opacity");
        assertEquals(0xFF, onPaper >>> 24);
        assertEquals(0xFF1B2631, PngWriter.multiply(0xFF1B2631, 0xFFFFFFFF, 255), "white letters change nothing");
        int ink = PngWriter.multiply(0xFF1B2631, grey, alpha);
        assertTrue((ink & 0xFF) <= 0x31 && ((ink >> 8) & 0xFF) <= 0x26 && ((ink >> 16) & 0xFF) <= 0x1B,
                "dark text stays as dark: " + Integer.toHexString(ink));
        assertEquals(grey, PngWriter.multiply(0x00000000, grey, 255), "on a transparent page the letters are as drawn");
    }
}
