package org.icsatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a whole input as UTF-8 text, strictly: a byte that is not UTF-8 is an error at its line and column, never
 * a silent replacement character. A leading byte order mark (some Windows editors add one) is skipped, so columns
 * match what an editor shows. UTF-16 text is named as such. Input over {@value #MAX_BYTES} bytes is refused before it
 * is decoded.
 */
final class Utf8Text {
    static final int MAX_BYTES = 64 * 1024 * 1024;

    private Utf8Text() {
    }

    static String read(InputStream in, String source) throws ImportException {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw ImportException.unplaced(source, "cannot read the file: " + e.getMessage(), e);
        }
        if (bytes.length > MAX_BYTES) {
            throw ImportException.at(source, TextLocation.START, "the file is larger than " + (MAX_BYTES >> 20)
                    + " MB; that is far more than any ICS model, so it is not read");
        }
        String utf16 = utf16(bytes);
        if (utf16 != null) {
            throw ImportException.at(source, TextLocation.START, "the file is " + utf16 + " text, not UTF-8;"
                    + " save it as UTF-8 (in most editors: Save As, encoding UTF-8)");
        }
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return decoder().decode(input).toString();
        } catch (CharacterCodingException e) {
            // The decoder stops with the buffer at the first byte it could not decode.
            throw ImportException.at(source, locationBefore(bytes, start, input.position()), String.format(
                    "the file is not valid UTF-8 text (byte 0x%02X here); save it as UTF-8", bytes[input.position()] & 0xFF));
        }
    }

    /**
     * Names UTF-16 text (Windows' "Unicode"): by its byte order mark, or, without one, by the zero byte beside each
     * character of the opening text, which a JSON file's ASCII punctuation and names give away. Null for anything else.
     */
    static String utf16(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return "UTF-16 (little-endian, with a byte order mark)";
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return "UTF-16 (big-endian, with a byte order mark)";
        }
        int pairs = Math.min(b.length / 2, 32);
        int zeroSecond = 0;
        int zeroFirst = 0;
        for (int i = 0; i < pairs; i++) {
            boolean first = b[2 * i] == 0;
            boolean second = b[2 * i + 1] == 0;
            if (second && !first) {
                zeroSecond++;
            } else if (first && !second) {
                zeroFirst++;
            }
        }
        if (pairs > 0 && zeroSecond * 4 >= pairs * 3) {
            return "UTF-16 (little-endian)";
        }
        if (pairs > 0 && zeroFirst * 4 >= pairs * 3) {
            return "UTF-16 (big-endian)";
        }
        return null;
    }

    private static boolean hasByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The line and column just after the valid text from {@code start} to {@code end}. */
    private static TextLocation locationBefore(byte[] bytes, int start, int end) {
        CharBuffer text = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, start, end - start));
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new TextLocation(line, column);
    }
}
