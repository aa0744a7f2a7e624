package org.icsatlas.render.export;

/**
 * The title block of a page: title, subtitle, date, version, author, status and source. Empty strings are left
 * out; a null status prints none.
 */
public record TitleBlock(String title, String subtitle, String date, String version, String author,
                         ApprovalStatus status, String source) {
    public TitleBlock {
        title = clean(title);
        subtitle = clean(subtitle);
        date = clean(date);
        version = clean(version);
        author = clean(author);
        source = clean(source);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public static TitleBlock titled(String title) {
        return new TitleBlock(title, "", "", "", "", null, "");
    }

    public TitleBlock withTitle(String t) {
        return new TitleBlock(t, subtitle, date, version, author, status, source);
    }

    public TitleBlock withSubtitle(String s) {
        return new TitleBlock(title, s, date, version, author, status, source);
    }
}
