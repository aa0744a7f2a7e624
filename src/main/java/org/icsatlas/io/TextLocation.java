package org.icsatlas.io;

/**
 * A 1-based line and column in a text file, kept with every value read so errors can point at it. The parsed tree
 * keeps each as one packed {@code long} ({@link #pack}) and makes the record only when a check asks where a value
 * stands: a 200,000-element file has millions of values, and nearly all of them are never reported.
 */
record TextLocation(int line, int column) {
    static final TextLocation START = new TextLocation(1, 1);

    /** The line and column as one number. */
    static long pack(int line, int column) {
        return (long) line << 32 | (column & 0xFFFFFFFFL);
    }

    static TextLocation unpack(long packed) {
        return new TextLocation((int) (packed >>> 32), (int) packed);
    }

    long packed() {
        return pack(line, column);
    }

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
