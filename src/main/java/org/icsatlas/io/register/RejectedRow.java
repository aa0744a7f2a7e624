package org.icsatlas.io.register;

/** A row of a register that was not imported (or only in part), with where it is and why. */
public record RejectedRow(String source, int row, String reason) {
    /** {@code bodies.csv:7: reports to "Frimley Board", which is not in the register or the model}. */
    @Override
    public String toString() {
        return source + ":" + row + ": " + reason;
    }
}
