package org.icsatlas.ui.diagram;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.model.Element;
import org.icsatlas.render.style.ElementStyle;

/**
 * Draws one body, organisation or person: the kind's outline and tint, the name wrapped exactly as the layout
 * sized it, and a small kind badge riding on the top edge so the kind reads without the legend.
 */
final class ElementSkin extends SkinNode {
    private static final double BADGE_HEIGHT = 12;

    private final Element element;
    private final ElementStyle style;
    private final Shape outline;
    private final Text name;
    private final Group badge;
    private final FxTokens tokens;
    private int emphasis;

    ElementSkin(Element element, Box box, ElementStyle style, FxTokens tokens, LayoutMetrics metrics) {
        super(element.id(), box);
        this.element = element;
        this.style = style;
        this.tokens = tokens;
        getStyleClass().addAll(StyleClasses.ELEMENT, StyleClasses.forKind(element.kind()));
        outline = NodeShapes.outline(style.shape(), box.width(), box.height());
        outline.getStyleClass().add(StyleClasses.ELEMENT_OUTLINE);
        outline.setFill(FxTokens.colour(style.fill()));
        outline.setStrokeType(StrokeType.INSIDE);
        name = nameText(element.name(), box, metrics);
        badge = badge(box);
        getChildren().addAll(outline, name, badge);
        paintOutline(style.stroke(), style.strokeWidth());
        relocate(box);
    }

    Element element() {
        return element;
    }

    void relocate(Box box) {
        setBounds(box);
        setLayoutX(box.x());
        setLayoutY(box.y());
    }

    /** Same element, same size: the skin can be moved instead of rebuilt. */
    boolean canShow(Element e, Box box) {
        return element.equals(e) && bounds().width() == box.width() && bounds().height() == box.height();
    }

    /** Paints the outline for the element's state: selected wins over highlighted, which wins over plain. */
    void setEmphasis(boolean selected, boolean highlighted) {
        int state = selected ? 2 : highlighted ? 1 : 0;
        if (state == emphasis) {
            return;
        }
        emphasis = state;
        if (selected) {
            paintOutline(tokens.table().emphasis().selection(), Math.max(3, style.strokeWidth() + 1.5));
        } else if (highlighted) {
            paintOutline(tokens.table().emphasis().highlight(), Math.max(2.5, style.strokeWidth() + 1));
        } else {
            paintOutline(style.stroke(), style.strokeWidth());
        }
        toggle(StyleClasses.SELECTED, selected);
        toggle(StyleClasses.HIGHLIGHTED, highlighted && !selected);
    }

    void setFaded(boolean faded) {
        setOpacity(faded ? tokens.table().emphasis().fadedOpacity() : 1);
        toggle(StyleClasses.FADED, faded);
    }

    @Override
    void setDetailShown(boolean shown) {
        name.setVisible(shown);
        badge.setVisible(shown);
    }

    String displayedName() {
        return name.getText();
    }

    private void paintOutline(String hex, double width) {
        outline.setStroke(FxTokens.colour(hex));
        outline.setStrokeWidth(width);
    }

    private void toggle(String styleClass, boolean on) {
        if (on && !getStyleClass().contains(styleClass)) {
            getStyleClass().add(styleClass);
        } else if (!on) {
            getStyleClass().remove(styleClass);
        }
    }

    private Text nameText(String value, Box box, LayoutMetrics metrics) {
        List<String> lines = metrics.nodeLines(value);
        Text t = new Text(String.join("\n", lines));
        t.getStyleClass().add(StyleClasses.ELEMENT_NAME);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setTextOrigin(VPos.TOP);
        t.setFill(FxTokens.colour(style.text()));
        double size = metrics.fontSize();
        t.setFont(tokens.font(size));
        t.setLineSpacing(Math.max(0, metrics.lineHeight() - lineHeightOf(t, lines.size())));
        double room = box.width() - 2 * Math.min(metrics.nodePaddingX(), NodeShapes.sideInset(style.shape(), box.width(), box.height()));
        // The layout measured with Helvetica widths; an installed font that runs wider is shrunk to fit, never clipped.
        while (t.getLayoutBounds().getWidth() > room && size > 6) {
            size -= 0.5;
            t.setFont(tokens.font(size));
        }
        Bounds b = t.getLayoutBounds();
        t.setLayoutX((box.width() - b.getWidth()) / 2);
        t.setLayoutY((box.height() - b.getHeight()) / 2);
        return t;
    }

    private static double lineHeightOf(Text t, int lines) {
        return t.getLayoutBounds().getHeight() / Math.max(1, lines);
    }

    private Group badge(Box box) {
        Text label = new Text(style.badge());
        label.getStyleClass().add(StyleClasses.ELEMENT_BADGE);
        label.setFont(tokens.bold(tokens.table().typography().badgeFontSize()));
        label.setFill(FxTokens.colour("#ffffff"));
        label.setTextOrigin(VPos.CENTER);
        double w = label.getLayoutBounds().getWidth() + 8;
        Rectangle chip = new Rectangle(w, BADGE_HEIGHT);
        chip.setArcWidth(BADGE_HEIGHT);
        chip.setArcHeight(BADGE_HEIGHT);
        chip.setFill(FxTokens.colour(style.stroke()));
        label.setLayoutX(4);
        label.setLayoutY(BADGE_HEIGHT / 2);
        Group g = new Group(chip, label);
        double inset = NodeShapes.sideInset(style.shape(), box.width(), box.height());
        g.setLayoutX(Math.max(inset, box.width() - inset - w));
        g.setLayoutY(-BADGE_HEIGHT / 2);
        g.setMouseTransparent(true);
        return g;
    }
}
