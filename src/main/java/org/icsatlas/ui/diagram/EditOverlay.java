package org.icsatlas.ui.diagram;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.Point;

/**
 * What the interaction layer draws over the diagram, in diagram coordinates and never hit by the mouse: the drop
 * target of a drag (green when the drop is allowed to go there, red when it is not), the rubber band, the line of a
 * connection being drawn, and the handles of the selection (a connect handle on each selected box, a square on each
 * end of a selected line).
 */
final class EditOverlay {
    static final String STYLE_CLASS = "atlas-edit-overlay";
    private static final Color ACCENT = Color.web("#1565c0");
    private final Group root = new Group();
    private final Rectangle dropTarget = new Rectangle();
    private final Rectangle band = new Rectangle();
    private final Line connectLine = new Line();
    private final Group handles = new Group();

    EditOverlay() {
        root.getStyleClass().add(STYLE_CLASS);
        root.setMouseTransparent(true);
        root.setManaged(false);
        dropTarget.setFill(Color.web("#2e7d32", 0.10));
        dropTarget.setStroke(Color.web("#2e7d32"));
        dropTarget.setStrokeWidth(3);
        dropTarget.setVisible(false);
        band.setFill(Color.web("#1565c0", 0.08));
        band.setStroke(ACCENT);
        band.getStrokeDashArray().setAll(6.0, 4.0);
        band.setVisible(false);
        connectLine.setStroke(ACCENT);
        connectLine.setStrokeWidth(2);
        connectLine.getStrokeDashArray().setAll(8.0, 4.0);
        connectLine.setVisible(false);
        root.getChildren().addAll(handles, dropTarget, band, connectLine);
    }

    Group root() {
        return root;
    }

    void showDropTarget(Box b, boolean allowed) {
        dropTarget.setX(b.x());
        dropTarget.setY(b.y());
        dropTarget.setWidth(b.width());
        dropTarget.setHeight(b.height());
        Color c = allowed ? Color.web("#2e7d32") : Color.web("#c62828");
        dropTarget.setStroke(c);
        dropTarget.setFill(c.deriveColor(0, 1, 1, 0.10));
        dropTarget.setVisible(true);
    }

    void hideDropTarget() {
        dropTarget.setVisible(false);
    }

    boolean dropTargetShown() {
        return dropTarget.isVisible();
    }

    void showBand(Box b) {
        band.setX(b.x());
        band.setY(b.y());
        band.setWidth(b.width());
        band.setHeight(b.height());
        band.setVisible(true);
    }

    void hideBand() {
        band.setVisible(false);
    }

    void showConnect(Point from, Point to) {
        connectLine.setStartX(from.x());
        connectLine.setStartY(from.y());
        connectLine.setEndX(to.x());
        connectLine.setEndY(to.y());
        connectLine.setVisible(true);
    }

    void hideConnect() {
        connectLine.setVisible(false);
    }

    /** Draws connect handles (circles) and line-end handles (squares), sized for {@code zoom} so they stay grabbable. */
    void showHandles(List<Point> connect, List<Point> ends, double zoom) {
        double k = 1 / Math.max(0.25, zoom);
        handles.getChildren().clear();
        for (Point p : connect) {
            Circle c = new Circle(p.x(), p.y(), 5 * k, Color.WHITE);
            c.setStroke(ACCENT);
            c.setStrokeWidth(2 * k);
            c.getStyleClass().add("connect-handle");
            handles.getChildren().add(c);
        }
        for (Point p : ends) {
            Rectangle r = new Rectangle(p.x() - 4 * k, p.y() - 4 * k, 8 * k, 8 * k);
            r.setFill(ACCENT);
            r.getStyleClass().add("end-handle");
            handles.getChildren().add(r);
        }
    }
}
