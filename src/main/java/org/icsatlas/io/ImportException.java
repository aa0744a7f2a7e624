package org.icsatlas.io;

/**
 * A file could not be read as a model. Carries the file name and the line and column of the offending token
 * (both 1-based; 0 when the problem has no place in the text, such as a missing file) and a plain-English
 * message. {@link #getMessage()} reads {@code file:line:column: message}, the form editors and CI logs link to.
 */
public class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String detail;

    public ImportException(String source, int line, int column, String detail) {
        this(source, line, column, detail, null);
    }

    public ImportException(String source, int line, int column, String detail, Throwable cause) {
        super(format(source, line, column, detail), cause);
        this.source = source;
        this.line = line;
        this.column = column;
        this.detail = detail;
    }

    static ImportException at(String source, TextLocation at, String detail) {
        return new ImportException(source, at.line(), at.column(), detail);
    }

    /** A problem with no place in the text: the file is missing or unreadable. */
    static ImportException unplaced(String source, String detail, Throwable cause) {
        return new ImportException(source, 0, 0, detail, cause);
    }

    /**
     * Why a file could not be read, in words and without the file name the caller already shows: "permission
     * denied", "is a directory", or the system's own reason.
     */
    public static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + m.substring(1);
    }

    private static String format(String source, int line, int column, String detail) {
        return line > 0 ? source + ":" + line + ":" + column + ": " + detail : source + ": " + detail;
    }

    /** The file name (or resource path, or stream name) as the caller gave it. */
    public String source() {
        return source;
    }

    /** 1-based line of the offending token, or 0 when the problem has no place in the text. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending token, or 0 when the problem has no place in the text. */
    public int column() {
        return column;
    }

    /** The plain-English message without the location prefix. */
    public String detail() {
        return detail;
    }
}
