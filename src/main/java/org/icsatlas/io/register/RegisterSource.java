package org.icsatlas.io.register;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where a register's tables are: a folder of CSV files (named {@code bodies.csv}, {@code organisations.csv},
 * {@code memberships.csv} or a synonym), CSV files named one by one, or one {@code .xlsx} workbook with a sheet per
 * table.
 */
public record RegisterSource(Optional<Path> folder, Optional<Path> workbook, Map<RegisterTableKind, Path> files) {
    public RegisterSource {
        files = Collections.unmodifiableMap(files.isEmpty() ? new EnumMap<>(RegisterTableKind.class) : new EnumMap<>(files));
    }

    public static RegisterSource folder(Path folder) {
        return new RegisterSource(Optional.of(folder), Optional.empty(), Map.of());
    }

    public static RegisterSource workbook(Path workbook) {
        return new RegisterSource(Optional.empty(), Optional.of(workbook), Map.of());
    }

    /** CSV files named one by one, each for the table it is given as. */
    public static RegisterSource files(Map<RegisterTableKind, Path> files) {
        return new RegisterSource(Optional.empty(), Optional.empty(), files);
    }

    /** A folder, an {@code .xlsx} workbook, or a single CSV file (its table taken from its name). */
    public static RegisterSource of(Path path) {
        if (isWorkbook(path)) {
            return workbook(path);
        }
        if (Files.isDirectory(path) || !path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return folder(path);
        }
        return new RegisterSource(Optional.empty(), Optional.empty(), Map.of()).withSingleCsv(path);
    }

    private RegisterSource withSingleCsv(Path csv) {
        return new RegisterSource(Optional.of(csv), Optional.empty(), Map.of());
    }

    public static boolean isWorkbook(Path path) {
        String n = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /** A short name for messages and the preview: the folder's or workbook's name. */
    public String displayName() {
        Path p = workbook.or(() -> folder).orElseGet(() -> files.values().iterator().next().getParent());
        Path name = p == null ? null : p.getFileName();
        return name == null ? String.valueOf(p) : name.toString();
    }
}
