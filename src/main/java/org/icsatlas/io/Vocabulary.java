package org.icsatlas.io;

import java.util.List;
import java.util.Locale;

/**
 * Explains a word that is not in a closed list (an unknown field, level or kind): suggests the nearest allowed
 * word when one is close enough to be a typo, and always lists the allowed words. Its typo measure
 * ({@link #distance}, {@link #tolerance}) is the one every reader of files uses, registers included.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** E.g. {@code unknown level "PALCE"; did you mean "PLACE"? Allowed: REGION, SYSTEM, PLACE, NEIGHBOURHOOD}. */
    static String unknown(String what, String word, List<String> allowed) {
        return unknown(what, word, "", allowed);
    }

    /** As {@link #unknown(String, String, List)}, saying where the word stood: {@code unknown field "x" in a view; ...}. */
    static String unknown(String what, String word, String where, List<String> allowed) {
        String nearest = nearest(word, allowed);
        return "unknown " + what + " " + quote(word) + (where.isEmpty() ? "" : " in " + where)
                + (nearest == null ? ". " : "; did you mean " + quote(nearest) + "? ")
                + "Allowed: " + String.join(", ", allowed);
    }

    /** A word from the file in double quotes, shortened so that absurd input cannot flood a message. */
    static String quote(String word) {
        return "\"" + (word.length() <= 60 ? word : word.substring(0, 57) + "...") + "\"";
    }

    /** The allowed word closest to {@code word}, ignoring case, or null when none is a plausible typo of it. */
    static String nearest(String word, List<String> allowed) {
        if (word.length() > 100) {
            return null;
        }
        String w = word.toUpperCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance(w, a.toUpperCase(Locale.ROOT));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return bestDistance <= tolerance(w) ? best : null;
    }

    /** The most edits a word of this length may be from an allowed one and still read as a typo of it: 1 to 3. */
    public static int tolerance(String word) {
        return Math.max(1, Math.min(3, word.length() / 3));
    }

    /**
     * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment), since
     * swaps are the commonest typo ("PALCE"). The words compared here are short, so the quadratic table is fine.
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
