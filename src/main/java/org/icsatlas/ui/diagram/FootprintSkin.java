package org.icsatlas.ui.diagram;

import javafx.geometry.VPos;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.model.Footprint;
import org.icsatlas.render.drawing.FootprintLook;
import org.icsatlas.render.style.FootprintStyle;

/**
 * Draws one footprint as a container: a tinted body, a header band carrying a disclosure triangle and the name,
 * and, when collapsed, how many relations reach inside. The header band is the handle that collapses and expands.
 */
final class FootprintSkin extends SkinNode {
    private final Footprint footprint;
    private final FootprintLayout layout;
    private final Rectangle header;
    private final Text title;
    private final Text hiddenCount;
    private final double titleSize;
    private final FootprintStyle style;
    private final double padding;
    private javafx.scene.Group pin;

    FootprintSkin(Footprint footprint, FootprintLayout layout, Box absolute, FootprintStyle style, FxTokens tokens,
                  LayoutMetrics metrics) {
        super(footprint.id(), absolute);
        this.footprint = footprint;
        this.layout = layout;
        this.style = style;
        this.padding = metrics.footprintPadding();
        getStyleClass().addAll(StyleClasses.FOOTPRINT, StyleClasses.forLevel(footprint.level()));
        if (layout.collapsed()) {
            getStyleClass().add(StyleClasses.COLLAPSED);
        }
        double w = absolute.width();
        double h = absolute.height();
        double r = style.cornerRadius();
        double hh = Math.min(layout.headerHeight(), h);

        Rectangle body = new Rectangle(w, h, FxTokens.colour(style.fill()));
        body.getStyleClass().add(StyleClasses.FOOTPRINT_BODY);
        body.setArcWidth(2 * r);
        body.setArcHeight(2 * r);

        header = new Rectangle(w, hh, FxTokens.colour(style.headerFill()));
        header.getStyleClass().add(StyleClasses.FOOTPRINT_HEADER);
        header.setArcWidth(2 * r);
        header.setArcHeight(2 * r);
        // squares off the header's lower corners so the band meets the body in a straight line
        Rectangle headerFoot = new Rectangle(0, Math.min(r, hh / 2), w, hh - Math.min(r, hh / 2));
        headerFoot.setFill(header.getFill());
        headerFoot.setMouseTransparent(true);

        Rectangle frame = new Rectangle(w, h, null);
        frame.setArcWidth(2 * r);
        frame.setArcHeight(2 * r);
        frame.setStroke(FxTokens.colour(style.stroke()));
        frame.setStrokeWidth(style.strokeWidth());
        frame.setStrokeType(StrokeType.INSIDE);
        frame.setMouseTransparent(true);

        double pad = metrics.footprintPadding();
        double tri = metrics.disclosureSize();
        Polygon disclosure = layout.collapsed()
                ? new Polygon(0, 0, tri * 0.9, tri / 2, 0, tri)
                : new Polygon(0, 0, tri, 0, tri / 2, tri * 0.9);
        disclosure.setFill(FxTokens.colour(style.headerText()));
        disclosure.setLayoutX(pad * 0.6);
        disclosure.setLayoutY((hh - tri) / 2);
        disclosure.setMouseTransparent(true);

        double textX = metrics.titleInset();
        title = new Text(footprint.name());
        title.getStyleClass().add(StyleClasses.FOOTPRINT_TITLE);
        title.setFill(FxTokens.colour(style.headerText()));
        title.setTextOrigin(VPos.CENTER);
        titleSize = new FootprintLook(tokens.table(), metrics).titleSize(footprint, w);
        title.setFont(tokens.bold(titleSize));
        title.setLayoutX(textX);
        title.setLayoutY(hh / 2);
        title.setMouseTransparent(true);

        hiddenCount = new Text(hiddenText(layout.hiddenRelationCount()));
        hiddenCount.getStyleClass().add(StyleClasses.FOOTPRINT_HIDDEN_COUNT);
        hiddenCount.setFont(tokens.font(metrics.labelFontSize()));
        hiddenCount.setFill(FxTokens.colour(style.stroke()));
        hiddenCount.setTextOrigin(VPos.CENTER);
        hiddenCount.setLayoutX(textX);
        hiddenCount.setLayoutY(hh + (h - hh) / 2);
        hiddenCount.setVisible(layout.collapsed());
        hiddenCount.setMouseTransparent(true);

        getChildren().addAll(body, header, headerFoot, frame, disclosure, title, hiddenCount);
        setLayoutX(absolute.x());
        setLayoutY(absolute.y());
    }

    Footprint footprint() {
        return footprint;
    }

    FootprintLayout footprintLayout() {
        return layout;
    }

    boolean collapsed() {
        return layout.collapsed();
    }

    /** Same footprint drawn the same way at the same size: the skin can be moved instead of rebuilt. */
    boolean canShow(Footprint f, FootprintLayout l, Box absolute) {
        return footprint.equals(f) && layout.collapsed() == l.collapsed() && layout.headerHeight() == l.headerHeight()
                && layout.hiddenRelationCount() == l.hiddenRelationCount()
                && bounds().width() == absolute.width() && bounds().height() == absolute.height();
    }

    void relocate(Box absolute) {
        setBounds(absolute);
        setLayoutX(absolute.x());
        setLayoutY(absolute.y());
    }

    /** Whether a point in this skin's own coordinates lies on the header band (or anywhere, once collapsed). */
    boolean isHandle(double localY) {
        return layout.collapsed() || localY <= header.getHeight();
    }

    /** A small pin at the right end of the header band while the footprint's position is pinned. */
    @Override
    void setPinned(boolean pinned) {
        if (pinned == pinned()) {
            return;
        }
        if (pinned && pin == null) {
            pin = NodeShapes.pinMarker(FxTokens.colour(style.headerText()));
            pin.setLayoutX(bounds().width() - padding * 0.6 - 4);
            pin.setLayoutY(header.getHeight() / 2 + 5);
            getChildren().add(pin);
        }
        if (pin != null) {
            pin.setVisible(pinned);
        }
        if (pinned) {
            getStyleClass().add(StyleClasses.PINNED);
        } else {
            getStyleClass().remove(StyleClasses.PINNED);
        }
    }

    @Override
    boolean pinned() {
        return pin != null && pin.isVisible();
    }

    void setFaded(boolean faded, double opacity) {
        double now = faded ? opacity : 1;
        if (getOpacity() != now) {
            setOpacity(now);
        }
    }

    @Override
    void setDetailShown(boolean shown) {
        hiddenCount.setVisible(shown && layout.collapsed());
    }

    /**
     * Shows the title only where it is readable at {@code zoom}. Titles differ in size (a region's is larger than a
     * neighbourhood's, and a long name is shrunk to fit its band), so each footprint decides for itself: zoomed out,
     * the region and system names stay while the small print of places and neighbourhoods goes.
     */
    @Override
    void setZoom(double zoom) {
        boolean readable = titleSize * zoom >= ViewportCuller.MIN_READABLE_PX;
        if (title.isVisible() != readable) {
            title.setVisible(readable);
        }
    }

    /** Whether the title is shown (for tests). */
    boolean titleShown() {
        return title.isVisible();
    }

    private static String hiddenText(int count) {
        return count == 0 ? "collapsed" : count == 1 ? "1 relation inside" : count + " relations inside";
    }
}
