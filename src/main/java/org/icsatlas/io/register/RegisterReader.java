package org.icsatlas.io.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a {@link RegisterSource} into a {@link Register}: finds each table by its file or sheet name, matches the
 * header's columns through the synonyms table, and reads the rows. A register that cannot be read at all throws
 * {@link RegisterException}; a row that is wrong on its own is refused with its row number and the rest is read.
 */
public final class RegisterReader {
    private static final String ATTRIBUTE_PREFIX = "attribute:";
    private final SynonymTable synonyms;

    public RegisterReader(SynonymTable synonyms) {
        this.synonyms = synonyms;
    }

    public RegisterReader() {
        this(SynonymTable.standard());
    }

    public Register read(RegisterSource source) throws RegisterException {
        List<String> notices = new ArrayList<>();
        Map<RegisterTableKind, RawTable> raw = new EnumMap<>(RegisterTableKind.class);
        if (source.workbook().isPresent()) {
            Path book = source.workbook().get();
            String name = book.getFileName().toString();
            if (name.toLowerCase(Locale.ROOT).endsWith(".xls")) {
                throw new RegisterException(name, 0, "this is an old Excel 97-2003 (.xls) workbook; save it as .xlsx, or as CSV, and import that");
            }
            for (RawTable t : XlsxTableReader.read(book, name)) {
                place(raw, t, notices);
            }
        } else if (source.folder().isPresent()) {
            Path folder = source.folder().get();
            for (Path csv : csvFiles(folder)) {
                place(raw, CsvTableReader.read(csv, csv.getFileName().toString()), notices);
            }
        } else {
            for (Map.Entry<RegisterTableKind, Path> e : source.files().entrySet()) {
                raw.put(e.getKey(), CsvTableReader.read(e.getValue(), e.getValue().getFileName().toString()));
            }
        }
        if (!raw.containsKey(RegisterTableKind.BODIES) && !raw.containsKey(RegisterTableKind.ORGANISATIONS)) {
            throw new RegisterException(source.displayName(), 0, "no bodies or organisations table found; name the files "
                    + "bodies.csv, organisations.csv and memberships.csv (or the sheets Bodies, Organisations and Memberships)");
        }
        Map<RegisterTableKind, RegisterTable> tables = new EnumMap<>(RegisterTableKind.class);
        List<RejectedRow> rejected = new ArrayList<>();
        for (Map.Entry<RegisterTableKind, RawTable> e : raw.entrySet()) {
            tables.put(e.getKey(), table(e.getKey(), e.getValue(), rejected, notices));
        }
        return new Register(source.displayName(), tables, rejected, notices);
    }

    private static List<Path> csvFiles(Path folder) throws RegisterException {
        String name = String.valueOf(folder.getFileName());
        if (Files.isRegularFile(folder)) {
            return List.of(folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new RegisterException(name, 0, Files.exists(folder) ? "not a folder of CSV files or an .xlsx workbook"
                    : "no such folder or file");
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") && Files.isRegularFile(p))
                    .sorted().limit(100).toList();
        } catch (IOException e) {
            throw new RegisterException(name, 0, "cannot list the folder: " + e.getMessage(), e);
        }
    }

    /** Files the table under the kind its name says, or passes it over with a notice. */
    private void place(Map<RegisterTableKind, RawTable> raw, RawTable t, List<String> notices) throws RegisterException {
        Optional<RegisterTableKind> kind = synonyms.keyOf("tables", t.name()).map(RegisterTableKind::valueOf);
        if (kind.isEmpty()) {
            notices.add(t.source() + ": passed over: its name does not say which table it is (bodies, organisations, "
                    + "memberships, relations or footprints)");
            return;
        }
        RawTable before = raw.putIfAbsent(kind.get(), t);
        if (before != null) {
            throw new RegisterException(t.source(), 0, "both " + before.source() + " and " + t.source() + " look like the "
                    + kind.get().fileStem() + " table; keep one");
        }
    }

    private RegisterTable table(RegisterTableKind kind, RawTable raw, List<RejectedRow> rejected, List<String> notices)
            throws RegisterException {
        if (raw.rows().isEmpty()) {
            return new RegisterTable(kind, raw.source(), java.util.Set.of(), List.of(), List.of());
        }
        RawTable.Row header = raw.rows().get(0);
        Map<Integer, RegisterColumn> columns = new LinkedHashMap<>();
        Map<Integer, String> attributes = new LinkedHashMap<>();
        Map<RegisterColumn, String> seen = new EnumMap<>(RegisterColumn.class);
        Map<String, String> seenAttributes = new TreeMap<>();
        String section = "columns." + kind.name();
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cells().get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Optional<RegisterColumn> column = cell.toLowerCase(Locale.ROOT).startsWith(ATTRIBUTE_PREFIX) ? Optional.empty()
                    : synonyms.keyOf(section, cell).map(RegisterColumn::valueOf);
            if (column.isPresent()) {
                String other = seen.putIfAbsent(column.get(), cell);
                if (other != null) {
                    throw new RegisterException(raw.source(), header.number(), "the columns \"" + other + "\" and \"" + cell
                            + "\" both give the " + column.get().header().toLowerCase(Locale.ROOT) + "; keep one");
                }
                columns.put(i, column.get());
            } else if (kind.hasAttributes()) {
                String key = cell.toLowerCase(Locale.ROOT).startsWith(ATTRIBUTE_PREFIX) ? cell.substring(ATTRIBUTE_PREFIX.length()).strip() : cell;
                if (key.isEmpty() || seenAttributes.putIfAbsent(key, cell) != null) {
                    throw new RegisterException(raw.source(), header.number(), "the column \"" + cell + "\" is there twice, or has no name after \"attribute:\"");
                }
                attributes.put(i, key);
            } else {
                notices.add(raw.source() + ":" + header.number() + ": the column \"" + cell + "\" is not used");
            }
        }
        for (RegisterColumn required : kind.required()) {
            if (!seen.containsKey(required)) {
                throw new RegisterException(raw.source(), header.number(), "no column for the " + required.header().toLowerCase(Locale.ROOT)
                        + " of each row; the header should have one of: " + String.join(", ", headers(section, required)));
            }
        }
        int width = header.cells().size();
        while (width > 0 && header.cells().get(width - 1).isBlank()) {
            width--;
        }
        List<RegisterRow> rows = new ArrayList<>();
        for (RawTable.Row r : raw.rows().subList(1, raw.rows().size())) {
            Optional<RejectedRow> problem = problem(raw.source(), r, width);
            if (problem.isPresent()) {
                rejected.add(problem.get());
            } else {
                rows.add(row(raw.source(), r, width, columns, attributes));
            }
        }
        return new RegisterTable(kind, raw.source(), java.util.Set.copyOf(columns.values()), List.copyOf(attributes.values()), rows);
    }

    private List<String> headers(String section, RegisterColumn column) {
        List<String> out = new ArrayList<>();
        for (String w : synonyms.words(section, column.name())) {
            out.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            if (out.size() == 6) {
                break;
            }
        }
        return out;
    }

    private static RegisterRow row(String source, RawTable.Row r, int width, Map<Integer, RegisterColumn> columns,
                                             Map<Integer, String> attributes) {
        Map<RegisterColumn, String> cells = new EnumMap<>(RegisterColumn.class);
        TreeMap<String, String> attrs = new TreeMap<>();
        for (int i = 0; i < Math.min(width, r.cells().size()); i++) {
            String v = CellGuard.unguard(r.cells().get(i).strip());
            if (columns.containsKey(i)) {
                cells.put(columns.get(i), v);
            } else if (attributes.containsKey(i) && !v.isEmpty()) {
                attrs.put(attributes.get(i), v);
            }
        }
        return new RegisterRow(source, r.number(), cells, attrs);
    }

    /** What makes a whole row unreadable: more cells than the header has columns, a live formula, an absurd cell. */
    private static Optional<RejectedRow> problem(String source, RawTable.Row r, int width) {
        for (int i = width; i < r.cells().size(); i++) {
            if (!r.cells().get(i).isBlank()) {
                return Optional.of(new RejectedRow(source, r.number(), "the row has " + lastFilled(r) + " cells but the header has "
                        + width + " columns; a comma or a column too many?"));
            }
        }
        for (String c : r.cells()) {
            String v = c.strip();
            if (CellGuard.isFormula(v)) {
                return Optional.of(new RejectedRow(source, r.number(), "the cell " + RegisterVocabulary.quote(v)
                        + " is a spreadsheet formula, which ICS Atlas does not run; write the value, or start the cell with an apostrophe"));
            }
            if (v.length() > RawTable.MAX_CELL) {
                return Optional.of(new RejectedRow(source, r.number(), "a cell is longer than " + RawTable.MAX_CELL + " characters"));
            }
        }
        return Optional.empty();
    }

    private static int lastFilled(RawTable.Row r) {
        int n = r.cells().size();
        while (n > 0 && r.cells().get(n - 1).isBlank()) {
            n--;
        }
        return n;
    }
}
