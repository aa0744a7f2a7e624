package org.icsatlas.io.register;

/** What is wrong with one cell or row; the reader and planner turn it into a {@link RejectedRow}. */
final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
        super(message, null, false, false);
    }
}
