package org.icsatlas.io.register;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ModelExporter;
import org.icsatlas.model.IcsModel;

/**
 * Writes one register table as CSV: UTF-8 with a byte order mark (so Excel reads the accents right), RFC 4180
 * quoting, every cell guarded against formula injection by {@link CellGuard}. As a {@link ModelExporter}, writing to
 * a file is atomic.
 */
final class CsvTableWriter implements ModelExporter {
    private final java.util.function.Function<IcsModel, List<List<String>>> table;

    CsvTableWriter(java.util.function.Function<IcsModel, List<List<String>>> table) {
        this.table = table;
    }

    @Override
    public void exportModel(IcsModel model, OutputStream out) throws ExportException {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
            for (List<String> row : table.apply(model)) {
                printer.printRecord(row.stream().map(CellGuard::neutralise).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new ExportException("cannot write the CSV: " + e.getMessage(), e);
        }
    }
}
