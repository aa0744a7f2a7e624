package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.model.ElementId;

/**
 * Rubber-band selection: Shift+drag on the background or a footprint's body draws a rectangle; on release the
 * boxes wholly inside it become the selection. Plain drag there pans instead.
 */
final class RubberBandGesture {
    private final Supplier<DiagramLayout> layout;
    private final Function<MouseEvent, Point> toWorld;
    private final EditOverlay overlay;
    private final Consumer<List<ElementId>> select;

    RubberBandGesture(Supplier<DiagramLayout> layout, Function<MouseEvent, Point> toWorld, EditOverlay overlay,
                      Consumer<List<ElementId>> select) {
        this.layout = layout;
        this.toWorld = toWorld;
        this.overlay = overlay;
        this.select = select;
    }

    Gesture begin(MouseEvent e, Point world, Optional<Hit> hit) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isShiftDown()
                || hit.map(h -> h.kind() != Hit.Kind.FOOTPRINT).orElse(false)) {
            return null;
        }
        return new Gesture() {
            Box band;

            @Override
            public void dragged(MouseEvent d) {
                Point p = toWorld.apply(d);
                band = new Box(Math.min(world.x(), p.x()), Math.min(world.y(), p.y()),
                        Math.abs(p.x() - world.x()), Math.abs(p.y() - world.y()));
                overlay.showBand(band);
                d.consume();
            }

            @Override
            public void released(MouseEvent r) {
                overlay.hideBand();
                if (band != null && band.width() > 2 && band.height() > 2) {
                    select.accept(new HitTester(layout.get()).within(band));
                    r.consume();
                }
            }

            @Override
            public void cancel() {
                overlay.hideBand();
            }
        };
    }
}
