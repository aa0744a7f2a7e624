package org.icsatlas.io.register;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of a register table, its header read: the cells of the columns the table knows (trimmed, the export's
 * formula guard taken off), the cells of the other columns as element attributes, and where the row is.
 */
public record RegisterRow(String source, int row, Map<RegisterColumn, String> cells, SortedMap<String, String> attributes) {
    public RegisterRow {
        cells = Collections.unmodifiableMap(cells.isEmpty() ? new EnumMap<>(RegisterColumn.class) : new EnumMap<>(cells));
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    /** The cell of {@code column}; empty when the table has no such column or the cell is blank. */
    public String get(RegisterColumn column) {
        return cells.getOrDefault(column, "");
    }

    public boolean has(RegisterColumn column) {
        return !get(column).isEmpty();
    }

    RejectedRow reject(String reason) {
        return new RejectedRow(source, row, reason);
    }
}
