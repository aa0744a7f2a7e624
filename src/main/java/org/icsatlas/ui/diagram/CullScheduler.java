package org.icsatlas.ui.diagram;

import javafx.application.Platform;
import javafx.scene.layout.Region;

/**
 * Culls the canvas's skins once for any number of camera changes: at the start of the next pulse, before styling
 * and layout, so a frame never shows the camera moved without the skins it brings into view; or from the event
 * queue, whichever comes first (a canvas in a scene without a window gets no pulses).
 */
final class CullScheduler {
    private final ViewportCuller culler = new ViewportCuller();
    private final DiagramDrawing drawing;
    private final ZoomPanController camera;
    private final double fontSize;
    private boolean pending;

    CullScheduler(Region canvas, DiagramDrawing drawing, ZoomPanController camera, double fontSize) {
        this.drawing = drawing;
        this.camera = camera;
        this.fontSize = fontSize;
        camera.translate().xProperty().addListener(o -> request());
        camera.translate().yProperty().addListener(o -> request());
        camera.scale().xProperty().addListener(o -> request());
        Runnable pulseCull = this::cullIfPending;
        canvas.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(pulseCull);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(pulseCull);
            }
        });
    }

    void request() {
        if (!pending) {
            pending = true;
            Platform.runLater(this::cullIfPending);
        }
    }

    private void cullIfPending() {
        if (pending) {
            cullNow();
        }
    }

    /** Culls at once (a new layout is on screen). */
    void cullNow() {
        pending = false;
        culler.cull(drawing, camera.visibleWorld(), camera.zoomProperty().get(), fontSize);
    }

    /** For tests: how many skins the last cull visited. */
    int lastVisits() {
        return culler.lastVisits();
    }
}
