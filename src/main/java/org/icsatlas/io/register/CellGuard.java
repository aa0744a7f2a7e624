package org.icsatlas.io.register;

/**
 * Keeps spreadsheet programs from running a cell as a formula. On export, text starting with {@code = + - @}, a tab
 * or a carriage return gets a leading apostrophe (which Excel, LibreOffice and Google Sheets read as "this is
 * text"); on import, that one apostrophe is taken off again, so an exported register re-imports to the same text.
 */
public final class CellGuard {
    private CellGuard() {
    }

    private static boolean trigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Whether import would take a leading apostrophe off {@code v}. */
    private static boolean guarded(String v) {
        return v.length() >= 2 && v.charAt(0) == '\'' && (trigger(v.charAt(1)) || v.charAt(1) == '\'');
    }

    /** The text to write in a cell. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return trigger(value.charAt(0)) || guarded(value) ? "'" + value : value;
    }

    /** The text a cell holds once an exporter's guard apostrophe is taken off. */
    public static String unguard(String cell) {
        return guarded(cell) ? cell.substring(1) : cell;
    }

    /** Whether a cell read from a file looks like a live formula ({@code =HYPERLINK(...)}), which ICS Atlas never runs. */
    public static boolean isFormula(String cell) {
        if (cell.length() < 2) {
            return false;
        }
        char c = cell.charAt(0);
        // "+44 1276 …" and "- tbc" are text; "+cmd|' /C calc'!A0" and "@SUM(A1)" are formulas.
        return c == '=' || ((c == '+' || c == '-' || c == '@') && cell.matches("(?s).[^ ]*[(|!].*"));
    }
}
