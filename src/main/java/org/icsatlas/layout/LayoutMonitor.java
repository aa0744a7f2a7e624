package org.icsatlas.layout;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * How a caller watches and stops a layout: {@code cancelled} is polled often (between footprints and inside ELK)
 * and {@code progress} hears the fraction done, from 0 to 1. Both may be called from the layout's worker threads
 * (footprints are laid out in parallel), so they must be thread-safe; a UI hands progress on to its own thread.
 */
public record LayoutMonitor(BooleanSupplier cancelled, DoubleConsumer progress) {
    /** Never cancelled, reports nothing. */
    public static final LayoutMonitor NONE = new LayoutMonitor(() -> false, f -> { });

    public LayoutMonitor {
        cancelled = cancelled == null ? () -> false : cancelled;
        progress = progress == null ? f -> { } : progress;
    }

    public static LayoutMonitor cancelledBy(BooleanSupplier cancelled) {
        return new LayoutMonitor(cancelled, null);
    }

    public boolean isCancelled() {
        return cancelled.getAsBoolean();
    }

    /** Throws {@link CancellationException} when the caller asked to stop. */
    public void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("layout cancelled");
        }
    }

    public void report(double fraction) {
        progress.accept(Math.max(0, Math.min(1, fraction)));
    }
}
