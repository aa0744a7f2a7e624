package org.icsatlas.ui.editing;

import java.util.Objects;

/**
 * What became of a command handed to {@link Document#execute}: done (one new undo step) or refused with the
 * model's reason (nothing changed). A gesture that moved the picture ahead of the model snaps back when refused.
 */
public record Outcome(boolean done, String reason) {
    public Outcome {
        Objects.requireNonNull(reason, "reason");
    }

    static Outcome ok(String description) {
        return new Outcome(true, description);
    }

    static Outcome refusedBecause(String reason) {
        return new Outcome(false, reason);
    }

    public boolean refused() {
        return !done;
    }
}
