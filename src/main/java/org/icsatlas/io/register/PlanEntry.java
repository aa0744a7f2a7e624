package org.icsatlas.io.register;

/** One line of an import preview: what will be added or changed, and the row of the register it comes from. */
public record PlanEntry(String source, int row, String text) {
    @Override
    public String toString() {
        return source + ":" + row + ": " + text;
    }
}
