package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.model.ElementId;

/**
 * Drawing a line: drag from the connect handle of a selected box (or from any box while the connect tool is on)
 * to another box, and the canvas asks which relation to make ({@link Handler#connect}); drag an end of a selected
 * line to another box to re-point that end ({@link Handler#reconnect}). While dragging, a dashed line follows the
 * pointer; nothing changes in the model until the release.
 */
final class ConnectGesture {
    /** What a finished line gesture asks of the canvas. */
    interface Handler {
        void connect(ElementId source, ElementId target, double screenX, double screenY);

        void reconnect(ElementId relation, boolean sourceEnd, ElementId newEnd, double screenX, double screenY);
    }

    private final Supplier<DiagramLayout> layout;
    private final Function<MouseEvent, Point> toWorld;
    private final EditOverlay overlay;
    private final Supplier<Boolean> connectTool;
    private final Handler handler;

    ConnectGesture(Supplier<DiagramLayout> layout, Function<MouseEvent, Point> toWorld, EditOverlay overlay,
                   Supplier<Boolean> connectTool, Handler handler) {
        this.layout = layout;
        this.toWorld = toWorld;
        this.overlay = overlay;
        this.connectTool = connectTool;
        this.handler = handler;
    }

    /** The gesture source: a press on a connect handle, a selected line's end, or a box with the connect tool on. */
    Gesture begin(MouseEvent e, Point world, Optional<Hit> hit) {
        if (e.getButton() != MouseButton.PRIMARY || hit.isEmpty()) {
            return null;
        }
        Hit h = hit.get();
        DiagramLayout l = layout.get();
        if (h.kind() == Hit.Kind.CONNECT_HANDLE || (h.kind() == Hit.Kind.ELEMENT && connectTool.get())) {
            Box b = l.absolute(h.id()).orElseThrow();
            Point from = h.kind() == Hit.Kind.CONNECT_HANDLE ? HitTester.connectHandle(b) : new Point(b.centreX(), b.centreY());
            return new Line(from, target -> handler.connect(h.id(), target, lastScreenX, lastScreenY), h.id());
        }
        if (h.kind() == Hit.Kind.RELATION_SOURCE_END || h.kind() == Hit.Kind.RELATION_TARGET_END) {
            EdgeLayout edge = l.edges().get(h.id());
            boolean sourceEnd = h.kind() == Hit.Kind.RELATION_SOURCE_END;
            List<Point> pts = edge.points();
            Point fixed = sourceEnd ? pts.get(pts.size() - 1) : pts.get(0);
            return new Line(fixed, target -> handler.reconnect(h.id(), sourceEnd, target, lastScreenX, lastScreenY), null);
        }
        return null;
    }

    private final class Line implements Gesture {
        private final Point from;
        private final java.util.function.Consumer<ElementId> finish;
        private final ElementId source;
        private double screenX;
        private double screenY;

        Line(Point from, java.util.function.Consumer<ElementId> finish, ElementId source) {
            this.from = from;
            this.finish = finish;
            this.source = source;
        }

        @Override
        public void dragged(MouseEvent e) {
            overlay.showConnect(from, toWorld.apply(e));
            e.consume();
        }

        @Override
        public void released(MouseEvent e) {
            overlay.hideConnect();
            screenX = e.getScreenX();
            screenY = e.getScreenY();
            Optional<ElementId> target = new HitTester(layout.get()).elementAt(toWorld.apply(e));
            if (target.isPresent() && !target.get().equals(source)) {
                e.consume();
                lastScreenX = screenX;
                lastScreenY = screenY;
                finish.accept(target.get());
            }
        }

        @Override
        public void cancel() {
            overlay.hideConnect();
        }
    }

    private double lastScreenX;
    private double lastScreenY;

    /** Where on the screen the last line gesture ended (the chooser opens there). */
    double lastScreenX() {
        return lastScreenX;
    }

    double lastScreenY() {
        return lastScreenY;
    }
}
