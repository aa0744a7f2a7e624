package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.export;
import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PngExportTest {
    private final IcsModel bsw = sample("bsw-wiltshire");
    private final DiagramView view = bsw.views().get(0);
    private final DiagramLayout layout = layout(bsw, view);

    private BufferedImage png(PageSize size, int dpi, boolean transparent) throws Exception {
        ExportRequest r = new ExportRequest(ExportFormat.PNG, PageSetup.of(size, TitleBlock.titled("BSW")).withTransparent(transparent),
                dpi, false, ExportScope.wholeView());
        return ImageIO.read(new ByteArrayInputStream(export(bsw, view, layout, r)));
    }

    @ParameterizedTest
    @ValueSource(ints = {150, 300})
    void pixelSizeIsDpiTimesThePageSize(int dpi) throws Exception {
        BufferedImage img = png(PageSize.A4_LANDSCAPE, dpi, false);
        assertEquals(Math.round(841.89 / 72 * dpi), img.getWidth());
        assertEquals(Math.round(595.28 / 72 * dpi), img.getHeight());
        assertEquals(0xffffffff, img.getRGB(1, 1), "white paper");
    }

    @Test
    void aTransparentBackgroundLeavesThePaperClear() throws Exception {
        BufferedImage img = png(PageSize.A4_PORTRAIT, 150, true);
        assertEquals(Math.round(595.28 / 72 * 150), img.getWidth());
        assertEquals(0, img.getRGB(1, 1) >>> 24, "transparent corner");
        boolean inked = false;
        for (int x = 0; x < img.getWidth() && !inked; x += 7) {
            for (int y = 0; y < img.getHeight() && !inked; y += 7) {
                inked = (img.getRGB(x, y) >>> 24) == 0xff;
            }
        }
        assertTrue(inked, "the diagram is drawn");
    }

    @Test
    void anImageTooLargeToHoldIsRefusedWithAdvice() {
        ExportRequest r = new ExportRequest(ExportFormat.PNG, PageSetup.of(PageSize.A3_LANDSCAPE, null), 2400, false,
                ExportScope.wholeView());
        RenderException e = assertThrows(RenderException.class, () -> export(bsw, view, layout, r));
        assertTrue(e.getMessage().contains("lower dpi"), e.getMessage());
    }
}
