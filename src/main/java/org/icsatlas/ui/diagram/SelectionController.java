package org.icsatlas.ui.diagram;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.icsatlas.model.ElementId;

/**
 * Click selects: an element, a footprint (its header or body), or nothing (the background); clicking a relation
 * selects its source. A click is a press and release without a drag, so panning never changes the selection.
 */
final class SelectionController {
    private final ObjectProperty<ElementId> selection = new SimpleObjectProperty<>(this, "selection");

    SelectionController(Region viewport) {
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
    }

    ObjectProperty<ElementId> selectionProperty() {
        return selection;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
            return;
        }
        SkinNode skin = SkinNode.owning(e.getPickResult().getIntersectedNode());
        if (skin instanceof EdgeSkin edge) {
            selection.set(edge.edgeLayout().from());
        } else {
            selection.set(skin == null ? null : skin.modelId());
        }
    }
}
