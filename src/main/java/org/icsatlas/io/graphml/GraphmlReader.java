package org.icsatlas.io.graphml;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.InputStream;
import org.icsatlas.io.ImportException;
import org.icsatlas.io.xml.SafeXml;
import org.icsatlas.io.xml.SafeXmlReader;

/**
 * Reads a GraphML file into a {@link GraphmlDocument} with one pass of the safe streaming reader, keeping the nesting
 * of graphs in nodes (JGraphT's importer flattens it). Elements GraphML allows but ICS Atlas has no use for (ports,
 * hyperedges, descriptions, yEd's resources) are skipped; anything that is not GraphML at all is refused.
 */
final class GraphmlReader {
    private final SafeXmlReader xml;
    private final GraphmlDocument doc = new GraphmlDocument();

    private GraphmlReader(SafeXmlReader xml) {
        this.xml = xml;
    }

    static GraphmlDocument read(InputStream in, String source) throws ImportException {
        try (SafeXmlReader xml = SafeXml.open(in, source)) {
            return new GraphmlReader(xml).document();
        }
    }

    private GraphmlDocument document() throws ImportException {
        int event = xml.nextTag();
        if (event != START_ELEMENT) {
            throw xml.fail("the file is empty: a GraphML file starts with <graphml>");
        }
        if (!xml.localName().equals("graphml")) {
            throw xml.fail("this is not a GraphML file: it starts with <" + xml.localName() + ">, not <graphml>");
        }
        boolean sawGraph = false;
        while ((event = xml.nextTag()) == START_ELEMENT) {
            switch (xml.localName()) {
                case "key" -> key();
                case "graph" -> {
                    if (sawGraph) {
                        throw xml.fail("the file holds more than one top-level <graph>; ICS Atlas reads one graph per file");
                    }
                    sawGraph = true;
                    doc.graphLine = xml.line();
                    doc.graphColumn = xml.column();
                    graph(null);
                }
                default -> xml.skipElement();
            }
        }
        if (xml.nextTag() != END_DOCUMENT) {
            throw xml.fail("there is more after </graphml>");
        }
        if (!sawGraph) {
            throw xml.fail("the file has no <graph>");
        }
        return doc;
    }

    private void key() throws ImportException {
        String id = required("id", "a <key>");
        String domain = xml.attribute("for");
        String name = xml.attribute("attr.name");
        String yfiles = xml.attribute("yfiles.type");
        String defaultValue = null;
        while (xml.nextTag() == START_ELEMENT) {
            if (xml.localName().equals("default")) {
                defaultValue = xml.ownText();
            } else {
                xml.skipElement();
            }
        }
        doc.keys.put(id, new GraphmlDocument.Key(id, domain, name, yfiles, defaultValue));
    }

    /** Reads a {@code <graph>} up to its end; {@code owner} is the group node it sits in, null for the top level. */
    private void graph(GraphmlDocument.Node owner) throws ImportException {
        while (xml.nextTag() == START_ELEMENT) {
            switch (xml.localName()) {
                case "node" -> node(owner);
                case "edge" -> edge();
                case "data" -> {
                    String key = xml.attribute("key");
                    String value = xml.ownText();
                    if (owner == null && key != null) {
                        doc.graphData.put(key, value);
                    }
                }
                default -> xml.skipElement();
            }
        }
    }

    private void node(GraphmlDocument.Node owner) throws ImportException {
        int line = xml.line();
        int column = xml.column();
        String id = required("id", "a <node>");
        if (doc.nodesById.containsKey(id)) {
            GraphmlDocument.Node first = doc.nodesById.get(id);
            throw xml.fail("a second node with id \"" + id + "\" (the first is on line " + first.line + ")");
        }
        GraphmlDocument.Node node = new GraphmlDocument.Node(id, owner, line, column);
        String folder = xml.attribute("yfiles.foldertype");
        node.group = "group".equals(folder) || "folder".equals(folder);
        doc.nodes.add(node);
        doc.nodesById.put(id, node);
        while (xml.nextTag() == START_ELEMENT) {
            switch (xml.localName()) {
                case "data" -> {
                    String key = xml.attribute("key");
                    if (key != null && doc.isYfiles(key, "nodegraphics")) {
                        nodeGraphics(node);
                    } else if (key != null) {
                        node.data.put(key, xml.ownText());
                    } else {
                        xml.skipElement();
                    }
                }
                case "graph" -> {
                    node.nestedGraph = true;
                    node.group = true;
                    graph(node);
                }
                default -> xml.skipElement();
            }
        }
    }

    /** yEd's drawing of a node: whether it is a group, and the text of its first label (the open group's, for a group). */
    private void nodeGraphics(GraphmlDocument.Node node) throws ImportException {
        int level = 0;
        while (true) {
            int event = xml.next();
            if (event == START_ELEMENT) {
                String name = xml.localName();
                if (name.equals("ProxyAutoBoundsNode") || name.equals("GroupNode")) {
                    node.group = true;
                }
                if (name.equals("NodeLabel")) {
                    String text = xml.ownText();
                    if (node.yedLabel == null) {
                        node.yedLabel = text;
                    }
                } else {
                    level++;
                }
            } else if (event == END_ELEMENT) {
                if (level == 0) {
                    return;
                }
                level--;
            } else if (event == END_DOCUMENT) {
                throw xml.fail("the file ends in the middle of a node's graphics");
            }
        }
    }

    private void edge() throws ImportException {
        int line = xml.line();
        int column = xml.column();
        String source = required("source", "an <edge>");
        String target = required("target", "an <edge>");
        GraphmlDocument.Edge edge = new GraphmlDocument.Edge(xml.attribute("id"), source, target, line, column);
        doc.edges.add(edge);
        while (xml.nextTag() == START_ELEMENT) {
            String key = xml.localName().equals("data") ? xml.attribute("key") : null;
            if (key != null && !doc.isYfiles(key, "edgegraphics")) {
                edge.data.put(key, xml.ownText());
            } else {
                xml.skipElement();
            }
        }
    }

    private String required(String attribute, String what) throws ImportException {
        String v = xml.attribute(attribute);
        if (v == null || v.isBlank()) {
            throw xml.fail(what + " has no \"" + attribute + "\" attribute");
        }
        return v;
    }
}
