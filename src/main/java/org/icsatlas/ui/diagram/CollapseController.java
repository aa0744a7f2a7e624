package org.icsatlas.ui.diagram;

import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.icsatlas.model.ElementId;

/** Double-clicking a footprint's header band (or anywhere on a collapsed footprint) collapses or expands it. */
final class CollapseController {
    CollapseController(Region viewport, BiConsumer<ElementId, Boolean> setCollapsed) {
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) {
                return;
            }
            if (SkinNode.owning(e.getPickResult().getIntersectedNode()) instanceof FootprintSkin f) {
                Point2D local = f.sceneToLocal(e.getSceneX(), e.getSceneY());
                if (f.isHandle(local.getY())) {
                    setCollapsed.accept(f.modelId(), !f.collapsed());
                    e.consume();
                }
            }
        });
    }
}
