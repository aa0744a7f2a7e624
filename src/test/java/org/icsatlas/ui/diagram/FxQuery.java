package org.icsatlas.ui.diagram;

import java.util.function.Supplier;
import org.testfx.api.FxRobot;

/** Reads a value on the FX thread for a test running off it. */
final class FxQuery {
    private FxQuery() {
    }

    static <T> T onFx(FxRobot robot, Supplier<T> query) {
        Object[] out = new Object[1];
        robot.interact(() -> out[0] = query.get());
        @SuppressWarnings("unchecked")
        T t = (T) out[0];
        return t;
    }
}
