package org.icsatlas.ui.diagram;

import javafx.scene.Node;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Text;
import org.icsatlas.render.drawing.FontFace;
import org.icsatlas.render.drawing.Mark;

/**
 * Turns the marks of the one headless drawing ({@link org.icsatlas.render.drawing.ElementLook} and friends) into
 * JavaFX nodes, so the screen shows exactly what every export prints: a figure filled and stroked as its mark says,
 * a text run at its baseline in the shipped font.
 */
final class MarkNodes {
    private MarkNodes() {
    }

    /** The JavaFX node of {@code mark}; a text run carries {@code textClass} (null for none). */
    static Node node(Mark mark, FxTokens tokens, String textClass) {
        if (mark instanceof Mark.Text t) {
            return text(t, tokens, textClass);
        }
        Mark.Paint p = (Mark.Paint) mark;
        Shape s = NodeShapes.shape(p.figure());
        s.setFill(p.fill() == null ? null : FxTokens.colour(p.fill()));
        if (p.fill() != null && p.fillOpacity() < 1) {
            s.setOpacity(p.fillOpacity());
        }
        if (p.stroke() != null) {
            s.setStroke(FxTokens.colour(p.stroke().colour()));
            s.setStrokeWidth(p.stroke().width());
            s.getStrokeDashArray().setAll(p.stroke().dash());
            s.setStrokeLineCap(p.stroke().roundCaps() ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        }
        s.setMouseTransparent(true);
        return s;
    }

    /**
     * A text run at its mark's baseline. Should a stand-in font be wider than the shipped one, the run is scaled
     * by {@link FxTokens#fit()} about its centre, so centred and left-aligned runs both stay inside their box.
     */
    static Text text(Mark.Text t, FxTokens tokens, String textClass) {
        double fit = tokens.fit();
        Text text = new Text(t.x() + t.width() * (1 - fit) / 2, t.baseline(), t.text());
        if (textClass != null) {
            text.getStyleClass().add(textClass);
        }
        double size = t.size() * fit;
        text.setFont(t.face() == FontFace.BOLD ? tokens.bold(size) : tokens.font(size));
        text.setFill(FxTokens.colour(t.colour()));
        if (t.opacity() < 1) {
            text.setOpacity(t.opacity());
        }
        text.setMouseTransparent(true);
        return text;
    }
}
