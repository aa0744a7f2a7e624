package org.icsatlas.io.register;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a CSV file's bytes as spreadsheets save them: UTF-8 with or without a byte order mark ("CSV UTF-8"), or
 * Windows-1252 ("CSV (Comma delimited)" from Excel on Windows). Anything else is refused: UTF-16, binary files,
 * and UTF-8 with broken bytes in it, each with the row of the first bad byte.
 */
final class TextDecoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text and the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] b, String source) throws RegisterException {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            throw new RegisterException(source, 1, "the file is UTF-16 text; save it as \"CSV UTF-8\" (or \"CSV (Comma delimited)\") and import that");
        }
        boolean bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        int start = bom ? 3 : 0;
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C) {
                throw new RegisterException(source, rowOf(b, i), String.format(
                        "the file holds a control byte 0x%02X, so it is not a text (CSV) file; export the sheet as CSV", c));
            }
        }
        ByteBuffer in = ByteBuffer.wrap(b, start, b.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in).toString();
            return new Decoded(text, bom ? "UTF-8 with BOM" : "UTF-8");
        } catch (CharacterCodingException e) {
            int bad = in.position();
            if (bom || hasUtf8Sequence(b, start)) {
                throw new RegisterException(source, rowOf(b, bad), String.format(
                        "the file is not valid UTF-8 (byte 0x%02X here, after UTF-8 text earlier); save it again as \"CSV UTF-8\"",
                        b[bad] & 0xFF));
            }
        }
        return new Decoded(windows1252(b, source), "Windows-1252");
    }

    private static String windows1252(byte[] b, String source) throws RegisterException {
        ByteBuffer in = ByteBuffer.wrap(b);
        try {
            CharBuffer chars = WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
            return chars.toString();
        } catch (CharacterCodingException e) {
            int bad = in.position();
            throw new RegisterException(source, rowOf(b, bad), String.format(
                    "the file is neither UTF-8 nor Windows-1252 text (byte 0x%02X here); save it as \"CSV UTF-8\"", b[bad] & 0xFF));
        }
    }

    /** Whether the bytes hold at least one well-formed multi-byte UTF-8 character: then they were meant as UTF-8. */
    private static boolean hasUtf8Sequence(byte[] b, int start) {
        for (int i = start; i < b.length; i++) {
            int c = b[i] & 0xFF;
            int extra = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : 0;
            if (extra == 0 || i + extra >= b.length) {
                continue;
            }
            boolean ok = true;
            for (int k = 1; ok && k <= extra; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** The 1-based line of byte {@code offset}. */
    static int rowOf(byte[] b, int offset) {
        int row = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                row++;
            }
        }
        return row;
    }
}
