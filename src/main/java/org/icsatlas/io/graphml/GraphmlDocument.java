package org.icsatlas.io.graphml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a GraphML file says, before any of it is turned into a model: its keys, its nodes in document order with the
 * group each sits in (read from the nesting of {@code <graph>} in {@code <node>}), its edges, and each node's and
 * edge's data by key id. Every node and edge keeps its line and column for messages.
 */
final class GraphmlDocument {
    /** A {@code <key>}: {@code name} is its {@code attr.name}, {@code yfilesType} yEd's {@code yfiles.type}; either may be null. */
    record Key(String id, String domain, String name, String yfilesType, String defaultValue) {
        boolean appliesTo(String what) {
            return domain == null || domain.equals(what) || domain.equals("all");
        }
    }

    /** A {@code <node>}. {@code group} is true for a yEd group or any node with a nested graph. */
    static final class Node {
        final String id;
        final Node owner;
        final int line;
        final int column;
        final Map<String, String> data = new LinkedHashMap<>();
        String yedLabel;
        boolean group;
        boolean nestedGraph;
        /** Depth among groups: 0 for a node in the top-level graph. */
        final int depth;

        Node(String id, Node owner, int line, int column) {
            this.id = id;
            this.owner = owner;
            this.line = line;
            this.column = column;
            this.depth = owner == null ? 0 : owner.depth + 1;
        }
    }

    /** An {@code <edge>}. */
    static final class Edge {
        final String id;
        final String source;
        final String target;
        final int line;
        final int column;
        final Map<String, String> data = new LinkedHashMap<>();

        Edge(String id, String source, String target, int line, int column) {
            this.id = id;
            this.source = source;
            this.target = target;
            this.line = line;
            this.column = column;
        }
    }

    final Map<String, Key> keys = new HashMap<>();
    final Map<String, String> graphData = new LinkedHashMap<>();
    /** Where the top-level {@code <graph>} starts, for messages about its data. */
    int graphLine = 1;
    int graphColumn = 1;
    final List<Node> nodes = new ArrayList<>();
    final Map<String, Node> nodesById = new HashMap<>();
    final List<Edge> edges = new ArrayList<>();

    /**
     * The data of a node, edge or graph by key name ({@code attr.name}; the key id when the key has no name or is not
     * declared), with the keys' defaults filled in. yEd's graphics keys are left out: they are read on their own.
     */
    Map<String, String> named(Map<String, String> byKeyId, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Key k : keys.values()) {
            if (k.defaultValue() != null && k.yfilesType() == null && k.appliesTo(what) && !byKeyId.containsKey(k.id())) {
                out.put(nameOf(k.id()), k.defaultValue());
            }
        }
        for (Map.Entry<String, String> d : byKeyId.entrySet()) {
            Key k = keys.get(d.getKey());
            if (k == null || k.yfilesType() == null) {
                out.put(nameOf(d.getKey()), d.getValue());
            }
        }
        return out;
    }

    private String nameOf(String keyId) {
        Key k = keys.get(keyId);
        return k == null || k.name() == null ? keyId : k.name();
    }

    /** Whether {@code keyId} is yEd's graphics key of this yfiles.type, whatever id this yEd version gave it. */
    boolean isYfiles(String keyId, String yfilesType) {
        Key k = keys.get(keyId);
        return k != null && yfilesType.equals(k.yfilesType());
    }
}
