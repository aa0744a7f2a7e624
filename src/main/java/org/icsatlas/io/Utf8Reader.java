package org.icsatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.Arrays;

/**
 * Decodes an input as UTF-8 text while it is read, strictly, so a file is never held whole in memory: a byte that
 * is not UTF-8 stops the reading with an error at its line and column, never a silent replacement character. A
 * leading byte order mark is skipped (columns match what an editor shows), UTF-16 text is named as such from its
 * first bytes, and input over the size limit is refused once that many bytes have come in. Refusals travel through
 * the JSON parser as a {@link Refusal}, which carries the {@link ImportException} to report.
 */
final class Utf8Reader extends Reader {
    /** The largest native file read: far more than any ICS model (all England is about 5 MB). */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    /** A refusal of the input itself (not UTF-8, too large), raised where the parser reads and reported as it is. */
    static final class Refusal extends IOException {
        private final ImportException refusal;

        Refusal(ImportException refusal) {
            super(refusal.getMessage(), refusal);
            this.refusal = refusal;
        }

        ImportException refusal() {
            return refusal;
        }
    }

    private final InputStream in;
    private final String source;
    private final long maxBytes;
    private final CharsetDecoder decoder = Utf8Text.decoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private long bytesRead;
    private boolean started;
    private boolean endOfInput;
    private boolean flushed;
    /** Where the next character handed out stands: for the message at an undecodable byte. */
    private int line = 1;
    private int column = 1;

    Utf8Reader(InputStream in, String source) {
        this(in, source, MAX_BYTES);
    }

    Utf8Reader(InputStream in, String source, long maxBytes) {
        this.in = in;
        this.source = source;
        this.maxBytes = maxBytes;
        bytes.flip();
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!started) {
            start();
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.position() == off) {
            if (flushed) {
                return -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                count(cbuf, off, out.position());
                throw new Refusal(ImportException.at(source, new TextLocation(line, column), String.format(
                        "the file is not valid UTF-8 text (byte 0x%02X here); save it as UTF-8", bytes.get(bytes.position()) & 0xFF)));
            }
            if (result.isOverflow()) {
                break;
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else {
                fill();
            }
        }
        count(cbuf, off, out.position());
        return out.position() == off ? -1 : out.position() - off;
    }

    /** Reads the opening bytes: names UTF-16 text, and skips a byte order mark. */
    private void start() throws IOException {
        started = true;
        fill();
        byte[] opening = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        String utf16 = Utf8Text.utf16(opening);
        if (utf16 != null) {
            throw new Refusal(ImportException.at(source, TextLocation.START, "the file is " + utf16 + " text, not UTF-8;"
                    + " save it as UTF-8 (in most editors: Save As, encoding UTF-8)"));
        }
        if (Utf8Text.hasByteOrderMark(opening)) {
            bytes.position(bytes.position() + 3);
        }
    }

    /** Tops up the byte buffer (at least 64 bytes at the start, unless the input is shorter), refusing input over the limit. */
    private void fill() throws IOException {
        bytes.compact();
        try {
            while (bytes.hasRemaining()) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                    break;
                }
                bytes.position(bytes.position() + n);
                bytesRead += n;
                if (bytesRead > maxBytes) {
                    throw new Refusal(ImportException.at(source, TextLocation.START, "the file is larger than " + (maxBytes >> 20)
                            + " MB; that is far more than any ICS model, so it is not read"));
                }
                if (bytes.position() >= 64) {
                    break;
                }
            }
        } finally {
            bytes.flip();
        }
    }

    private void count(char[] cbuf, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cbuf[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
