package org.icsatlas.ui.diagram;

import java.util.function.Supplier;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.icsatlas.model.IcsModel;

/**
 * Shows an element's or footprint's details on hover. Tooltips are installed on a skin the first time the pointer
 * enters it, so a diagram of thousands of elements carries only the tooltips someone actually looked at; the text
 * is rebuilt on every showing so it is never stale after an edit.
 */
final class HoverTooltips {
    private final Supplier<IcsModel> model;

    HoverTooltips(Region viewport, Supplier<IcsModel> model) {
        this.model = model;
        viewport.addEventFilter(MouseEvent.MOUSE_MOVED, this::moved);
    }

    private void moved(MouseEvent e) {
        SkinNode skin = SkinNode.owning(e.getPickResult().getIntersectedNode());
        if (skin == null || skin instanceof EdgeSkin || skin.getProperties().containsKey(Tooltip.class)) {
            return;
        }
        Tooltip tip = new Tooltip();
        tip.setShowDelay(Duration.millis(450));
        tip.setShowDuration(Duration.seconds(20));
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        tip.setOnShowing(ev -> {
            IcsModel m = model.get();
            tip.setText(m == null ? "" : ElementDetails.describe(m, skin.modelId()));
        });
        Tooltip.install(skin, tip);
        skin.getProperties().put(Tooltip.class, tip);
    }
}
