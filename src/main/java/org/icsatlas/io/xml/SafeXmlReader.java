package org.icsatlas.io.xml;

import java.io.CharConversionException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.icsatlas.io.ImportException;

/**
 * A streaming XML cursor made by {@link SafeXml#open}: {@link XMLStreamReader} with the hostile-input checks applied
 * on every step and every parser failure turned into an {@link ImportException} at {@code file:line:column}.
 */
public final class SafeXmlReader implements AutoCloseable {
    private final XMLStreamReader reader;
    private final StrictUtf8Reader utf8;
    private final String source;
    private int depth;

    SafeXmlReader(XMLStreamReader reader, StrictUtf8Reader utf8, String source) {
        this.reader = reader;
        this.utf8 = utf8;
        this.source = source;
    }

    /** Moves to the next event ({@link XMLStreamConstants}); refuses a DOCTYPE, an entity reference and too deep nesting. */
    public int next() throws ImportException {
        int event;
        try {
            event = reader.next();
        } catch (XMLStreamException e) {
            throw invalidUtf8().orElseGet(() -> explain(e, source));
        } catch (RuntimeException e) {
            throw invalidUtf8().orElseGet(() -> fail("the file cannot be read as XML (" + e.getMessage() + ")"));
        }
        switch (event) {
            case XMLStreamConstants.END_DOCUMENT -> {
                // The input stops at a byte that is not UTF-8: what came before may look complete, but it is not the file.
                if (invalidUtf8().isPresent()) {
                    throw invalidUtf8().get();
                }
            }
            case XMLStreamConstants.DTD -> throw fail("the file has a DOCTYPE declaration; for safety GraphML files with a"
                    + " DOCTYPE (which can define entities or load external DTDs) are not read");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw fail("the file uses the entity &" + reader.getLocalName()
                    + "; entities are not read, for safety");
            case XMLStreamConstants.START_ELEMENT -> {
                depth++;
                if (depth > SafeXml.MAX_DEPTH) {
                    throw fail("elements are nested more than " + SafeXml.MAX_DEPTH + " deep; no real graph file is, so it is not read");
                }
            }
            case XMLStreamConstants.END_ELEMENT -> depth--;
            default -> { }
        }
        return event;
    }

    /** Moves to the next start or end element, skipping text, comments and processing instructions; END_DOCUMENT at the end. */
    public int nextTag() throws ImportException {
        int event;
        do {
            event = next();
        } while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT
                && event != XMLStreamConstants.END_DOCUMENT);
        return event;
    }

    /** The local name (no prefix) of the current element. */
    public String localName() {
        return reader.getLocalName();
    }

    /** The namespace URI of the current element, or "" when it has none. */
    public String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** The value of the current element's attribute with this local name (any namespace), or null. */
    public String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The text of the current text event. */
    public String text() {
        return reader.getText();
    }

    /** Whether the current event is character data (text or CDATA, whitespace included). */
    public boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE;
    }

    /** From a start element, reads to its end element; returns the text directly inside it (child elements skipped). */
    public String ownText() throws ImportException {
        StringBuilder b = new StringBuilder();
        int level = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (level == 0) {
                    return b.toString();
                }
                level--;
            } else if (level == 0 && isText(event)) {
                b.append(reader.getText());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("the file ends in the middle of an element");
            }
        }
    }

    /** From a start element, skips everything up to and including its end element. */
    public void skipElement() throws ImportException {
        int level = 0;
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                level++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (level == 0) {
                    return;
                }
                level--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw fail("the file ends in the middle of an element");
            }
        }
    }

    public int line() {
        Location l = reader.getLocation();
        return l == null ? 0 : Math.max(l.getLineNumber(), 0);
    }

    public int column() {
        Location l = reader.getLocation();
        return l == null ? 0 : Math.max(l.getColumnNumber(), 0);
    }

    /** An error at the current position. */
    public ImportException fail(String detail) {
        return new ImportException(source, line(), column(), detail);
    }

    public String source() {
        return source;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // Nothing is left to read; a failure to release the parser cannot lose anything.
        }
    }

    private Optional<ImportException> invalidUtf8() {
        if (utf8 == null || utf8.failure() == null) {
            return Optional.empty();
        }
        StrictUtf8Reader.InvalidUtf8 bad = utf8.failure();
        return Optional.of(new ImportException(source, bad.line, bad.column, "the file is not valid UTF-8 text ("
                + bad.getMessage() + " here); save it as UTF-8", bad));
    }

    /** A parser failure in the user's terms: too large, not UTF-8, or the parser's own message, at its place. */
    static ImportException explain(XMLStreamException e, String source) {
        Location at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
        Throwable t = e;
        for (int hops = 0; t != null && hops < 10; hops++, t = t.getCause() != null ? t.getCause() : nested(t)) {
            if (t instanceof SafeXml.TooLarge) {
                return new ImportException(source, 0, 0, "the file is larger than " + SafeXml.MAX_MEGABYTES
                        + " MB; that is far more than any ICS model, so it is not read", e);
            }
            if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
                return new ImportException(source, line, column, "the file is not valid UTF-8 text (" + t.getMessage()
                        + "); save it as UTF-8", e);
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int m = message.indexOf("Message: ");
        if (m >= 0) {
            message = message.substring(m + "Message: ".length());
        }
        return new ImportException(source, line, column, "not well-formed XML: " + message.strip(), e);
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x && x.getNestedException() != x ? x.getNestedException() : null;
    }
}
