package org.icsatlas.io;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * What the native reader needs to know about text encodings: how to name UTF-16 text (Windows' "Unicode"), whether a
 * UTF-8 byte order mark leads the input, and a strict UTF-8 decoder that reports a byte which is not UTF-8 instead of
 * replacing it. {@link Utf8Reader} decodes with these while the file is read.
 */
final class Utf8Text {
    private Utf8Text() {
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

    static boolean hasByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
