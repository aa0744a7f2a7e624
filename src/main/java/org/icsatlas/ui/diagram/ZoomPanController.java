package org.icsatlas.ui.diagram;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.icsatlas.layout.Box;

/**
 * Moves the camera over the drawing: the world group is scaled and translated, never re-laid out. Drag the
 * background (a gesture the {@link GestureArbiter} gives it; or drag with the middle button anywhere) or scroll to pan; Ctrl+wheel or pinch zooms around the
 * cursor; + and − zoom around the centre, 0 fits the whole diagram, arrow keys nudge.
 */
final class ZoomPanController {
    static final double MIN_ZOOM = 0.02;
    static final double MAX_ZOOM = 6;
    private static final double STEP = 1.25;
    private static final double FIT_MARGIN = 24;

    private final Region viewport;
    private final Translate translate = new Translate();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private double pivotX = Double.NaN;
    private double pivotY;
    private Runnable onFit = () -> { };
    private java.util.function.Predicate<KeyEvent> arrowsTaken = e -> false;

    ZoomPanController(Region viewport, Group world) {
        this.viewport = viewport;
        world.getTransforms().setAll(translate, scale);
        zoom.addListener((o, was, now) -> applyZoom(was.doubleValue(), now.doubleValue()));
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewport.addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAround(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> viewport.requestFocus());
        viewport.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    Translate translate() {
        return translate;
    }

    Scale scale() {
        return scale;
    }

    /** Arrow keys pan unless this says another controller takes them (nudging a selection). */
    void setArrowsTaken(java.util.function.Predicate<KeyEvent> taken) {
        this.arrowsTaken = taken;
    }

    /**
     * The pan gesture, for the {@link GestureArbiter}: the middle button anywhere, or the primary button on the
     * background or a footprint's body (boxes and header bands belong to other gestures, which come first).
     */
    Gesture beginPan(MouseEvent e) {
        if (e.getButton() != MouseButton.MIDDLE && e.getButton() != MouseButton.PRIMARY) {
            return null;
        }
        double[] last = {e.getX(), e.getY()};
        return new Gesture() {
            @Override
            public void dragged(MouseEvent d) {
                panBy(d.getX() - last[0], d.getY() - last[1]);
                last[0] = d.getX();
                last[1] = d.getY();
                d.consume();
            }

            @Override
            public void released(MouseEvent r) {
            }

            @Override
            public void cancel() {
            }
        };
    }

    /** Called after {@link #fit}, e.g. to keep the fit when the window first gets its size. */
    void setOnFit(Runnable onFit) {
        this.onFit = onFit;
    }

    void zoomIn() {
        zoomAround(STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    void zoomOut() {
        zoomAround(1 / STEP, viewport.getWidth() / 2, viewport.getHeight() / 2);
    }

    /** Zooms by {@code factor} keeping the world point under ({@code x}, {@code y}) in place. */
    void zoomAround(double factor, double x, double y) {
        pivotX = x;
        pivotY = y;
        try {
            zoom.set(clamp(zoom.get() * factor));
        } finally {
            pivotX = Double.NaN;
        }
    }

    /** Zooms and pans so that {@code box} (diagram coordinates) fills the viewport, never above 100 %. */
    /** The largest zoom a fit may choose: 1 (never magnify past 100 %), more while presenting on a projector. */
    private double fitLimit = 1;

    void setFitLimit(double limit) {
        fitLimit = limit;
    }

    void fit(Box box) {
        double w = viewport.getWidth();
        double h = viewport.getHeight();
        if (box == null || box.width() <= 0 || box.height() <= 0 || w <= 0 || h <= 0) {
            return;
        }
        double k = clamp(Math.min(fitLimit, Math.min((w - 2 * FIT_MARGIN) / box.width(), (h - 2 * FIT_MARGIN) / box.height())));
        setCamera(k, w / 2 - k * box.centreX(), h / 2 - k * box.centreY());
        onFit.run();
    }

    /** Pans (without zooming) so that the diagram point ({@code x}, {@code y}) sits in the viewport's centre. */
    void centreOn(double x, double y) {
        double k = zoom.get();
        translate.setX(viewport.getWidth() / 2 - k * x);
        translate.setY(viewport.getHeight() / 2 - k * y);
    }

    void panBy(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
    }

    /** The part of the diagram the viewport shows, in diagram coordinates. */
    Box visibleWorld() {
        double k = zoom.get();
        return new Box(-translate.getX() / k, -translate.getY() / k, viewport.getWidth() / k, viewport.getHeight() / k);
    }

    /** The viewport point where a diagram point is drawn. */
    Point2D toViewport(double x, double y) {
        double k = zoom.get();
        return new Point2D(translate.getX() + k * x, translate.getY() + k * y);
    }

    private void setCamera(double k, double tx, double ty) {
        pivotX = Double.NaN;
        zoom.set(k);
        translate.setX(tx);
        translate.setY(ty);
    }

    private void applyZoom(double was, double now) {
        double k = clamp(now);
        if (k != now) {
            zoom.set(k);
            return;
        }
        double px = Double.isNaN(pivotX) ? viewport.getWidth() / 2 : pivotX;
        double py = Double.isNaN(pivotX) ? viewport.getHeight() / 2 : pivotY;
        // keep the world point under the pivot fixed: p = t + was * w = t' + now * w
        double wx = (px - translate.getX()) / was;
        double wy = (py - translate.getY()) / was;
        scale.setX(k);
        scale.setY(k);
        translate.setX(px - k * wx);
        translate.setY(py - k * wy);
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() != 0) {
                zoomAround(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            }
        } else {
            panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode().isArrowKey() && arrowsTaken.test(e)) {
            return;
        }
        double nudge = 60;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> zoomIn();
            case MINUS, SUBTRACT -> zoomOut();
            case LEFT -> panBy(nudge, 0);
            case RIGHT -> panBy(-nudge, 0);
            case UP -> panBy(0, nudge);
            case DOWN -> panBy(0, -nudge);
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static double clamp(double k) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, k));
    }
}
