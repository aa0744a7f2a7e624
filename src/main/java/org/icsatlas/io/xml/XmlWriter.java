package org.icsatlas.io.xml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.icsatlas.io.ExportException;

/**
 * Writes indented UTF-8 XML that reads back to exactly the text that was written: line breaks, tabs and carriage
 * returns in attributes and text are written as character references (a parser would otherwise normalise them).
 * A character XML 1.0 cannot carry at all (most control characters) is refused rather than silently dropped.
 */
public final class XmlWriter {
    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    public XmlWriter(OutputStream stream) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
    }

    /** Opens an element with attributes given as name, value pairs (a null value leaves the attribute out). */
    public XmlWriter start(String name, String... attributes) throws IOException, ExportException {
        closeStartTag();
        indent();
        out.write('<');
        out.write(name);
        attributes(attributes);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** Writes an element with no content. */
    public XmlWriter empty(String name, String... attributes) throws IOException, ExportException {
        closeStartTag();
        indent();
        out.write('<');
        out.write(name);
        attributes(attributes);
        out.write("/>\n");
        return this;
    }

    /** Writes an element holding only {@code text} (empty text gives an empty element). */
    public XmlWriter textElement(String name, String text, String... attributes) throws IOException, ExportException {
        closeStartTag();
        indent();
        out.write('<');
        out.write(name);
        attributes(attributes);
        out.write('>');
        escape(text, false);
        out.write("</");
        out.write(name);
        out.write(">\n");
        return this;
    }

    public XmlWriter comment(String text) throws IOException {
        closeStartTag();
        indent();
        out.write("<!--" + text.replace("--", "- -") + "-->\n");
        return this;
    }

    public XmlWriter end() throws IOException {
        String name = open.pop();
        if (startTagOpen) {
            out.write("/>\n");
            startTagOpen = false;
            return this;
        }
        indent();
        out.write("</");
        out.write(name);
        out.write(">\n");
        return this;
    }

    /** Closes every open element and flushes (the stream stays open). */
    public void finish() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        out.flush();
    }

    private void closeStartTag() throws IOException {
        if (startTagOpen) {
            out.write(">\n");
            startTagOpen = false;
        }
    }

    private void indent() throws IOException {
        for (int i = 0; i < open.size(); i++) {
            out.write("  ");
        }
    }

    private void attributes(String[] pairs) throws IOException, ExportException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                continue;
            }
            out.write(' ');
            out.write(pairs[i]);
            out.write("=\"");
            escape(pairs[i + 1], true);
            out.write('"');
        }
    }

    private void escape(String s, boolean attribute) throws IOException, ExportException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write(attribute ? "&quot;" : "\"");
                case '\r' -> out.write("&#13;");
                case '\n' -> out.write(attribute ? "&#10;" : "\n");
                case '\t' -> out.write(attribute ? "&#9;" : "\t");
                default -> {
                    if (!allowed(s, i)) {
                        throw new ExportException(String.format("the text %s contains the character U+%04X, which XML"
                                + " cannot hold; remove it and export again", shorten(s), (int) c));
                    }
                    out.write(c);
                }
            }
        }
    }

    /** XML 1.0's Char production: tab, line feed, carriage return, U+0020-U+D7FF, U+E000-U+FFFD and paired surrogates. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String shorten(String s) {
        String printable = s.replaceAll("\\p{Cntrl}", "?");
        return "\"" + (printable.length() <= 40 ? printable : printable.substring(0, 37) + "...") + "\"";
    }
}
