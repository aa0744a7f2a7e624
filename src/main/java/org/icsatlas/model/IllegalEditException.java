package org.icsatlas.model;

/** Thrown when an edit would break the model's structure; the model is left exactly as it was. */
public class IllegalEditException extends RuntimeException {
    public IllegalEditException(String message) {
        super(message);
    }
}
