package org.icsatlas.io;

/** A 1-based line and column in a text file, kept with every value read so errors can point at it. */
record TextLocation(int line, int column) {
    static final TextLocation START = new TextLocation(1, 1);

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
