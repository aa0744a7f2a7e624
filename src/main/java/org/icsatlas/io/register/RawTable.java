package org.icsatlas.io.register;

import java.util.List;

/**
 * One table as a file or sheet holds it, before its header is read: the rows that are not blank, each with its
 * spreadsheet row number. {@code source} names it in messages ({@code bodies.csv}, {@code frimley.xlsx[Bodies]}).
 */
record RawTable(String source, String name, List<Row> rows) {
    /** One row: its 1-based number as a spreadsheet shows it, and its cells (text, never null). */
    record Row(int number, List<String> cells) {
    }

    /** Rows a table may have; a register for one ICS has hundreds, England's has tens of thousands. */
    static final int MAX_ROWS = 200_000;
    /** A file larger than this is refused before it is read. */
    static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Excel's own limit for one cell. */
    static final int MAX_CELL = 32_767;

    static RegisterException tooManyRows(String source, int row) {
        return new RegisterException(source, row, String.format("more than %,d rows; a register of one ICS has hundreds, "
                + "so this is not read (split it, or check that it is the right file)", MAX_ROWS));
    }

    static RegisterException tooLarge(String source, long bytes) {
        return new RegisterException(source, 0, String.format("the file is %,d MB, larger than the %d MB a register may be; "
                + "it is not read", bytes >> 20, MAX_BYTES >> 20));
    }
}
