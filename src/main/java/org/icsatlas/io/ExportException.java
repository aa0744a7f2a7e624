package org.icsatlas.io;

/** A model could not be written; when writing to a file, the file is left as it was before the attempt. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
