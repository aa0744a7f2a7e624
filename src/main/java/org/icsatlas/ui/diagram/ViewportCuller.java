package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icsatlas.layout.Box;

/**
 * Keeps the scene light at England scale.
 * <ul>
 *   <li>Culling: skins outside the visible part of the diagram (plus a small margin) are made invisible and
 *       cost nothing to render; a relation's lines are only built, and join the scene, when first shown. Each layer's {@link SkinGrid} hands over only the skins near
 *       the edge of what changed since the last pass, so a pan or zoom step does not walk all 20,000 skins.</li>
 *   <li>Detail: names, badges, labels and footprint titles are hidden when they would be drawn too small to
 *       read.</li>
 *   <li>Level of detail: when a crowded diagram is zoomed far out, whole layers that would be noise are hidden
 *       (one switch on the layer's group, not one per skin): first the relation lines, then the element boxes,
 *       leaving the footprints as a map. A small system always shows everything.</li>
 * </ul>
 * A new drawing (after any layout) is culled once in full; later passes are incremental. The culler is the only
 * one to show or hide skins, which is what lets it trust that each skin's visibility still matches its last pass.
 */
final class ViewportCuller {
    /** Below this many screen pixels of font size text is noise, not information (and costly to draw). */
    static final double MIN_READABLE_PX = 4.5;
    /**
     * Level of detail applies only when more element boxes than this would be in view. The samples (about 50
     * elements) and a single system stay complete at any zoom: there the lines are the point of the picture and
     * drawing them all is cheap.
     */
    static final int CROWDED_ELEMENTS = 400;
    /**
     * Below this zoom a crowded view hides its relation lines: a 1 px line at a third of its size is sub-pixel
     * noise, and thousands of them overlaid grey the picture out while costing most of the frame to draw.
     */
    static final double MIN_EDGE_ZOOM = 0.35;
    /**
     * Below this zoom a crowded view also hides its element boxes: they shrink to a few pixels, too small to click
     * or tell apart, and the footprints alone read as a map of systems and places.
     */
    static final double MIN_ELEMENT_ZOOM = 0.15;
    /**
     * The culled area reaches this fraction of the viewport beyond each side. The canvas culls before each frame is
     * styled, so no frame shows a gap even without one; the margin is slack, so that a drag to and fro does not
     * keep hiding and showing the same skins. It is small because a jump to a new place shows (and the first time
     * builds) everything in the area, margin included.
     */
    private static final double MARGIN = 0.1;

    private static final int FOOTPRINTS = 0;
    private static final int EDGES = 1;

    private final Box[] culledArea = new Box[3];
    private final boolean[] culledDetail = new boolean[3];
    private double culledZoom = Double.NaN;
    private long culledGeneration = -1;
    private int lastVisits;

    /**
     * Culls {@code drawing} for the {@code visible} part of the diagram at {@code zoom}, where element text is
     * {@code fontSize} diagram units high.
     */
    void cull(DiagramDrawing drawing, Box visible, double zoom, double fontSize) {
        if (drawing.generation() != culledGeneration) {
            culledGeneration = drawing.generation();
            Arrays.fill(culledArea, null);
            culledZoom = Double.NaN;
        }
        double mx = visible.width() * MARGIN;
        double my = visible.height() * MARGIN;
        Box area = new Box(visible.x() - mx, visible.y() - my, visible.width() + 2 * mx, visible.height() + 2 * my);
        boolean detail = zoom * fontSize >= MIN_READABLE_PX;
        boolean crowded = zoom < MIN_EDGE_ZOOM && drawing.elementsIn(visible, CROWDED_ELEMENTS + 1) > CROWDED_ELEMENTS;
        List<DiagramDrawing.Layer> layers = drawing.layers();
        int visits = 0;
        for (int i = 0; i < layers.size(); i++) {
            DiagramDrawing.Layer layer = layers.get(i);
            boolean shown = !crowded || i == FOOTPRINTS || zoom >= (i == EDGES ? MIN_EDGE_ZOOM : MIN_ELEMENT_ZOOM);
            if (layer.group().isVisible() != shown) {
                layer.group().setVisible(shown);
            }
            if (!shown) {
                // Left as last culled: while the layer is hidden its skins need no work (an unseen edge stays
                // unbuilt), and the next pass after it reappears starts from where this one stopped.
                continue;
            }
            Box was = culledArea[i];
            List<SkinNode> joining = new ArrayList<>();
            if (was == null || culledDetail[i] != detail) {
                for (SkinNode s : layer.skins()) {
                    visits++;
                    apply(s, area, detail, zoom, true, joining);
                }
            } else {
                int[] n = {0};
                layer.grid().forEachChanged(was, area, s -> {
                    n[0]++;
                    apply(s, area, detail, zoom, false, joining);
                });
                visits += n[0];
            }
            DiagramDrawing.attach(layer, joining);
            if (i == FOOTPRINTS && zoom != culledZoom) {
                // Newly shown footprints were told the zoom above; the ones already shown learn it here.
                for (SkinNode s : layer.skins()) {
                    if (s.isVisible()) {
                        s.setZoom(zoom);
                    }
                }
                culledZoom = zoom;
            }
            culledArea[i] = area;
            culledDetail[i] = detail;
        }
        lastVisits = visits;
    }

    /**
     * Shows {@code s} if it overlaps {@code area}, hides it if not. A newly shown skin gets the current detail and
     * zoom, and one shown for the first time and not yet in its layer is added to {@code joining}.
     */
    private static void apply(SkinNode s, Box area, boolean detail, double zoom, boolean full, List<SkinNode> joining) {
        boolean in = s.bounds().intersects(area);
        boolean was = s.isVisible();
        s.setShown(in);
        if (in && (full || !was)) {
            s.setDetailShown(detail);
            s.setZoom(zoom);
        }
        if (in && s.getParent() == null) {
            joining.add(s);
        }
    }

    /** For tests: how many skins the last pass visited. */
    int lastVisits() {
        return lastVisits;
    }
}
