package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;

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
        Graph<ElementId, Hop> answersTo = new DefaultDirectedGraph<>(Hop.class);
        for (Relation r : model.relations()) {
            if (r.kind() != RelationKind.REPORTS_TO && r.kind() != RelationKind.DELEGATES_TO) {
                continue;
            }
            ElementId from = r.kind() == RelationKind.REPORTS_TO ? r.source() : r.target();
            ElementId to = r.kind() == RelationKind.REPORTS_TO ? r.target() : r.source();
            if (from.equals(to)) {
                continue;
            }
            answersTo.addVertex(from);
            answersTo.addVertex(to);
            if (!answersTo.containsEdge(from, to)) {
                answersTo.addEdge(from, to, new Hop(r));
            }
        }
        Map<ElementId, Integer> order = new HashMap<>();
        for (ElementId v : answersTo.vertexSet()) {
            int i = model.indexOf(v);
            order.put(v, i < 0 ? Integer.MAX_VALUE : i);
        }
        Comparator<ElementId> byModelOrder = Comparator.<ElementId>comparingInt(order::get).thenComparing(Comparator.naturalOrder());

        List<Finding> out = new ArrayList<>();
        for (Set<ElementId> group : new KosarajuStrongConnectivityInspector<>(answersTo).stronglyConnectedSets()) {
            if (group.size() < 2) {
                continue;
            }
            List<ElementId> members = group.stream().sorted(byModelOrder).toList();
            String loop = describeLoop(model, new AsSubgraph<>(answersTo, group), members.get(0));
            out.add(finding(Phrases.names(model, members)
                    + " answer to each other in a loop, so none of them is accountable to anyone above: " + loop,
                    members));
        }
        return out;
    }

    /** One loop through {@code start}, as "'A' reports to 'B'; 'C' delegates to 'B'; …". */
    private static String describeLoop(IcsModel model, Graph<ElementId, Hop> group, ElementId start) {
        List<Hop> hops = new ArrayList<>();
        GraphPath<ElementId, Hop> back = null;
        Hop first = null;
        for (Hop h : group.outgoingEdgesOf(start)) {
            GraphPath<ElementId, Hop> p = BFSShortestPath.findPathBetween(group, group.getEdgeTarget(h), start);
            if (p != null && (back == null || p.getLength() < back.getLength())) {
                back = p;
                first = h;
            }
        }
        if (first != null) {
            hops.add(first);
            hops.addAll(back.getEdgeList());
        }
        List<String> parts = new ArrayList<>();
        for (Hop h : hops) {
            Relation r = h.relation();
            String verb = r.kind() == RelationKind.REPORTS_TO ? " reports to " : " delegates to ";
            parts.add(model.describe(r.source()) + verb + model.describe(r.target()));
        }
        return String.join("; ", parts);
    }

    /** An "answers to" edge, remembering the relation it came from so the message can quote it. */
    private record Hop(Relation relation) {
    }
}
