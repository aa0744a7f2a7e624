package org.icsatlas.io.graphml;

import static org.icsatlas.io.graphml.GraphmlNames.ID;
import static org.icsatlas.io.graphml.GraphmlNames.KIND;
import static org.icsatlas.io.graphml.GraphmlNames.LABEL;
import static org.icsatlas.io.graphml.GraphmlNames.LEVEL;
import static org.icsatlas.io.graphml.GraphmlNames.NAME;
import static org.icsatlas.io.graphml.GraphmlNames.NOTE;
import static org.icsatlas.io.graphml.GraphmlNames.PARENT;
import static org.icsatlas.io.graphml.GraphmlNames.TITLE;
import static org.icsatlas.io.graphml.GraphmlNames.TYPE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Status;

/**
 * Turns a {@link GraphmlDocument} into a model. Groups (nested graphs) and nodes typed {@code FOOTPRINT} become
 * footprints, nested as the file nests them (or by their {@code parent} data in a flat file), with the level the file
 * gives or, failing that, the one their depth implies (system, place, neighbourhood). Every other node becomes an
 * element in its footprint; nodes outside every group go into one footprint made for them. Edges become relations
 * ({@link RelationBuilder}). In a file ICS Atlas wrote, anything inconsistent is an error; in a file from another
 * tool, what had to be guessed or left out becomes a note.
 */
final class GraphmlModelBuilder {
    static final BodyKind DEFAULT_BODY = BodyKind.PARTNERSHIP_BOARD;

    private final GraphmlDocument doc;
    private final String source;
    /** Whether ICS Atlas wrote this file: then every field must be as it was written. */
    private final boolean own;
    private final IcsModel model = new IcsModel();
    final List<String> notes = new ArrayList<>();
    private final Map<GraphmlDocument.Node, ElementId> modelIds = new HashMap<>();
    private final Map<GraphmlDocument.Node, Map<String, String>> named = new HashMap<>();
    private final Set<GraphmlDocument.Node> footprintNodes = new HashSet<>();
    private final Map<GraphmlDocument.Node, GraphmlDocument.Node> parents = new HashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private int kindless;

    private GraphmlModelBuilder(GraphmlDocument doc, String source) {
        this.doc = doc;
        this.source = source;
        Map<String, String> graph = doc.named(doc.graphData, "graph");
        this.own = GraphmlNames.FORMAT_VALUE.equals(graph.get(GraphmlNames.FORMAT));
        model.setInfo(new ModelInfo(graph.get(GraphmlNames.TITLE), graph.get(GraphmlNames.DESCRIPTION), graph.get(GraphmlNames.AS_OF)));
    }

    static GraphmlImport build(GraphmlDocument doc, String source) throws ImportException {
        GraphmlModelBuilder b = new GraphmlModelBuilder(doc, source);
        b.declareKinds();
        b.classify();
        b.assignIds();
        b.findParents();
        b.addFootprints();
        b.addElements();
        RelationBuilder relations = new RelationBuilder(b, doc, source, b.own);
        relations.addAll();
        if (b.kindless > 0) {
            b.notes.add(source + ": " + b.kindless + (b.kindless == 1 ? " node has" : " nodes have")
                    + " no ICS Atlas kind; imported as " + DEFAULT_BODY.label().toLowerCase() + " (change the kind in ICS Atlas)");
        }
        return new GraphmlImport(b.model, b.notes, relations.leftOut());
    }

    IcsModel model() {
        return model;
    }

    ElementId modelId(GraphmlDocument.Node n) {
        return modelIds.get(n);
    }

    boolean isFootprint(GraphmlDocument.Node n) {
        return footprintNodes.contains(n);
    }

    /** Claims an id in the model's one namespace; a taken or invalid id gets a fresh one built from {@code wanted}. */
    ElementId claim(String wanted, String fallbackPrefix) {
        String base = sanitise(wanted, fallbackPrefix);
        String id = base;
        for (int i = 2; usedIds.contains(id); i++) {
            id = base + "-" + i;
        }
        usedIds.add(id);
        return ElementId.of(id);
    }

    ImportException error(int line, int column, String detail) {
        return new ImportException(source, line, column, detail);
    }

    void note(int line, int column, String detail) {
        notes.add(source + ":" + line + ":" + column + ": " + detail);
    }

    /** Declares the kinds the graph data lists, before any element needs one. */
    private void declareKinds() throws ImportException {
        String text = doc.named(doc.graphData, "graph").get(GraphmlNames.KINDS);
        try {
            for (DeclaredKind k : DeclaredKinds.read(text)) {
                if (model.kinds().declared(k.name()) != null) {
                    throw new IllegalArgumentException("the kind '" + k.name() + "' is declared twice");
                }
                model.declareKind(k);
            }
        } catch (IllegalArgumentException | IllegalEditException e) {
            throw error(doc.graphLine, doc.graphColumn, e.getMessage());
        }
    }

    /** A built-in kind {@code word} names, or one of the kinds this file declares (by name or label); null if none. */
    private ElementKind kind(String word, ElementType type) {
        ElementKind k = KindWords.elementKind(word, type);
        if (k != null || word == null || word.isBlank()) {
            return k;
        }
        for (ElementType t : type == null ? ElementType.values() : new ElementType[] {type}) {
            k = model.kinds().match(t, word.strip());
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /**
     * The status and dates of a node or edge. In a file ICS Atlas wrote, a wrong one is an error; from another tool,
     * what is not a status or date ICS Atlas knows stays as data ({@code kept}), so nothing is lost.
     */
    Lifecycle lifecycle(int line, int column, String what, Map<String, String> d, Map<String, String> kept) throws ImportException {
        String word = d.get(GraphmlNames.STATUS);
        String from = d.getOrDefault(GraphmlNames.FROM_DATE, "").strip();
        String to = d.getOrDefault(GraphmlNames.TO_DATE, "").strip();
        Status status = Status.CURRENT;
        if (word != null && !word.isBlank()) {
            status = KindWords.status(word);
            if (status == null) {
                if (own) {
                    throw error(line, column, what + " has unknown status " + quote(word) + ". Allowed: "
                            + String.join(", ", Arrays.stream(Status.values()).map(Enum::name).toList()));
                }
                kept.put(GraphmlNames.STATUS, word);
                status = Status.CURRENT;
            }
        }
        try {
            return new Lifecycle(status, from, to);
        } catch (IllegalArgumentException e) {
            if (own) {
                throw error(line, column, what + ": " + e.getMessage());
            }
            kept.put(GraphmlNames.FROM_DATE, from);
            kept.put(GraphmlNames.TO_DATE, to);
            return Lifecycle.of(status);
        }
    }

    private void classify() {
        for (GraphmlDocument.Node n : doc.nodes) {
            Map<String, String> d = doc.named(n.data, "node");
            named.put(n, d);
            if (n.group || GraphmlNames.FOOTPRINT_TYPE.equalsIgnoreCase(d.getOrDefault(TYPE, "").strip())) {
                footprintNodes.add(n);
            }
        }
    }

    private void assignIds() throws ImportException {
        for (GraphmlDocument.Node n : doc.nodes) {
            String wanted = named.get(n).get(ID);
            if (own) {
                if (!ElementId.isValid(wanted)) {
                    throw error(n.line, n.column, "node \"" + n.id + "\" has no valid atlasId (" + quote(wanted) + ")");
                }
                if (!usedIds.add(wanted)) {
                    throw error(n.line, n.column, "a second node with atlasId \"" + wanted + "\"");
                }
                modelIds.put(n, ElementId.of(wanted));
            } else {
                modelIds.put(n, claim(ElementId.isValid(wanted) ? wanted : n.id, "n"));
            }
        }
    }

    private void findParents() throws ImportException {
        Map<String, GraphmlDocument.Node> byModelId = new HashMap<>();
        for (GraphmlDocument.Node n : doc.nodes) {
            byModelId.put(modelIds.get(n).value(), n);
        }
        for (GraphmlDocument.Node n : doc.nodes) {
            GraphmlDocument.Node parent = n.owner;
            String named = this.named.get(n).get(PARENT);
            if (parent == null && named != null && !named.isBlank()) {
                parent = byModelId.getOrDefault(named.strip(), doc.nodesById.get(named.strip()));
                if (parent == null) {
                    throw error(n.line, n.column, "node \"" + n.id + "\" names parent \"" + named.strip() + "\", which is not a node in this file");
                }
                if (!footprintNodes.contains(parent)) {
                    throw error(n.line, n.column, "node \"" + n.id + "\" names parent \"" + named.strip()
                            + "\", which is not a footprint (a group): only footprints contain things");
                }
            }
            if (parent != null) {
                parents.put(n, parent);
            }
        }
    }

    private int depth(GraphmlDocument.Node n) throws ImportException {
        int depth = 0;
        for (GraphmlDocument.Node p = parents.get(n); p != null; p = parents.get(p)) {
            if (++depth > doc.nodes.size()) {
                throw error(n.line, n.column, "node \"" + n.id + "\" is inside itself: its parents form a cycle");
            }
        }
        return depth;
    }

    private void addFootprints() throws ImportException {
        List<GraphmlDocument.Node> fps = new ArrayList<>();
        Map<GraphmlDocument.Node, Integer> depths = new HashMap<>();
        int deepest = 0;
        for (GraphmlDocument.Node n : doc.nodes) {
            if (footprintNodes.contains(n)) {
                fps.add(n);
                int d = depth(n);
                depths.put(n, d);
                deepest = Math.max(deepest, d);
            }
        }
        // Four levels of groups are region, system, place, neighbourhood; fewer start at system.
        int base = deepest >= 3 ? FootprintLevel.REGION.ordinal() : FootprintLevel.SYSTEM.ordinal();
        fps.sort(Comparator.comparingInt(depths::get));
        for (GraphmlDocument.Node n : fps) {
            Map<String, String> d = named.get(n);
            FootprintLevel level = level(n, d.get(LEVEL), base + depths.get(n));
            String name = name(n, d);
            GraphmlDocument.Node parent = parents.get(n);
            try {
                model.addFootprint(new Footprint(modelIds.get(n), name, level, d.getOrDefault(NOTE, "")),
                        parent == null ? null : modelIds.get(parent), -1);
            } catch (IllegalEditException | IllegalArgumentException e) {
                throw error(n.line, n.column, e.getMessage());
            }
        }
    }

    private FootprintLevel level(GraphmlDocument.Node n, String word, int inferred) throws ImportException {
        if (word != null && !word.isBlank()) {
            for (FootprintLevel l : FootprintLevel.values()) {
                if (l.name().equals(KindWords.normal(word))) {
                    return l;
                }
            }
            throw error(n.line, n.column, "unknown level " + quote(word) + " on node \"" + n.id + "\". Allowed: "
                    + String.join(", ", Arrays.stream(FootprintLevel.values()).map(Enum::name).toList()));
        }
        if (inferred >= FootprintLevel.values().length) {
            throw error(n.line, n.column, "group \"" + n.id + "\" is nested " + (inferred + 1 - FootprintLevel.SYSTEM.ordinal())
                    + " groups deep; footprints go at most region, system, place, neighbourhood");
        }
        return FootprintLevel.values()[inferred];
    }

    private void addElements() throws ImportException {
        ElementId loose = null;
        int looseCount = 0;
        for (GraphmlDocument.Node n : doc.nodes) {
            if (footprintNodes.contains(n)) {
                continue;
            }
            GraphmlDocument.Node parent = parents.get(n);
            ElementId footprint;
            if (parent != null) {
                footprint = modelIds.get(parent);
            } else {
                if (own) {
                    throw error(n.line, n.column, "node \"" + n.id + "\" is an element in no footprint");
                }
                if (loose == null) {
                    loose = claim("imported", "f");
                    model.addFootprint(new Footprint(loose, "Imported", FootprintLevel.SYSTEM, "Nodes that sat in no group of the imported file"), null, -1);
                }
                footprint = loose;
                looseCount++;
            }
            try {
                model.addElement(element(n, named.get(n)), footprint, -1);
            } catch (IllegalEditException | IllegalArgumentException e) {
                throw error(n.line, n.column, e.getMessage());
            }
        }
        if (looseCount > 0) {
            notes.add(source + ": " + looseCount + (looseCount == 1 ? " node sits" : " nodes sit")
                    + " in no group; put in the footprint \"Imported\"");
        }
    }

    private Element element(GraphmlDocument.Node n, Map<String, String> d) throws ImportException {
        Map<String, String> rest = new LinkedHashMap<>(d);
        rest.keySet().removeAll(GraphmlNames.NODE_FIELDS);
        ElementType type = KindWords.elementType(d.get(TYPE));
        String kindWord = d.get(KIND);
        ElementKind kind = kind(kindWord, type);
        if (kind == null && kindWord == null && type == null) {
            kind = kind(d.get(TYPE), null);
        }
        if (kind == null) {
            if (own) {
                throw error(n.line, n.column, "node \"" + n.id + "\" has unknown kind " + quote(kindWord));
            }
            kind = type == ElementType.PERSON ? PersonKind.ROLE_HOLDER
                    : type == ElementType.ORGANISATION ? OrganisationKind.INDEPENDENT_PROVIDER : DEFAULT_BODY;
            // The other tool's word is kept, so nothing it said is lost.
            if (kindWord != null && !kindWord.isBlank()) {
                rest.put(KIND, kindWord);
            } else if (d.get(TYPE) != null && type == null && !d.get(TYPE).isBlank()) {
                rest.put(TYPE, d.get(TYPE));
            }
            kindless++;
        }
        boolean hasLabel = d.get(LABEL) != null && !d.get(LABEL).isBlank();
        if (!hasLabel && !own) {
            rest.remove(NAME);
        }
        Map<String, String> kept = new LinkedHashMap<>();
        Lifecycle lifecycle = lifecycle(n.line, n.column, "node \"" + n.id + "\"", d, kept);
        TreeMap<String, String> attributes = new TreeMap<>();
        for (Map.Entry<String, String> a : rest.entrySet()) {
            if (own || !a.getValue().isEmpty()) {
                attributes.put(GraphmlNames.attributeName(a.getKey()), a.getValue());
            }
        }
        for (Map.Entry<String, String> a : kept.entrySet()) {
            if (!a.getValue().isEmpty()) {
                attributes.put(a.getKey(), a.getValue());
            }
        }
        boolean placeholder = kind.type() == ElementType.PERSON && Boolean.TRUE.equals(KindWords.bool(d.get(GraphmlNames.PLACEHOLDER)));
        String name = placeholder ? "" : name(n, d);
        return new Element(modelIds.get(n), kind, name, d.getOrDefault(TITLE, ""), d.getOrDefault(NOTE, ""), attributes, lifecycle);
    }

    /**
     * The name: ICS Atlas's own label, unless yEd's label says something else (the user renamed it in yEd); then
     * yEd's label, Cytoscape's {@code name}, and the node id as a last resort.
     */
    private String name(GraphmlDocument.Node n, Map<String, String> d) {
        String label = d.get(LABEL);
        String yed = n.yedLabel == null ? null : n.yedLabel.strip();
        if (label != null && !label.isBlank() && (yed == null || yed.isEmpty() || spaced(yed).equals(spaced(label)))) {
            return label;
        }
        if (yed != null && !yed.isEmpty()) {
            return yed;
        }
        String name = d.get(NAME);
        return name != null && !name.isBlank() ? name : n.id;
    }

    private static String spaced(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    static String quote(String s) {
        if (s == null) {
            return "(none)";
        }
        return "\"" + (s.length() <= 60 ? s : s.substring(0, 57) + "...") + "\"";
    }

    /** A valid id made from {@code wanted}: invalid characters become '_', and it starts with a letter or digit. */
    private static String sanitise(String wanted, String prefix) {
        if (wanted == null || wanted.isBlank()) {
            return prefix;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < wanted.length() && b.length() < 180; i++) {
            char c = wanted.charAt(i);
            b.append(c < 128 && (Character.isLetterOrDigit(c) || "_.:-".indexOf(c) >= 0) ? c : '_');
        }
        String s = b.toString();
        return ElementId.isValid(s) ? s : prefix + s;
    }
}
