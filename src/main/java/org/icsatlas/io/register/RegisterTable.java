package org.icsatlas.io.register;

import java.util.List;
import java.util.Set;

/**
 * A register table with its header read: which of the table's columns it has, the attribute columns it brings,
 * and its rows in file order.
 */
public record RegisterTable(RegisterTableKind kind, String source, Set<RegisterColumn> columns, List<String> attributeKeys,
                            List<RegisterRow> rows) {
    public RegisterTable {
        columns = Set.copyOf(columns);
        attributeKeys = List.copyOf(attributeKeys);
        rows = List.copyOf(rows);
    }

    public boolean hasColumn(RegisterColumn column) {
        return columns.contains(column);
    }
}
