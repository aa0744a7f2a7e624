package org.icsatlas.io.register;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file into a {@link RawTable} with Apache Commons CSV: RFC 4180 quoting, the delimiter (comma,
 * semicolon or tab) taken from the header line, UTF-8 or Windows-1252 ({@link TextDecoding}). Files over
 * {@link RawTable#MAX_BYTES} and tables over {@link RawTable#MAX_ROWS} rows are refused without reading them whole.
 */
final class CsvTableReader {
    private CsvTableReader() {
    }

    static RawTable read(Path file, String source) throws RegisterException {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > RawTable.MAX_BYTES) {
                throw RawTable.tooLarge(source, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) RawTable.MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new RegisterException(source, 0, "no such file", e);
        } catch (IOException e) {
            throw new RegisterException(source, 0, "cannot read the file: " + e.getMessage(), e);
        }
        if (bytes.length > RawTable.MAX_BYTES) {
            throw RawTable.tooLarge(source, bytes.length);
        }
        return parse(TextDecoding.decode(bytes, source).text(), source, stem(file));
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static RawTable parse(String text, String source, String name) throws RegisterException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        List<RawTable.Row> rows = new ArrayList<>();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                    throw new RegisterException(source, number + 1, "the CSV is malformed here: " + reason(e), e);
                }
                number = (int) record.getRecordNumber();
                if (number > RawTable.MAX_ROWS) {
                    throw RawTable.tooManyRows(source, number);
                }
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new RawTable.Row(number, cells));
                }
            }
        } catch (IOException e) {
            throw new RegisterException(source, number + 1, "the CSV cannot be read: " + e.getMessage(), e);
        }
        return new RawTable(source, name, rows);
    }

    private static String reason(RuntimeException e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        // Commons CSV says "EOF reached before encapsulated token finished" for a quote never closed.
        return m.contains("encapsulated token") ? "a quoted cell is never closed (a \" missing?)" : m;
    }

    /** The most frequent of comma, semicolon and tab on the first line, outside quotes; comma when none. */
    static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
