package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A membership register as read: its tables, the rows already refused while reading (a formula cell, a row with
 * more cells than the header), and notices about what was passed over (a sheet or column that means nothing here).
 */
public record Register(String name, Map<RegisterTableKind, RegisterTable> tables, List<RejectedRow> rejected, List<String> notices) {
    public Register {
        tables = Collections.unmodifiableMap(tables.isEmpty() ? new EnumMap<>(RegisterTableKind.class) : new EnumMap<>(tables));
        rejected = List.copyOf(rejected);
        notices = List.copyOf(notices);
    }

    public Optional<RegisterTable> table(RegisterTableKind kind) {
        return Optional.ofNullable(tables.get(kind));
    }

    /** The rows of a table, or none when the register does not have it. */
    public List<RegisterRow> rows(RegisterTableKind kind) {
        return table(kind).map(RegisterTable::rows).orElse(List.of());
    }

    /** How many data rows the register has in all its tables. */
    public int rowCount() {
        int n = 0;
        for (RegisterTable t : tables.values()) {
            n += t.rows().size();
        }
        return n + rejected.size();
    }

    Register withRejected(List<RejectedRow> more) {
        List<RejectedRow> all = new ArrayList<>(rejected);
        all.addAll(more);
        return new Register(name, tables, all, notices);
    }
}
