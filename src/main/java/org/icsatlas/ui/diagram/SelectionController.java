package org.icsatlas.ui.diagram;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.model.ElementId;
import org.icsatlas.ui.editing.Selection;

/**
 * Click selects what the hit test finds under the pointer: an element, a relation line (the line itself, not its
 * source), a footprint (its header or body), or nothing (the background). Shift+click or Ctrl+click adds to the
 * selection or takes out of it. A click is a press and release without a drag, so panning never changes the
 * selection. The selection itself is the open document's {@link Selection}; {@link #selectionProperty()} mirrors
 * its primary item for bindings.
 */
final class SelectionController {
    private final ObjectProperty<ElementId> primary = new SimpleObjectProperty<>(this, "selection");
    private final Function<MouseEvent, Point> toWorld;
    private final Function<Point, Optional<Hit>> hitAt;
    private final Runnable follower = this::selectionChanged;
    private final Runnable onChange;
    private Selection selection = new Selection();

    SelectionController(Region viewport, Function<MouseEvent, Point> toWorld, Function<Point, Optional<Hit>> hitAt, Runnable onChange) {
        this.toWorld = toWorld;
        this.hitAt = hitAt;
        this.onChange = onChange;
        viewport.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        selection.addListener(follower);
        primary.addListener((o, was, now) -> {
            if (!Objects.equals(now, selection.primary())) {
                selection.set(now);
            }
        });
    }

    /** Follows another document's selection (the window opened a file). */
    void use(Selection next) {
        selection.removeListener(follower);
        selection = Objects.requireNonNull(next);
        selection.addListener(follower);
        selectionChanged();
    }

    Selection selection() {
        return selection;
    }

    ObjectProperty<ElementId> selectionProperty() {
        return primary;
    }

    private void selectionChanged() {
        ElementId p = selection.primary();
        if (!Objects.equals(primary.get(), p)) {
            primary.set(p);
        }
        onChange.run();
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.getClickCount() != 1) {
            return;
        }
        Optional<Hit> hit = hitAt.apply(toWorld.apply(e));
        ElementId id = hit.map(h -> h.id()).orElse(null);
        if (e.isShiftDown() || e.isShortcutDown()) {
            if (id != null) {
                selection.toggle(id);
            }
        } else {
            selection.set(id);
        }
    }
}
