package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;

/**
 * Decides which gesture a press starts. On each press it hit-tests the point in layout coordinates and asks the
 * gesture sources in order (connect from a handle, reconnect a line end, move a box, rubber band, pan); the first
 * that claims the press gets the drag and the release. One gesture at a time; Esc cancels it.
 */
final class GestureArbiter {
    /** Starts a gesture for a press, or returns null to leave the press to the next source. */
    @FunctionalInterface
    interface Source {
        Gesture begin(MouseEvent press, Point world, Optional<Hit> hit);
    }

    private final List<Source> sources;
    private final Function<MouseEvent, Point> toWorld;
    private final Function<Point, Optional<Hit>> hitAt;
    private Gesture active;

    GestureArbiter(Region viewport, Function<MouseEvent, Point> toWorld, Function<Point, Optional<Hit>> hitAt, List<Source> sources) {
        this.sources = List.copyOf(sources);
        this.toWorld = toWorld;
        this.hitAt = hitAt;
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (active != null) {
                active.dragged(e);
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            Gesture g = active;
            active = null;
            if (g != null) {
                g.released(e);
            }
        });
        // A filter, so that Esc cancels the gesture before the canvas reads it as "leave focus / clear selection".
        viewport.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && active != null) {
                cancel();
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        cancel();
        Point p = toWorld.apply(e);
        Optional<Hit> hit = hitAt.apply(p);
        for (Source s : sources) {
            Gesture g = s.begin(e, p, hit);
            if (g != null) {
                active = g;
                return;
            }
        }
    }

    /** Whether a gesture is in progress. */
    boolean busy() {
        return active != null;
    }

    void cancel() {
        Gesture g = active;
        active = null;
        if (g != null) {
            g.cancel();
        }
    }
}
