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
