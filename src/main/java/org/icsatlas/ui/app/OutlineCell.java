package org.icsatlas.ui.app;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.style.ElementStyle;
import org.icsatlas.render.style.StyleTable;

/**
 * One row of the outline: a chip in the kind's diagram colour (a footprint's shows its level's initial), the
 * name, and for a footprint collapsed in the current view a muted "collapsed" note.
 */
final class OutlineCell extends TreeCell<ElementId> {
    private static final StyleTable STYLES = StyleTable.standard();
    private final MainViewModel viewModel;

    OutlineCell(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @Override
    protected void updateItem(ElementId id, boolean empty) {
        super.updateItem(id, empty);
        getStyleClass().remove(StyleClasses.COLLAPSED);
        IcsModel model = viewModel.getModel();
        if (empty || id == null || model == null) {
            setText(null);
            setGraphic(null);
            setTooltip(null);
            return;
        }
        if (model.isFootprint(id)) {
            Footprint f = model.footprint(id).orElseThrow();
            boolean collapsed = viewModel.getCurrentView() != null && viewModel.getCurrentView().isCollapsed(id);
            setText(collapsed ? f.name() + "  (collapsed)" : f.name());
            if (collapsed) {
                getStyleClass().add(StyleClasses.COLLAPSED);
            }
            setGraphic(footprintChip(f));
            setTooltip(new Tooltip(f.level().label() + (f.note().isBlank() ? "" : "\n" + f.note())));
        } else {
            Element e = model.element(id).orElseThrow();
            setText(e.name());
            setGraphic(kindChip(e));
            setTooltip(new Tooltip(e.kind().label() + (e.title().isBlank() ? "" : "\n" + e.title())));
        }
    }

    private static Label footprintChip(Footprint f) {
        Label chip = new Label(f.level().label().substring(0, 1));
        chip.getStyleClass().add(StyleClasses.FOOTPRINT_CHIP);
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    private static Rectangle kindChip(Element e) {
        ElementStyle style = STYLES.element(e.kind());
        Rectangle chip = new Rectangle(12, 12, Color.web(style.fill()));
        chip.setStroke(Color.web(style.stroke()));
        chip.setArcWidth(e.isBody() ? 5 : 0);
        chip.setArcHeight(e.isBody() ? 5 : 0);
        chip.getStyleClass().add(StyleClasses.CHIP);
        return chip;
    }
}
