package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeType;
import javafx.scene.text.Text;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.MemberList;
import org.icsatlas.model.Element;
import org.icsatlas.render.drawing.ElementLook;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.style.ElementStyle;

/**
 * Draws one body, organisation or person: the kind's outline and tint, the name wrapped exactly as the layout
 * sized it, the member list when the view lists members inside their bodies, and a small kind badge riding on the
 * top edge so the kind reads without the legend. Every text, chip and rule comes from {@link ElementLook}, the
 * drawing every export prints. The text is the costly part of a skin, so it is built only when the skin is first
 * shown at a readable zoom.
 */
final class ElementSkin extends SkinNode {
    private final Element element;
    private final ElementStyle style;
    private final Shape outline;
    private final FxTokens tokens;
    private final LayoutMetrics metrics;
    private final MemberList members;
    private Group name;
    private Group memberList;
    private Group badge;
    private Group tag;
    private Group pin;
    private int emphasis;

    ElementSkin(Element element, Box box, ElementStyle style, FxTokens tokens, LayoutMetrics metrics) {
        this(element, box, style, tokens, metrics, null);
    }

    /**
     * A skin whose box lists {@code members} (null for none); {@code style} is
     * {@link ElementLook#styleOf(Element, MemberList)}.
     */
    ElementSkin(Element element, Box box, ElementStyle style, FxTokens tokens, LayoutMetrics metrics, MemberList members) {
        super(element.id(), box);
        this.members = members == null || members.isEmpty() ? null : members;
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
        return canShow(e, box, null);
    }

    /** Same element, same size, same member list: the skin can be moved instead of rebuilt. */
    boolean canShow(Element e, Box box, MemberList list) {
        return element.equals(e) && bounds().width() == box.width() && bounds().height() == box.height()
                && Objects.equals(members, list == null || list.isEmpty() ? null : list);
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
            Box local = new Box(0, 0, bounds().width(), bounds().height());
            ElementLook look = new ElementLook(tokens.table(), metrics);
            name = group(look.name(element, local, members), StyleClasses.ELEMENT_NAME);
            memberList = group(look.memberList(element, local, members), StyleClasses.ELEMENT_MEMBER);
            badge = group(look.badge(element, local), StyleClasses.ELEMENT_BADGE);
            tag = group(look.tag(element, local), StyleClasses.ELEMENT_STATUS_TAG);
            getChildren().addAll(name, memberList, badge, tag);
        }
        if (name != null) {
            name.setVisible(shown);
            memberList.setVisible(shown);
            badge.setVisible(shown);
            tag.setVisible(shown);
        }
    }

    /** The name as drawn, line breaks included; null until the skin was first shown in detail. */
    String displayedName() {
        return name == null ? null : texts(name);
    }

    /** The member list as drawn, one line per text run; null until shown in detail, empty when nothing is listed. */
    String displayedMembers() {
        return memberList == null ? null : texts(memberList);
    }

    private static String texts(Group g) {
        return g.getChildren().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .collect(Collectors.joining("\n"));
    }

    /** The marks as JavaFX nodes, text runs carrying {@code textClass}. */
    private Group group(List<? extends Mark> marks, String textClass) {
        Group g = new Group();
        for (Mark m : marks) {
            g.getChildren().add(MarkNodes.node(m, tokens, textClass));
        }
        g.setMouseTransparent(true);
        return g;
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
}
