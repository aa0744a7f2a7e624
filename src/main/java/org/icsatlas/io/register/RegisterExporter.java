package org.icsatlas.io.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icsatlas.io.ExportException;
import org.icsatlas.model.IcsModel;

/**
 * Exports a model as a membership register: a folder of CSV files ({@code bodies.csv}, {@code organisations.csv},
 * {@code memberships.csv}, {@code relations.csv}, {@code footprints.csv} and the member × body {@code matrix.csv})
 * or one {@code .xlsx} workbook with the same sheets. The register re-imports to the same model.
 */
public final class RegisterExporter {
    /** The file name of the member × body matrix in an exported folder. */
    public static final String MATRIX_FILE = "matrix.csv";

    /** Writes to {@code out}: a workbook when it ends in {@code .xlsx}, else a folder (created if missing). Returns the files written. */
    public List<Path> export(IcsModel model, Path out) throws ExportException {
        if (out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            new WorkbookWriter().exportModel(model, out);
            return List.of(out);
        }
        return exportFolder(model, out);
    }

    public List<Path> exportFolder(IcsModel model, Path folder) throws ExportException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        List<Path> written = new ArrayList<>();
        for (RegisterTableKind kind : RegisterTableKind.values()) {
            Path file = folder.resolve(kind.fileStem() + ".csv");
            new CsvTableWriter(m -> new RegisterTables(m).all().get(kind)).exportModel(model, file);
            written.add(file);
        }
        Path matrix = folder.resolve(MATRIX_FILE);
        new CsvTableWriter(m -> new RegisterTables(m).matrix()).exportModel(model, matrix);
        written.add(matrix);
        return written;
    }
}
