package org.icsatlas.io.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads every sheet of an {@code .xlsx} workbook into {@link RawTable}s with Apache POI's streaming (SAX) reader,
 * so a huge sheet is stopped at {@link RawTable#MAX_ROWS} instead of being loaded whole. Formulas are never
 * evaluated: a formula cell gives the value Excel last saved for it. Only this class and the workbook writer touch
 * POI, so the application loads it only when a workbook is used.
 */
final class XlsxTableReader {
    /** A zip entry inflated beyond this (a "zip bomb") is refused by POI before it fills memory. */
    private static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxTableReader() {
    }

    static List<RawTable> read(Path file, String source) throws RegisterException {
        try {
            long size = Files.size(file);
            if (size > RawTable.MAX_BYTES) {
                throw RawTable.tooLarge(source, size);
            }
        } catch (NoSuchFileException e) {
            throw new RegisterException(source, 0, "no such file", e);
        } catch (IOException e) {
            throw new RegisterException(source, 0, "cannot read the file: " + e.getMessage(), e);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return sheets(pkg, source);
        } catch (RegisterException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new RegisterException(source, 0, "this is an old Excel 97-2003 (.xls) workbook; save it as .xlsx, or as CSV, and import that", e);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI reports a damaged or disguised file in many ways; to the user each is the same fact.
            throw new RegisterException(source, 0, "cannot be read as an Excel .xlsx workbook (" + describe(e) + ")", e);
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    private static List<RawTable> sheets(OPCPackage pkg, String source)
            throws IOException, OpenXML4JException, SAXException, RegisterException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        var styles = reader.getStylesTable();
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        List<RawTable> tables = new ArrayList<>();
        while (it.hasNext()) {
            try (InputStream sheet = it.next()) {
                String name = it.getSheetName();
                String sheetSource = source + "[" + name + "]";
                Collector rows = new Collector(sheetSource);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new DataFormatter(), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (TooManyRows e) {
                    throw RawTable.tooManyRows(sheetSource, e.row);
                }
                tables.add(new RawTable(sheetSource, name, rows.rows));
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IOException(e);
            }
        }
        return tables;
    }

    /** Stops the SAX parse of a sheet that has too many rows. */
    private static final class TooManyRows extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int row;

        TooManyRows(int row) {
            super(null, null, false, false);
            this.row = row;
        }
    }

    /** Gathers a sheet's non-blank rows; POI skips empty cells, so each cell goes to the column its reference names. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<RawTable.Row> rows = new ArrayList<>();
        private final String source;
        private List<String> cells;
        private int count;

        Collector(String source) {
            this.source = source;
        }

        @Override
        public void startRow(int rowNum) {
            if (++count > RawTable.MAX_ROWS || rowNum >= RawTable.MAX_ROWS) {
                throw new TooManyRows(rowNum + 1);
            }
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(new RawTable.Row(rowNum + 1, List.copyOf(cells)));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column > 16_384) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (cells.size() == column) {
                cells.add(value == null ? "" : value);
            } else {
                cells.set(column, value == null ? "" : value);
            }
        }

        @Override
        public void headerFooter(String text, boolean isHeader, String tagName) {
        }

        @Override
        public String toString() {
            return source;
        }
    }
}
