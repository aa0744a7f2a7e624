package org.icsatlas.io.graphml;

import static org.icsatlas.io.graphml.GraphmlNames.AS_OF;
import static org.icsatlas.io.graphml.GraphmlNames.DESCRIPTION;
import static org.icsatlas.io.graphml.GraphmlNames.FORMAT;
import static org.icsatlas.io.graphml.GraphmlNames.FORMAT_VALUE;
import static org.icsatlas.io.graphml.GraphmlNames.ID;
import static org.icsatlas.io.graphml.GraphmlNames.KIND;
import static org.icsatlas.io.graphml.GraphmlNames.LABEL;
import static org.icsatlas.io.graphml.GraphmlNames.LEVEL;
import static org.icsatlas.io.graphml.GraphmlNames.NOTE;
import static org.icsatlas.io.graphml.GraphmlNames.PARENT;
import static org.icsatlas.io.graphml.GraphmlNames.ROLE;
import static org.icsatlas.io.graphml.GraphmlNames.SCOPE;
import static org.icsatlas.io.graphml.GraphmlNames.TITLE;
import static org.icsatlas.io.graphml.GraphmlNames.TYPE;
import static org.icsatlas.io.graphml.GraphmlNames.VOTING;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ModelExporter;
import org.icsatlas.io.xml.XmlWriter;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.Status;
import org.icsatlas.model.Relation;

/**
 * Writes a model as GraphML, for yEd ({@link GraphmlFlavour#YED}: footprints as group nodes with nested graphs,
 * styled shapes at the positions of the layout, every edge in the top-level graph as yEd writes them) or for Gephi
 * and Cytoscape ({@link GraphmlFlavour#FLAT}: one flat graph, the parent footprint as node data). Both flavours carry
 * the project's own keys (id, name, type, kind, level, parent, title, note, placeholder, status and dates, every
 * attribute; kind, role, voting, scope, note, status and dates of relations; the declared kinds as graph data), so {@link GraphmlImporter} reads either back to the same model.
 */
public final class GraphmlExporter implements ModelExporter {
    private final GraphmlFlavour flavour;
    private final YedLook look;
    private final LayoutEngine engine;

    private GraphmlExporter(GraphmlFlavour flavour, YedLook look, LayoutEngine engine) {
        this.flavour = flavour;
        this.look = look;
        this.engine = engine;
    }

    /** The flat export for Gephi and Cytoscape. */
    public static GraphmlExporter flat() {
        return new GraphmlExporter(GraphmlFlavour.FLAT, null, null);
    }

    /** The yEd export, drawn with {@code look} at the positions of the standard layout. */
    public static GraphmlExporter yed(YedLook look) {
        return yed(look, LayoutEngine.standard());
    }

    public static GraphmlExporter yed(YedLook look, LayoutEngine engine) {
        return new GraphmlExporter(GraphmlFlavour.YED, Objects.requireNonNull(look), Objects.requireNonNull(engine));
    }

    public GraphmlFlavour flavour() {
        return flavour;
    }

    @Override
    public void exportModel(IcsModel model, OutputStream out) throws ExportException {
        try {
            XmlWriter xml = new XmlWriter(out);
            write(model, xml);
            xml.finish();
        } catch (IOException e) {
            throw new ExportException("cannot write the GraphML: " + e.getMessage(), e);
        }
    }

    private void write(IcsModel model, XmlWriter xml) throws IOException, ExportException {
        boolean yed = flavour == GraphmlFlavour.YED;
        if (yed) {
            xml.start("graphml", "xmlns", GraphmlNames.NAMESPACE_GRAPHML,
                    "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                    "xmlns:y", GraphmlNames.NAMESPACE_Y, "xmlns:yed", "http://www.yworks.com/xml/yed/3",
                    "xsi:schemaLocation", GraphmlNames.NAMESPACE_GRAPHML + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd");
        } else {
            xml.start("graphml", "xmlns", GraphmlNames.NAMESPACE_GRAPHML,
                    "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                    "xsi:schemaLocation", GraphmlNames.NAMESPACE_GRAPHML + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        }
        xml.comment("Written by ICS Atlas (" + (yed ? "for yEd" : "flat, for Gephi and Cytoscape") + ")");
        Map<String, String> attributeKeys = declareKeys(model, xml, yed);
        xml.start("graph", "id", "G", "edgedefault", "directed");
        data(xml, "g_format", FORMAT_VALUE);
        data(xml, "g_title", model.info().title());
        data(xml, "g_description", model.info().description());
        data(xml, "g_asOf", model.info().asOf());
        data(xml, "g_kinds", DeclaredKinds.write(model.kinds().declared()));
        NodeWriter nodes = new NodeWriter(xml, attributeKeys, yed ? new YedGraphics(xml, look, layout(model)) : null);
        if (yed) {
            nodes.writeNested(model);
        } else {
            nodes.writeFlat(model);
        }
        int edge = 0;
        for (Relation r : model.relations()) {
            String from = nodes.nodeIds.get(r.source());
            String to = nodes.nodeIds.get(r.target());
            xml.start("edge", "id", yed ? "e" + edge++ : r.id().value(), "source", from, "target", to);
            data(xml, "e_id", r.id().value());
            data(xml, "e_kind", r.kind().name());
            data(xml, "e_role", r.role() == null ? "" : r.role().name());
            data(xml, "e_voting", r.voting() == null ? "" : r.voting().toString());
            data(xml, "e_scope", r.scope() == null ? "" : r.scope());
            data(xml, "e_note", r.note());
            lifecycle(xml, "e_", r.lifecycle());
            data(xml, "e_label", EdgeLayout.labelText(r));
            if (yed) {
                nodes.graphics.edge(r);
            }
            xml.end();
        }
        xml.end();
        if (yed) {
            xml.start("data", "key", "d_res");
            xml.empty("y:Resources");
            xml.end();
        }
    }

    /** The layout yEd's geometry comes from: the first view's pins, with nothing collapsed or hidden. */
    private DiagramLayout layout(IcsModel model) {
        DiagramView first = model.views().isEmpty() ? DiagramView.whole("graphml-export", "GraphML export") : model.views().get(0);
        DiagramView everything = new DiagramView(first.id(), first.name(), null, null, null, null, first.pinned(), 1.0);
        return engine.layout(model, everything);
    }

    /** The graph's own keys: id, then attr.name (all strings). */
    private static final String[][] GRAPH_KEYS = {{"g_format", FORMAT}, {"g_title", TITLE}, {"g_description", DESCRIPTION},
            {"g_asOf", AS_OF}, {"g_kinds", GraphmlNames.KINDS}};
    /** A node's keys before the model's own attributes (n_placeholder, the one flag, is declared boolean). */
    private static final String[][] NODE_KEYS = {{"n_id", ID}, {"n_label", LABEL}, {"n_type", TYPE}, {"n_kind", KIND},
            {"n_level", LEVEL}, {"n_parent", PARENT}, {"n_title", TITLE}, {"n_note", NOTE}};
    /** An edge's keys: id, attr.name and, for the one flag, its type. */
    private static final String[][] EDGE_KEYS = {{"e_id", ID}, {"e_kind", KIND}, {"e_role", ROLE},
            {"e_voting", VOTING, "boolean"}, {"e_scope", SCOPE}, {"e_note", NOTE}, {"e_label", LABEL}};

    private static Map<String, String> declareKeys(IcsModel model, XmlWriter xml, boolean yed) throws IOException, ExportException {
        keys(xml, "graph", GRAPH_KEYS);
        keys(xml, "node", NODE_KEYS);
        lifecycleKeys(xml, "node", "n_");
        key(xml, "n_placeholder", "node", GraphmlNames.PLACEHOLDER, "boolean");
        TreeSet<String> names = new TreeSet<>();
        for (Element e : model.elements()) {
            names.addAll(e.attributes().keySet());
        }
        Map<String, String> ids = new LinkedHashMap<>();
        int i = 0;
        for (String name : names) {
            String id = "a" + i++;
            ids.put(name, id);
            key(xml, id, "node", GraphmlNames.attributeKey(name), "string");
        }
        keys(xml, "edge", EDGE_KEYS);
        lifecycleKeys(xml, "edge", "e_");
        if (yed) {
            xml.empty("key", "for", "node", "id", "d_ng", "yfiles.type", "nodegraphics");
            xml.empty("key", "for", "edge", "id", "d_eg", "yfiles.type", "edgegraphics");
            xml.empty("key", "for", "graphml", "id", "d_res", "yfiles.type", "resources");
        }
        return ids;
    }

    private static void keys(XmlWriter xml, String domain, String[][] keys) throws IOException, ExportException {
        for (String[] k : keys) {
            key(xml, k[0], domain, k[1], k.length > 2 ? k[2] : "string");
        }
    }

    /** The status and dates keys, which nodes and edges both carry ({@link #lifecycle} writes them). */
    private static void lifecycleKeys(XmlWriter xml, String domain, String prefix) throws IOException, ExportException {
        key(xml, prefix + "status", domain, GraphmlNames.STATUS, "string");
        key(xml, prefix + "fromDate", domain, GraphmlNames.FROM_DATE, "string");
        key(xml, prefix + "toDate", domain, GraphmlNames.TO_DATE, "string");
    }

    private static void key(XmlWriter xml, String id, String domain, String name, String type) throws IOException, ExportException {
        xml.empty("key", "id", id, "for", domain, "attr.name", name, "attr.type", type);
    }

    static void data(XmlWriter xml, String key, String value) throws IOException, ExportException {
        if (value != null && !value.isEmpty()) {
            xml.textElement("data", value, "key", key);
        }
    }

    /** The status (left out when current) and the dates of a node ({@code n_}) or edge ({@code e_}). */
    static void lifecycle(XmlWriter xml, String prefix, Lifecycle l) throws IOException, ExportException {
        data(xml, prefix + "status", l.status() == Status.CURRENT ? "" : l.status().name());
        data(xml, prefix + "fromDate", l.from());
        data(xml, prefix + "toDate", l.to());
    }

    /** Writes the nodes, flat or nested, and remembers the GraphML id each model id got. */
    private static final class NodeWriter {
        private final XmlWriter xml;
        private final Map<String, String> attributeKeys;
        private final YedGraphics graphics;
        private final Map<ElementId, String> nodeIds = new HashMap<>();

        NodeWriter(XmlWriter xml, Map<String, String> attributeKeys, YedGraphics graphics) {
            this.xml = xml;
            this.attributeKeys = attributeKeys;
            this.graphics = graphics;
        }

        void writeFlat(IcsModel model) throws IOException, ExportException {
            for (Footprint f : model.footprints()) {
                nodeIds.put(f.id(), f.id().value());
                xml.start("node", "id", f.id().value());
                footprintData(model, f);
                xml.end();
            }
            for (Element e : model.elements()) {
                nodeIds.put(e.id(), e.id().value());
                xml.start("node", "id", e.id().value());
                elementData(model, e);
                xml.end();
            }
        }

        void writeNested(IcsModel model) throws IOException, ExportException {
            int i = 0;
            for (ElementId root : model.roots()) {
                nestedFootprint(model, root, "n" + i++);
            }
        }

        private void nestedFootprint(IcsModel model, ElementId id, String nodeId) throws IOException, ExportException {
            Footprint f = model.footprint(id).orElseThrow();
            nodeIds.put(id, nodeId);
            xml.start("node", "id", nodeId, "yfiles.foldertype", "group");
            footprintData(model, f);
            graphics.group(f);
            xml.start("graph", "id", nodeId + ":", "edgedefault", "directed");
            int i = 0;
            for (ElementId e : model.elementsIn(id)) {
                String childId = nodeId + "::n" + i++;
                Element el = model.element(e).orElseThrow();
                nodeIds.put(e, childId);
                xml.start("node", "id", childId);
                elementData(model, el);
                graphics.shape(el);
                xml.end();
            }
            for (ElementId c : model.childFootprints(id)) {
                nestedFootprint(model, c, nodeId + "::n" + i++);
            }
            xml.end();
            xml.end();
        }

        private void footprintData(IcsModel model, Footprint f) throws IOException, ExportException {
            data(xml, "n_id", f.id().value());
            data(xml, "n_label", f.name());
            data(xml, "n_type", GraphmlNames.FOOTPRINT_TYPE);
            data(xml, "n_level", f.level().name());
            data(xml, "n_parent", model.parentOf(f.id()).map(ElementId::value).orElse(""));
            data(xml, "n_note", f.note());
        }

        private void elementData(IcsModel model, Element e) throws IOException, ExportException {
            data(xml, "n_id", e.id().value());
            data(xml, "n_label", e.name());
            data(xml, "n_type", e.type().name());
            data(xml, "n_kind", e.kind().name());
            data(xml, "n_parent", model.parentOf(e.id()).map(ElementId::value).orElse(""));
            data(xml, "n_title", e.title());
            data(xml, "n_note", e.note());
            data(xml, "n_placeholder", e.isPlaceholder() ? "true" : "");
            lifecycle(xml, "n_", e.lifecycle());
            for (Map.Entry<String, String> a : e.attributes().entrySet()) {
                // Written even when empty: an attribute that is there with no value is kept as such.
                xml.textElement("data", a.getValue(), "key", attributeKeys.get(a.getKey()));
            }
        }
    }
}
