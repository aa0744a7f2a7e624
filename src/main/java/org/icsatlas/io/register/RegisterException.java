package org.icsatlas.io.register;

import org.icsatlas.io.ImportException;

/**
 * A register that cannot be read at all (a missing file, an encoding that is not UTF-8 or Windows-1252, a table
 * too large, a header missing a required column). Its message reads {@code file:row: message}, rows numbered as a
 * spreadsheet numbers them (the header is row 1); nothing is imported.
 */
public final class RegisterException extends ImportException {
    private static final long serialVersionUID = 1L;

    public RegisterException(String source, int row, String detail) {
        super(source, row, 0, detail);
    }

    public RegisterException(String source, int row, String detail, Throwable cause) {
        super(source, row, 0, detail, cause);
    }

    /** Spreadsheet rows have no column worth naming: {@code bodies.csv:12: message}, or {@code file: message}. */
    @Override
    public String getMessage() {
        return line() > 0 ? source() + ":" + line() + ": " + detail() : source() + ": " + detail();
    }
}
