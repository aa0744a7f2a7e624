package org.icsatlas.ui.diagram;

import java.util.Collection;
import org.icsatlas.layout.Box;

/**
 * Keeps the scene light at England scale: skins outside the visible part of the diagram (plus a margin, so a
 * small pan shows no gaps) are made invisible and cost nothing to render, and names, badges and labels are
 * hidden when they would be drawn too small to read.
 */
final class ViewportCuller {
    /** Below this many screen pixels of font size text is noise, not information. */
    private static final double MIN_READABLE_PX = 4.5;

    void cull(DiagramDrawing drawing, Box visible, double zoom, double fontSize) {
        double mx = visible.width() * 0.25;
        double my = visible.height() * 0.25;
        Box area = new Box(visible.x() - mx, visible.y() - my, visible.width() + 2 * mx, visible.height() + 2 * my);
        boolean detail = zoom * fontSize >= MIN_READABLE_PX;
        for (Collection<? extends SkinNode> layer : drawing.layers()) {
            for (SkinNode s : layer) {
                boolean in = s.bounds().intersects(area);
                if (s.isVisible() != in) {
                    s.setVisible(in);
                }
                if (in) {
                    s.setDetailShown(detail);
                }
            }
        }
    }
}
