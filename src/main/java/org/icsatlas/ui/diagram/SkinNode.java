package org.icsatlas.ui.diagram;

import javafx.scene.Group;
import javafx.scene.Node;
import org.icsatlas.layout.Box;
import org.icsatlas.model.ElementId;

/**
 * The common base of the diagram's skins: one JavaFX group per footprint, element or relation, positioned in
 * absolute diagram coordinates, that knows the model id it draws and its bounds (for culling and hit tests).
 */
abstract sealed class SkinNode extends Group permits ElementSkin, FootprintSkin, EdgeSkin {
    private final ElementId modelId;
    private Box bounds;
    // Where a SkinGrid has filed this skin (its cell range) and the last query that visited it; only SkinGrid
    // reads or writes these.
    SkinGrid grid;
    int gridCol0;
    int gridCol1;
    int gridRow0;
    int gridRow1;
    int gridVisit;
    private long drawOrder;

    SkinNode(ElementId modelId, Box bounds) {
        this.modelId = modelId;
        this.bounds = bounds;
        getProperties().put(SkinNode.class, this);
    }

    ElementId modelId() {
        return modelId;
    }

    /** The absolute box this skin covers. */
    Box bounds() {
        return bounds;
    }

    void setBounds(Box bounds) {
        this.bounds = bounds;
    }

    /**
     * Shows or hides the whole skin for the culler. A skin that builds its nodes lazily builds them here the first
     * time it is shown, in the state (highlight, fading, detail) it was last told about.
     */
    void setShown(boolean shown) {
        if (isVisible() != shown) {
            setVisible(shown);
        }
    }

    /**
     * Tells a shown skin the zoom, for text whose readability depends on its own size rather than on the layer's
     * detail switch: a footprint's title. Other skins ignore it.
     */
    void setZoom(double zoom) {
    }

    /**
     * Where the skin stands in its layer's drawing order (later ones draw on top), for a skin that joins its layer
     * only when first shown: it is inserted at this place, so what overlaps what does not depend on where the user
     * happened to look first.
     */
    long drawOrder() {
        return drawOrder;
    }

    void setDrawOrder(long drawOrder) {
        this.drawOrder = drawOrder;
    }

    /**
     * Shows or hides the small pin marker of a box whose position the user pinned in the current view. Skins that
     * cannot be pinned (relations) ignore it.
     */
    void setPinned(boolean pinned) {
    }

    /** Whether the pin marker is shown. */
    boolean pinned() {
        return false;
    }

    /** Shows or hides the small print (names, badges, labels) that is unreadable when zoomed far out. */
    abstract void setDetailShown(boolean shown);

    /** The skin a picked node belongs to, walking up from the node; null for the background. */
    static SkinNode owning(Node picked) {
        for (Node n = picked; n != null; n = n.getParent()) {
            Object skin = n.getProperties().get(SkinNode.class);
            if (skin instanceof SkinNode s) {
                return s;
            }
        }
        return null;
    }
}
