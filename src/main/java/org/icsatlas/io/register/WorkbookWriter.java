package org.icsatlas.io.register;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ModelExporter;
import org.icsatlas.model.IcsModel;

/**
 * Writes a register as one {@code .xlsx} workbook with Apache POI: a sheet per table and a member × body matrix,
 * every cell plain text guarded by {@link CellGuard}, the header row bold and frozen. Atomic when written to a file.
 */
final class WorkbookWriter implements ModelExporter {
    static final String MATRIX_SHEET = "Matrix";

    @Override
    public void exportModel(IcsModel model, OutputStream out) throws ExportException {
        RegisterTables tables = new RegisterTables(model);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Map.Entry<RegisterTableKind, List<List<String>>> t : tables.all().entrySet()) {
                sheet(book, t.getKey().sheetName(), t.getValue(), bold);
            }
            sheet(book, MATRIX_SHEET, tables.matrix(), bold);
            book.write(out);
            out.flush();
        } catch (IOException e) {
            throw new ExportException("cannot write the workbook: " + e.getMessage(), e);
        }
    }

    private static void sheet(XSSFWorkbook book, String name, List<List<String>> rows, CellStyle bold) {
        Sheet sheet = book.createSheet(name);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i);
            List<String> cells = rows.get(i);
            for (int j = 0; j < cells.size(); j++) {
                var cell = row.createCell(j);
                cell.setCellValue(CellGuard.neutralise(cells.get(j)));
                if (i == 0) {
                    cell.setCellStyle(bold);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!rows.isEmpty()) {
            for (int j = 0; j < Math.min(rows.get(0).size(), 12); j++) {
                sheet.setColumnWidth(j, 24 * 256);
            }
        }
    }
}
