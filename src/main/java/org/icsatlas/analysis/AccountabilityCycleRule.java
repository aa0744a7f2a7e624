package org.icsatlas.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Finds reporting or delegation loops: bodies that end up answering to themselves, so nobody is at the top.
 *
 * <p>Both relation kinds are read as "answers to": a body that reports to X answers to X, and a body that X
 * delegates to answers to X. So a delegation is followed against its arrow. This way a joint committee that
 * reports back to the organisations delegating to it is not a loop (it answers to them twice), while a body
 * that reports to a body it delegates to is one. Each strongly connected group of two or more elements is
 * one finding, naming its members and one loop through them.
 */
public final class AccountabilityCycleRule extends BasicRule {
    public static final String ID = "accountability-cycle";

    public AccountabilityCycleRule() {
        super(ID, Severity.ERROR);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        // "answers to" adjacency, in model order, one hop per (from, to) pair: the first relation that makes it
        Map<ElementId, List<Hop>> answersTo = new LinkedHashMap<>();
        Map<ElementId, Set<ElementId>> joined = new HashMap<>();
        for (Relation r : model.relations()) {
            if (r.kind() != RelationKind.REPORTS_TO && r.kind() != RelationKind.DELEGATES_TO) {
                continue;
            }
            ElementId from = r.kind() == RelationKind.REPORTS_TO ? r.source() : r.target();
            ElementId to = r.kind() == RelationKind.REPORTS_TO ? r.target() : r.source();
            if (from.equals(to)) {
                continue;
            }
            answersTo.computeIfAbsent(to, k -> new ArrayList<>());
            if (joined.computeIfAbsent(from, k -> new HashSet<>()).add(to)) {
                answersTo.computeIfAbsent(from, k -> new ArrayList<>()).add(new Hop(r, to));
            }
        }
        Comparator<ElementId> byModelOrder = Comparator.<ElementId>comparingInt(v -> {
            int i = model.indexOf(v);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Comparator.naturalOrder());

        List<List<ElementId>> loops = new ArrayList<>();
        for (Set<ElementId> group : stronglyConnected(answersTo)) {
            if (group.size() >= 2) {
                loops.add(group.stream().sorted(byModelOrder).toList());
            }
        }
        loops.sort(Comparator.comparing(members -> members.get(0), byModelOrder));
        List<Finding> out = new ArrayList<>();
        for (List<ElementId> members : loops) {
            String loop = describeLoop(model, answersTo, new HashSet<>(members), members.get(0));
            out.add(finding(Phrases.names(model, members)
                    + " answer to each other in a loop, so none of them is accountable to anyone above: " + loop,
                    members));
        }
        return out;
    }

    /**
     * The strongly connected groups of two or more vertices, by Tarjan's algorithm written with an explicit stack (a
     * reporting chain 200,000 bodies long must not overflow the thread's stack) over the vertices numbered once, so
     * the walk itself is array reads, not hash look-ups. Linear in vertices and hops.
     */
    private static List<Set<ElementId>> stronglyConnected(Map<ElementId, List<Hop>> graph) {
        int n = graph.size();
        Map<ElementId, Integer> number = new HashMap<>(n * 2);
        ElementId[] vertex = new ElementId[n];
        for (ElementId v : graph.keySet()) {
            vertex[number.size()] = v;
            number.put(v, number.size());
        }
        int[][] hopsOf = new int[n][];
        for (int v = 0; v < n; v++) {
            List<Hop> hops = graph.get(vertex[v]);
            int[] to = new int[hops.size()];
            for (int k = 0; k < to.length; k++) {
                to[k] = number.get(hops.get(k).to());
            }
            hopsOf[v] = to;
        }
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] path = new int[n];
        int[] nextHop = new int[n];
        List<Set<ElementId>> out = new ArrayList<>();
        int next = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            path[depth++] = root;
            index[root] = low[root] = next++;
            stack[stackSize++] = root;
            onStack[root] = true;
            nextHop[root] = 0;
            while (depth > 0) {
                int v = path[depth - 1];
                if (nextHop[v] < hopsOf[v].length) {
                    int w = hopsOf[v][nextHop[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = next++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        nextHop[w] = 0;
                        path[depth++] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    int parent = path[depth - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int w = stack[--stackSize];
                    onStack[w] = false;
                    if (w != v) {
                        Set<ElementId> group = new HashSet<>();
                        group.add(vertex[w]);
                        do {
                            w = stack[--stackSize];
                            onStack[w] = false;
                            group.add(vertex[w]);
                        } while (w != v);
                        out.add(group);
                    }
                }
            }
        }
        return out;
    }

    /**
     * One shortest loop through {@code start} inside {@code group}, as "'A' reports to 'B'; 'C' delegates to 'B'; …":
     * the first hop out of {@code start} whose way back (breadth first, hops in model order) is shortest.
     */
    private static String describeLoop(IcsModel model, Map<ElementId, List<Hop>> graph, Set<ElementId> group, ElementId start) {
        List<Hop> best = null;
        Hop first = null;
        for (Hop h : graph.get(start)) {
            if (!group.contains(h.to())) {
                continue;
            }
            List<Hop> back = shortestPath(graph, group, h.to(), start);
            if (back != null && (best == null || back.size() < best.size())) {
                best = back;
                first = h;
            }
        }
        List<Hop> hops = new ArrayList<>();
        if (first != null) {
            hops.add(first);
            hops.addAll(best);
        }
        List<String> parts = new ArrayList<>();
        for (Hop h : hops) {
            Relation r = h.relation();
            String verb = r.kind() == RelationKind.REPORTS_TO ? " reports to " : " delegates to ";
            parts.add(model.describe(r.source()) + verb + model.describe(r.target()));
        }
        return String.join("; ", parts);
    }

    /** The hops of a shortest path from {@code from} to {@code to} within {@code group} (empty when they are equal). */
    private static List<Hop> shortestPath(Map<ElementId, List<Hop>> graph, Set<ElementId> group, ElementId from, ElementId to) {
        Map<ElementId, Hop> reachedBy = new HashMap<>();
        Deque<ElementId> queue = new ArrayDeque<>();
        Set<ElementId> seen = new HashSet<>(List.of(from));
        queue.add(from);
        while (!queue.isEmpty() && !seen.contains(to)) {
            ElementId v = queue.poll();
            for (Hop h : graph.getOrDefault(v, List.of())) {
                if (group.contains(h.to()) && seen.add(h.to())) {
                    reachedBy.put(h.to(), new Hop(h.relation(), h.to(), v));
                    queue.add(h.to());
                }
            }
        }
        if (!seen.contains(to)) {
            return null;
        }
        List<Hop> path = new ArrayList<>();
        for (ElementId v = to; !v.equals(from); v = reachedBy.get(v).from()) {
            path.add(0, reachedBy.get(v));
        }
        return path;
    }

    /** An "answers to" edge to {@code to}, remembering the relation it came from so the message can quote it. */
    private record Hop(Relation relation, ElementId to, ElementId from) {
        Hop(Relation relation, ElementId to) {
            this(relation, to, null);
        }
    }
}
