package org.icsatlas.ui.diagram;

import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Text;
import org.icsatlas.render.drawing.FontFace;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.drawing.Stroke;

/**
 * Turns the render drawing's marks into JavaFX nodes exactly as the exporters paint them: the figure, its fill at
 * its opacity, its stroke's colour, width, dash and caps (joins round, as in PDF and SVG), and text at its baseline
 * in the shipped font. Skins that draw what a look emits use these, so no size or colour is decided on screen.
 */
final class MarkNodes {
    private MarkNodes() {
    }

    /** The JavaFX shape of {@code p}, painted. */
    static Shape shape(Mark.Paint p) {
        Shape s = NodeShapes.shape(p.figure());
        paint(s, p);
        return s;
    }

    /** Paints {@code s} (the shape of {@code p}'s figure, or one of the same geometry) as {@code p} says. */
    static void paint(Shape s, Mark.Paint p) {
        s.setFill(p.fill() == null ? null : colour(p.fill(), p.fillOpacity()));
        Stroke st = p.stroke();
        if (st == null) {
            s.setStroke(null);
            return;
        }
        s.setStroke(FxTokens.colour(st.colour()));
        s.setStrokeWidth(st.width());
        if (!s.getStrokeDashArray().equals(st.dash())) {
            s.getStrokeDashArray().setAll(st.dash());
        }
        s.setStrokeLineCap(st.roundCaps() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        s.setStrokeLineJoin(StrokeLineJoin.ROUND);
    }

    /** The text run {@code t}, its left end and baseline where the mark puts them. */
    static Text text(Mark.Text t, FxTokens tokens) {
        Text text = new Text(t.x(), t.baseline(), t.text());
        text.setFont(t.face() == FontFace.BOLD ? tokens.bold(t.size()) : tokens.font(t.size()));
        text.setFill(colour(t.colour(), t.opacity()));
        if (t.angle() != 0) {
            text.getTransforms().add(new javafx.scene.transform.Rotate(t.angle(), t.x(), t.baseline()));
        }
        return text;
    }

    /** The JavaFX node of {@code mark}, mouse-transparent; a text run carries {@code textClass} (null for none). */
    static Node node(Mark mark, FxTokens tokens, String textClass) {
        Node n = mark instanceof Mark.Text t ? text(t, tokens, textClass) : shape((Mark.Paint) mark);
        n.setMouseTransparent(true);
        return n;
    }

    /**
     * A text run at its mark's baseline, carrying {@code textClass}. Should a stand-in font be wider than the
     * shipped one, the run is scaled by {@link FxTokens#fit()} about its centre, so it stays inside its box.
     */
    static Text text(Mark.Text t, FxTokens tokens, String textClass) {
        double fit = tokens.fit();
        Text text = new Text(t.x() + t.width() * (1 - fit) / 2, t.baseline(), t.text());
        if (textClass != null) {
            text.getStyleClass().add(textClass);
        }
        double size = t.size() * fit;
        text.setFont(t.face() == FontFace.BOLD ? tokens.bold(size) : tokens.font(size));
        text.setFill(colour(t.colour(), t.opacity()));
        text.setMouseTransparent(true);
        return text;
    }

    private static Color colour(String hex, double opacity) {
        Color c = FxTokens.colour(hex);
        return opacity >= 1 ? c : Color.color(c.getRed(), c.getGreen(), c.getBlue(), opacity);
    }
}
