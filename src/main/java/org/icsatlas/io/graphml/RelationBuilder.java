package org.icsatlas.io.graphml;

import static org.icsatlas.io.graphml.GraphmlModelBuilder.quote;
import static org.icsatlas.io.graphml.GraphmlNames.ID;
import static org.icsatlas.io.graphml.GraphmlNames.INTERACTION;
import static org.icsatlas.io.graphml.GraphmlNames.KIND;
import static org.icsatlas.io.graphml.GraphmlNames.NOTE;
import static org.icsatlas.io.graphml.GraphmlNames.ROLE;
import static org.icsatlas.io.graphml.GraphmlNames.SCOPE;
import static org.icsatlas.io.graphml.GraphmlNames.TYPE;
import static org.icsatlas.io.graphml.GraphmlNames.VOTING;

import java.util.List;
import java.util.Map;
import org.icsatlas.io.ImportException;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Turns GraphML edges into relations once every element is in the model. An edge's kind comes from its {@code kind},
 * {@code interaction} (Cytoscape) or {@code type} data; an edge with no kind ICS Atlas knows becomes the first kind
 * its two ends allow (advice between bodies, membership of an organisation in a body, ...). In a file from another
 * tool, an edge that cannot be a relation at all (to a group, to itself, between two organisations) is left out with
 * a note; in a file ICS Atlas wrote, it is an error.
 */
final class RelationBuilder {
    /** The kind an edge with none takes: the first of these its ends allow. */
    private static final List<RelationKind> DEFAULT_ORDER = List.of(RelationKind.ADVISES, RelationKind.MEMBER_OF,
            RelationKind.REPORTS_TO, RelationKind.REPRESENTS, RelationKind.DELEGATES_TO);

    private final GraphmlModelBuilder nodes;
    private final GraphmlDocument doc;
    private final String source;
    private final boolean own;
    private int leftOut;
    private int generated;

    RelationBuilder(GraphmlModelBuilder nodes, GraphmlDocument doc, String source, boolean own) {
        this.nodes = nodes;
        this.doc = doc;
        this.source = source;
        this.own = own;
    }

    int leftOut() {
        return leftOut;
    }

    void addAll() throws ImportException {
        for (GraphmlDocument.Edge e : doc.edges) {
            add(e);
        }
    }

    private void add(GraphmlDocument.Edge e) throws ImportException {
        GraphmlDocument.Node from = end(e, e.source);
        GraphmlDocument.Node to = end(e, e.target);
        if (nodes.isFootprint(from) || nodes.isFootprint(to)) {
            refuse(e, "edge " + name(e) + " joins a group (footprint); relations join bodies, organisations and people");
            return;
        }
        if (from == to) {
            refuse(e, "edge " + name(e) + " goes from \"" + from.id + "\" to itself");
            return;
        }
        Map<String, String> d = doc.named(e.data, "edge");
        Element source = nodes.model().element(nodes.modelId(from)).orElseThrow();
        Element target = nodes.model().element(nodes.modelId(to)).orElseThrow();
        String kindWord = first(d.get(KIND), d.get(INTERACTION), d.get(TYPE));
        RelationKind kind = KindWords.relationKind(kindWord);
        if (kind == null && own) {
            throw nodes.error(e.line, e.column, "edge " + name(e) + " has unknown kind " + quote(kindWord));
        }
        boolean guessed = kind == null;
        if (guessed) {
            kind = DEFAULT_ORDER.stream().filter(k -> k.allowsSource(source.type()) && k.allowsTarget(target.type()))
                    .findFirst().orElse(null);
            if (kind == null) {
                refuse(e, "edge " + name(e) + " goes from a " + source.type().name().toLowerCase() + " to a "
                        + target.type().name().toLowerCase() + ", which no ICS Atlas relation does");
                return;
            }
        }
        MemberRole role = null;
        Boolean voting = null;
        if (kind == RelationKind.MEMBER_OF) {
            role = KindWords.role(d.get(ROLE));
            if (role == null && d.get(ROLE) != null && !d.get(ROLE).isBlank()) {
                if (own) {
                    throw nodes.error(e.line, e.column, "edge " + name(e) + " has unknown role " + quote(d.get(ROLE)));
                }
                nodes.note(e.line, e.column, "edge " + name(e) + " has role " + quote(d.get(ROLE)) + ", which ICS Atlas does not know; imported as member");
            }
            voting = KindWords.bool(d.get(VOTING));
        }
        String scope = kind == RelationKind.DELEGATES_TO ? d.getOrDefault(SCOPE, "") : null;
        String note = d.getOrDefault(NOTE, "");
        if (guessed && kindWord != null && !kindWord.isBlank()) {
            note = (note.isEmpty() ? "" : note + "\n") + "Imported with kind \"" + kindWord + "\"";
        }
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        Lifecycle lifecycle = nodes.lifecycle(e.line, e.column, "edge " + name(e), d, kept);
        for (Map.Entry<String, String> k : kept.entrySet()) {
            if (!k.getValue().isEmpty()) {
                note = (note.isEmpty() ? "" : note + "\n") + "Imported with " + k.getKey() + " \"" + k.getValue() + "\"";
            }
        }
        ElementId id = relationId(e, d);
        try {
            nodes.model().addRelation(new Relation(id, kind, source.id(), target.id(), role, voting, scope, note, lifecycle), -1);
        } catch (IllegalEditException | IllegalArgumentException ex) {
            if (own) {
                throw nodes.error(e.line, e.column, ex.getMessage());
            }
            refuse(e, ex.getMessage());
        }
    }

    private ElementId relationId(GraphmlDocument.Edge e, Map<String, String> d) throws ImportException {
        String wanted = d.get(ID);
        if (own) {
            if (!ElementId.isValid(wanted) || nodes.model().containsId(ElementId.of(wanted))) {
                throw nodes.error(e.line, e.column, "edge " + name(e) + " has no valid, unused atlasId (" + quote(wanted) + ")");
            }
            return nodes.claim(wanted, "r");
        }
        if (ElementId.isValid(wanted)) {
            return nodes.claim(wanted, "r");
        }
        return nodes.claim(e.id != null ? e.id : "r" + ++generated, "r");
    }

    private GraphmlDocument.Node end(GraphmlDocument.Edge e, String id) throws ImportException {
        GraphmlDocument.Node n = doc.nodesById.get(id);
        if (n == null) {
            throw nodes.error(e.line, e.column, "edge " + name(e) + " ends at \"" + id + "\", which is not a node in this file");
        }
        return n;
    }

    private void refuse(GraphmlDocument.Edge e, String why) throws ImportException {
        if (own) {
            throw nodes.error(e.line, e.column, why);
        }
        nodes.note(e.line, e.column, why + "; left out");
        leftOut++;
    }

    private static String name(GraphmlDocument.Edge e) {
        return e.id == null ? "from \"" + e.source + "\" to \"" + e.target + "\"" : "\"" + e.id + "\"";
    }

    private static String first(String... words) {
        for (String w : words) {
            if (w != null && !w.isBlank()) {
                return w;
            }
        }
        return null;
    }

}
