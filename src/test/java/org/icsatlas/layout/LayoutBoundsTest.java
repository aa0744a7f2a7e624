package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The engine ends on absurd geometry and stops when asked. A pin at x = 1.7e308 (which the reader and the model now
 * refuse, but a view can still be handed to the engine directly) once kept it placing labels for ever.
 */
class LayoutBoundsTest {
    private final LayoutEngine engine = LayoutEngine.standard();

    private static ElementId firstPlace(IcsModel model) {
        return model.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).findFirst().orElseThrow().id();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPinFarBeyondAnyDiagramStillEnds() {
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.S, 3);
        for (double far : new double[] {1e9, 1.7e308}) {
            DiagramView view = DiagramView.whole("v", "Whole").withPinned(firstPlace(model), new Position(far, far));
            DiagramLayout layout = engine.layout(model, view, null, Set.of(), LayoutMonitor.NONE);
            assertFalse(layout.nodes().isEmpty());
        }
    }

    @Test
    void cancellingDuringRoutingAndLabelsStopsTheLayout() {
        IcsModel model = SyntheticIcs.generate(SyntheticIcs.Scale.S, 3);
        // cancelled once the blocks are laid out (progress passes 0.8): only the checks in arranging, routing and
        // label placement can stop it then
        boolean[] late = new boolean[1];
        AtomicInteger checksAfter = new AtomicInteger();
        LayoutMonitor monitor = new LayoutMonitor(() -> late[0] && checksAfter.incrementAndGet() > 0, f -> late[0] |= f >= 0.85);
        assertThrows(CancellationException.class, () -> engine.layout(model, DiagramView.whole("v", "Whole"), null, Set.of(), monitor));
        assertTrue(checksAfter.get() >= 1);
    }
}
