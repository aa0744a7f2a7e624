package org.icsatlas.ui.diagram;

import java.util.List;
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
import org.icsatlas.render.drawing.ElementLook;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.style.ElementStyle;

/**
 * Draws one body, organisation or person: the kind's outline and tint, the name wrapped exactly as the layout
 * sized it, and a small kind badge riding on the top edge so the kind reads without the legend. The text is the
 * costly part of a skin, so it is built only when the skin is first shown at a readable zoom.
 */
final class ElementSkin extends SkinNode {
    private final Element element;
    private final ElementStyle style;
    private final Shape outline;
    private final FxTokens tokens;
    private final LayoutMetrics metrics;
    private Text name;
    private Group badge;
    private Group tag;
    private Group pin;
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
        this.metrics = metrics;
        List<Double> dash = new ElementLook(tokens.table(), metrics).outlineDash(element);
        if (!dash.isEmpty()) {
            // JavaFX drops the dash of an INSIDE stroke: a status's dash is drawn centred on the edge instead
            outline.setStrokeType(StrokeType.CENTERED);
            outline.getStrokeDashArray().setAll(dash);
        }
        getChildren().add(outline);
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

    @Override
    void setPinned(boolean pinned) {
        if (pinned == pinned()) {
            return;
        }
        if (pinned && pin == null) {
            Box box = bounds();
            pin = NodeShapes.pinMarker(FxTokens.colour(style.stroke()));
            // stuck into the top edge near the left corner, its head above the box: clear of the name, mirroring the
            // kind badge on the right
            pin.setLayoutX(NodeShapes.sideInset(style.shape(), box.width(), box.height()) + 6);
            pin.setLayoutY(3);
            getChildren().add(pin);
        }
        if (pin != null) {
            pin.setVisible(pinned);
        }
        toggle(StyleClasses.PINNED, pinned);
    }

    @Override
    boolean pinned() {
        return pin != null && pin.isVisible();
    }

    void setFaded(boolean faded) {
        if (faded == getStyleClass().contains(StyleClasses.FADED)) {
            return;
        }
        setOpacity(faded ? tokens.table().emphasis().fadedOpacity() : 1);
        toggle(StyleClasses.FADED, faded);
    }

    @Override
    void setDetailShown(boolean shown) {
        if (shown && name == null) {
            Box box = bounds();
            name = nameText(element.name(), box, metrics);
            badge = badge(box);
            tag = tag(box);
            getChildren().addAll(name, badge, tag);
        }
        if (name != null) {
            name.setVisible(shown);
            badge.setVisible(shown);
            tag.setVisible(shown);
        }
    }

    /** The name as drawn, line breaks included; null until the skin was first shown in detail. */
    String displayedName() {
        return name == null ? null : name.getText();
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

    private Text nameText(String value, Box box, LayoutMetrics m) {
        List<String> lines = m.nodeLines(value);
        Text t = new Text(String.join("\n", lines));
        t.getStyleClass().add(StyleClasses.ELEMENT_NAME);
        t.setTextAlignment(TextAlignment.CENTER);
        t.setTextOrigin(VPos.TOP);
        t.setFill(FxTokens.colour(style.text()));
        double size = m.fontSize() * tokens.fit();
        t.setFont(tokens.font(size));
        double natural = tokens.lineHeight(size);
        double lineHeight = m.lineHeight() * tokens.fit();
        t.setLineSpacing(Math.max(0, lineHeight - natural));
        // Lines are centred inside the wrapping width; the layout's own line breaks keep JavaFX from re-wrapping.
        t.setWrappingWidth(box.width() - 2);
        t.setLayoutX(1);
        double height = (lines.size() - 1) * Math.max(lineHeight, natural) + natural;
        t.setLayoutY((box.height() - height) / 2);
        t.setMouseTransparent(true);
        return t;
    }

    /** The status tag exactly as {@link ElementLook#tag} draws it for every export (empty when current). */
    private Group tag(Box box) {
        Group g = new Group();
        for (Mark m : new ElementLook(tokens.table(), metrics).tag(element, new Box(0, 0, box.width(), box.height()))) {
            if (m instanceof Mark.Paint p) {
                Shape chip = NodeShapes.shape(p.figure());
                chip.setFill(FxTokens.colour(p.fill()));
                chip.setStroke(FxTokens.colour(p.stroke().colour()));
                chip.setStrokeWidth(p.stroke().width());
                g.getChildren().add(chip);
            } else if (m instanceof Mark.Text t) {
                Text label = new Text(t.x(), t.baseline(), t.text());
                label.getStyleClass().add(StyleClasses.ELEMENT_STATUS_TAG);
                label.setFont(tokens.font(t.size()));
                label.setFill(FxTokens.colour(t.colour()));
                g.getChildren().add(label);
            }
        }
        g.setMouseTransparent(true);
        return g;
    }

    /** The kind badge exactly as {@link ElementLook#badge} draws it for every export, in this skin's coordinates. */
    private Group badge(Box box) {
        List<Mark> marks = new ElementLook(tokens.table(), metrics).badge(element, new Box(0, 0, box.width(), box.height()));
        Mark.Paint chipMark = (Mark.Paint) marks.get(0);
        Mark.Text textMark = (Mark.Text) marks.get(1);
        Shape chip = NodeShapes.shape(chipMark.figure());
        chip.setFill(FxTokens.colour(chipMark.fill()));
        Text label = new Text(textMark.x(), textMark.baseline(), textMark.text());
        label.getStyleClass().add(StyleClasses.ELEMENT_BADGE);
        label.setFont(tokens.bold(textMark.size()));
        label.setFill(FxTokens.colour(textMark.colour()));
        Group g = new Group(chip, label);
        g.setMouseTransparent(true);
        return g;
    }
}
