package org.icsatlas.io.xml;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.icsatlas.io.ImportException;

/**
 * The one place where ICS Atlas creates XML parsers, hardened against hostile files: no DOCTYPE at all (so no
 * external entities, no external DTDs and no entity expansion such as "billion laughs"), no network or file access
 * from inside a document, at most {@value #MAX_MEGABYTES} MB of input and at most {@value #MAX_DEPTH} nested
 * elements. The JDK's defaults (which JGraphT's GraphML importer uses) resolve external entities: never parse XML
 * any other way.
 */
public final class SafeXml {
    /** Largest input read, in megabytes. */
    public static final int MAX_MEGABYTES = 100;
    static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;
    /** Deepest element nesting read; GraphML from any real tool stays far below it. */
    public static final int MAX_DEPTH = 10_000;

    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private SafeXml() {
    }

    /**
     * Opens a streaming reader over {@code in} that refuses a DOCTYPE, input over the size limit and nesting over
     * the depth limit; its problems come out as {@link ImportException}s naming {@code source}, line and column.
     */
    public static SafeXmlReader open(InputStream in, String source) throws ImportException {
        try {
            BufferedInputStream limited = new BufferedInputStream(new SizeLimit(in, MAX_BYTES));
            XMLInputFactory factory = inputFactory();
            if (declaresUtf8(limited)) {
                StrictUtf8Reader utf8 = new StrictUtf8Reader(limited);
                return new SafeXmlReader(factory.createXMLStreamReader(utf8), utf8, source);
            }
            return new SafeXmlReader(factory.createXMLStreamReader(limited), null, source);
        } catch (XMLStreamException e) {
            throw SafeXmlReader.explain(e, source);
        }
    }

    /**
     * Whether the input is UTF-8 by its start: no UTF-16 byte order mark and no XML declaration naming another
     * encoding. UTF-8 input is decoded here, strictly; anything else is left to the parser.
     */
    private static boolean declaresUtf8(BufferedInputStream in) throws XMLStreamException {
        try {
            in.mark(256);
            byte[] head = in.readNBytes(200);
            in.reset();
            if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
                return false;
            }
            Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            return !m.find() || m.group(1).equalsIgnoreCase("UTF-8") || m.group(1).equalsIgnoreCase("UTF8");
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the file: " + e.getMessage(), e);
        }
    }

    /** A StAX factory with DTDs and external entities off and no external access. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // Problems become ImportExceptions; nothing is printed to the console behind the caller's back.
        f.setXMLReporter((message, type, info, location) -> { });
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resources are not read (" + systemId + ")");
        });
        return f;
    }

    /** A DOM factory for any code that needs a tree: DOCTYPE refused, no external entities, secure processing on. */
    public static DocumentBuilderFactory documentBuilderFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be hardened: " + e.getMessage(), e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f;
    }

    /** Thrown (inside the parser) when the input grows past the limit; the reader turns it into a plain message. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the file is larger than " + MAX_MEGABYTES + " MB");
        }
    }

    /** Counts the bytes read and stops at the limit, so an endless or enormous stream is never read whole. */
    private static final class SizeLimit extends FilterInputStream {
        private final long limit;
        private long count;

        SizeLimit(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }
}
