package org.icsatlas.render.export;

/** An export that could not be written (the picture too large for its format, a writer failing), in plain English. */
public class RenderException extends Exception {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
