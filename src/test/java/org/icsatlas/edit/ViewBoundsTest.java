package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Position;
import org.icsatlas.model.ViewLimits;
import org.junit.jupiter.api.Test;

/** Commands, and the model behind them, refuse view numbers outside {@link ViewLimits}, leaving the model as it was. */
class ViewBoundsTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void aPinBeyondTheCoordinateRangeIsRefused() {
        for (double far : new double[] {1.7e308, 1e9, -1_000_001, Double.POSITIVE_INFINITY}) {
            assertRefused(model, PinCommand.pin(id("view-whole"), id("audit"), new Position(far, 0)));
            assertRefused(model, PinCommand.pin(id("view-whole"), id("audit"), new Position(0, far)));
        }
        ModelSnapshot before = model.snapshot();
        IllegalEditException e = assertThrows(IllegalEditException.class,
                () -> PinCommand.pin(id("view-whole"), id("audit"), new Position(1e9, 0)).execute(model));
        assertTrue(e.getMessage().contains("from -1,000,000 to 1,000,000"), e.getMessage());
        assertEquals(before, model.snapshot());
    }

    @Test
    void aPinAtTheEdgeOfTheRangeIsAccepted() {
        new UndoHistory(model).execute(PinCommand.pin(id("view-whole"), id("audit"), new Position(ViewLimits.MAX_COORDINATE, -ViewLimits.MAX_COORDINATE)));
        assertEquals(new Position(1_000_000, -1_000_000), model.view(id("view-whole")).orElseThrow().pinned().get(id("audit")));
    }

    @Test
    void aZoomOutsideTheRangeIsRefused() {
        for (double zoom : new double[] {0, 0.001, 1e9, Double.NaN, Double.POSITIVE_INFINITY, -1}) {
            assertRefused(model, ChangeViewCommand.zoom(id("view-whole"), zoom));
        }
    }

    @Test
    void theModelRefusesAnOutOfRangeViewFromAnyPath() {
        DiagramView view = model.view(id("view-whole")).orElseThrow();
        assertThrows(IllegalEditException.class, () -> model.updateView(view.withPinned(id("audit"), new Position(1.7e308, 0))));
        assertThrows(IllegalEditException.class, () -> model.updateView(view.withZoom(1e9)));
        assertThrows(IllegalEditException.class, () -> model.addView(DiagramView.whole("far", "Far")
                .withPinned(id("audit"), new Position(0, -1e12)), -1));
        assertEquals(view, model.view(id("view-whole")).orElseThrow());
    }
}
