package org.icsatlas.ui.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.Point;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.icsatlas.render.drawing.Figure;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.RelationLook;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The canvas draws a relation from the same marks every export draws ({@link RelationLook}): the line's points,
 * width and dash, the double line's core, the arrowhead, the label plate and text, the status tag, and the highlight.
 */
@ExtendWith(ApplicationExtension.class)
class EdgeSkinTest {
    private static final StyleTable STYLES = StyleTable.standard();
    private static final FxTokens TOKENS = new FxTokens(STYLES);
    private static final RelationLook LOOK = new RelationLook(STYLES, LayoutMetrics.DEFAULT);

    private static EdgeLayout route(Relation r, Point label) {
        return new EdgeLayout(r.id(), r.source(), r.target(),
                List.of(new Point(10, 20), new Point(10, 80), new Point(130, 80)), label);
    }

    private static EdgeSkin shown(Relation r, EdgeLayout route) {
        EdgeSkin skin = new EdgeSkin(route, r, LOOK.styleOf(r), TOKENS, LayoutMetrics.DEFAULT.labelFontSize());
        skin.setShown(true);
        return skin;
    }

    private static Mark.Paint paint(List<Mark> marks, String role) {
        return marks.stream().filter(m -> m instanceof Mark.Paint p && p.role().equals(role)).map(m -> (Mark.Paint) m)
                .findFirst().orElse(null);
    }

    private static List<Double> points(Figure f) {
        List<Double> xy = new ArrayList<>();
        for (Point p : ((Figure.Poly) f).points()) {
            xy.add(p.x());
            xy.add(p.y());
        }
        return xy;
    }

    private static List<Double> points(Shape s) {
        return s instanceof Polygon p ? List.copyOf(p.getPoints()) : List.copyOf(((Polyline) s).getPoints());
    }

    @Test
    void reportingLineIsTheLooksLineAndFilledHead() {
        Relation r = Relation.of("r", RelationKind.REPORTS_TO, "a", "b");
        EdgeLayout route = route(r, null);
        List<Mark> marks = LOOK.marks(r, route, null, 1);
        EdgeSkin skin = shown(r, route);

        Shape line = (Shape) skin.lookup("." + StyleClasses.EDGE_LINE);
        Mark.Paint lineMark = paint(marks, "line");
        assertEquals(points(lineMark.figure()), points(line), "the line stops where the look stops it, short of the head");
        assertEquals(lineMark.stroke().width(), line.getStrokeWidth());
        assertEquals(FxTokens.colour(lineMark.stroke().colour()), line.getStroke());

        Shape head = (Shape) skin.lookup("." + StyleClasses.EDGE_HEAD);
        Mark.Paint headMark = paint(marks, "head");
        assertEquals(points(headMark.figure()), points(head));
        assertEquals(FxTokens.colour(headMark.fill()), head.getFill());
        assertNull(skin.lookup("." + StyleClasses.EDGE_LABEL), "no label for a plain reporting line");
    }

    @Test
    void delegationIsTwoRailsWithItsScopeOnThePlate() {
        Relation r = Relation.of("d", RelationKind.DELEGATES_TO, "a", "b").withScope("Urgent care");
        EdgeLayout route = route(r, new Point(70, 80));
        List<Mark> marks = LOOK.marks(r, route, null, 1);
        EdgeSkin skin = shown(r, route);

        Shape line = (Shape) skin.lookup("." + StyleClasses.EDGE_LINE);
        assertEquals(paint(marks, "line").stroke().width(), line.getStrokeWidth(), "the outer rail is the look's wide stroke");
        Mark.Paint gapMark = paint(marks, "rail-gap");
        assertNotNull(gapMark);
        Shape gap = skin.getChildren().stream().filter(n -> n instanceof Shape s && s != line
                && s.getStroke() != null && s.getStroke().equals(FxTokens.colour(gapMark.stroke().colour()))
                && s.getStrokeWidth() == gapMark.stroke().width()).map(n -> (Shape) n).findFirst().orElse(null);
        assertNotNull(gap, "the paper-coloured core as the look draws it");
        assertEquals(points(gapMark.figure()), points(gap));

        Text text = (Text) skin.lookup("." + StyleClasses.EDGE_LABEL);
        Mark.Text textMark = (Mark.Text) marks.stream().filter(m -> m instanceof Mark.Text t && t.role().equals("label"))
                .findFirst().orElseThrow();
        assertEquals("Urgent care", text.getText());
        assertEquals(textMark.x(), text.getX(), 1e-9);
        assertEquals(textMark.baseline(), text.getY(), 1e-9);
        assertEquals(textMark.size(), text.getFont().getSize(), 1e-9);
        Rectangle plate = (Rectangle) ((Group) text.getParent()).getChildren().get(0);
        Figure.Rect plateMark = (Figure.Rect) paint(marks, "plate").figure();
        assertEquals(List.of(plateMark.x(), plateMark.y(), plateMark.width(), plateMark.height(), 2 * plateMark.radius()),
                List.of(plate.getX(), plate.getY(), plate.getWidth(), plate.getHeight(), plate.getArcWidth()));
        assertEquals(STYLES.paper().plateOpacity(), ((Color) plate.getFill()).getOpacity(), 0.01);
    }

    @Test
    void highlightRepaintsTheSameShapesAsTheLookHighlights() {
        Relation r = new Relation(ElementId.of("m"), RelationKind.MEMBER_OF, ElementId.of("a"), ElementId.of("b"),
                MemberRole.CHAIR, null, null, "");
        EdgeLayout route = route(r, new Point(70, 80));
        EdgeSkin skin = shown(r, route);
        Shape line = (Shape) skin.lookup("." + StyleClasses.EDGE_LINE);

        skin.setHighlighted(true);
        Mark.Paint lit = paint(LOOK.lines(route, LOOK.styleOf(r), true), "line");
        assertEquals(FxTokens.colour(STYLES.emphasis().highlight()), line.getStroke());
        assertEquals(lit.stroke().width(), line.getStrokeWidth(), 1e-9);
        assertEquals(line, skin.lookup("." + StyleClasses.EDGE_LINE), "the same shape, repainted");

        skin.setHighlighted(false);
        Mark.Paint plain = paint(LOOK.lines(route, LOOK.styleOf(r), false), "line");
        assertEquals(FxTokens.colour(plain.stroke().colour()), line.getStroke());
        assertEquals(plain.stroke().width(), line.getStrokeWidth(), 1e-9);
    }

    @Test
    void proposedRelationIsDashedAndTagged() {
        Relation r = Relation.of("p", RelationKind.REPORTS_TO, "a", "b").withLifecycle(Lifecycle.of(Status.PROPOSED));
        EdgeLayout route = route(r, null);
        List<Mark> marks = LOOK.marks(r, route, null, 1);
        EdgeSkin skin = shown(r, route);

        Shape line = (Shape) skin.lookup("." + StyleClasses.EDGE_LINE);
        assertEquals(paint(marks, "line").stroke().dash(), List.copyOf(line.getStrokeDashArray()));
        Text tag = (Text) skin.lookup("." + StyleClasses.ELEMENT_STATUS_TAG);
        Mark.Text tagMark = (Mark.Text) marks.stream().filter(m -> m instanceof Mark.Text).findFirst().orElseThrow();
        assertEquals(tagMark.text(), tag.getText());
        assertEquals(tagMark.x(), tag.getX(), 1e-9);
        Node chip = ((Group) tag.getParent()).getChildren().get(0);
        Figure.Rect chipMark = (Figure.Rect) paint(marks, "status-tag").figure();
        assertEquals(chipMark.width(), ((Rectangle) chip).getWidth(), 1e-9);
    }
}
