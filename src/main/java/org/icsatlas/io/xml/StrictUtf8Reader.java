package org.icsatlas.io.xml;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly for the XML parser: a byte that is not UTF-8 ends the input there and is kept, with its own
 * line and column, as {@link #failure()} for the caller to report. (The JDK's parser, given the bytes, reports a
 * place a buffer away; given a reader that throws, it prints to the console.) A leading byte order mark is skipped.
 */
final class StrictUtf8Reader extends Reader {
    /** The input is not UTF-8 at this place (1-based, as an editor counts). */
    static final class InvalidUtf8 extends CharConversionException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        InvalidUtf8(int line, int column, int value) {
            super(String.format("byte 0x%02X", value));
            this.line = line;
            this.column = column;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean eof;
    private boolean started;
    private int line = 1;
    private int column = 1;
    private InvalidUtf8 failure;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (failure != null) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(buffer, off, len);
        while (out.position() == off) {
            if (!bytes.hasRemaining() || bytes.remaining() < 4 && !eof) {
                fill();
            }
            if (!started) {
                started = true;
                if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB && (bytes.get(2) & 0xFF) == 0xBF) {
                    bytes.position(3);
                }
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            count(buffer, off, out.position());
            if (result.isError()) {
                failure = new InvalidUtf8(line, column, bytes.get(bytes.position()) & 0xFF);
                return out.position() > off ? out.position() - off : -1;
            }
            if (eof && !bytes.hasRemaining() && out.position() == off) {
                return -1;
            }
        }
        return out.position() - off;
    }

    /** The first byte that was not UTF-8, or null while all was. */
    InvalidUtf8 failure() {
        return failure;
    }

    private void count(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
