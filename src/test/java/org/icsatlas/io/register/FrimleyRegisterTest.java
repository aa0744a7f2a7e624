package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Frimley test register, a real ICS nobody had modelled, as a CSV folder and as the workbook a governance team
 * would keep (built here from the same rows, sheets named as people name them): both import to the same model with
 * the same three refused rows.
 */
class FrimleyRegisterTest {
    @TempDir
    Path dir;

    static Path folder() throws Exception {
        return Path.of(FrimleyRegisterTest.class.getResource("/org/icsatlas/io/register/frimley").toURI());
    }

    /** The three CSV files as one workbook, sheets "Committees", "Partners" and "Membership". */
    static Path workbook(Path into) throws Exception {
        Path book = into.resolve("Frimley register.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            String[][] sheets = {{"bodies.csv", "Committees"}, {"organisations.csv", "Partners"}, {"memberships.csv", "Membership"}};
            for (String[] s : sheets) {
                Sheet sheet = wb.createSheet(s[1]);
                try (CSVParser p = CSVParser.parse(Files.readString(folder().resolve(s[0])), CSVFormat.RFC4180)) {
                    int i = 0;
                    for (CSVRecord rec : p) {
                        Row row = sheet.createRow(i++);
                        for (int j = 0; j < rec.size(); j++) {
                            row.createCell(j).setCellValue(rec.get(j));
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(book)) {
                wb.write(out);
            }
        }
        return book;
    }

    private static ImportPlan plan(Path source) throws Exception {
        return new ImportPlanner().plan(new IcsModel(), new RegisterReader().read(RegisterSource.of(source)));
    }

    @Test
    void theCsvFolderImportsFrimleyWithItsThreeBadRowsListed() throws Exception {
        ImportPlan plan = plan(folder());
        assertEquals(List.of("bodies.csv:7", "bodies.csv:20", "memberships.csv:80"),
                plan.rejected().stream().map(r -> r.source() + ":" + r.row()).toList());
        IcsModel m = plan.result();
        assertEquals(List.of("slough", "windsor-and-maidenhead", "bracknell-forest", "surrey-heath", "north-east-hampshire-and-farnham"),
                m.childFootprints(ElementId.of("frimley")).stream().map(ElementId::value).toList());
        assertEquals(44, m.elementCount());
        assertEquals("ics-facts §1.4 [S53c]", m.element(ElementId.of("frimley-integrated-care-partnership")).orElseThrow().attributes().get("Source"));
    }

    @Test
    void theWorkbookImportsToTheSameModelWithTheSameRowNumbers() throws Exception {
        ImportPlan csv = plan(folder());
        ImportPlan xlsx = plan(workbook(dir));
        assertEquals(List.of("Frimley register.xlsx[Committees]:7", "Frimley register.xlsx[Committees]:20", "Frimley register.xlsx[Membership]:80"),
                xlsx.rejected().stream().map(r -> r.source() + ":" + r.row()).toList());
        assertEquals(csv.rejected().stream().map(RejectedRow::reason).toList(), xlsx.rejected().stream().map(RejectedRow::reason).toList());
        ModelContent.assertSameContent(csv.result(), xlsx.result());
    }
}
