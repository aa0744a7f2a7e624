package org.icsatlas.ui.diagram;

import javafx.scene.input.MouseEvent;

/**
 * One pointer gesture in progress on the canvas (move, connect, rubber band, pan), chosen by the
 * {@link GestureArbiter} when the button goes down; it sees the drag and the release, and can be cancelled (Esc,
 * a new layout). While it runs only the picture changes; the model changes once, on release, by one command.
 */
interface Gesture {
    void dragged(MouseEvent e);

    void released(MouseEvent e);

    /** Puts the picture back as it was before the press. */
    void cancel();
}
