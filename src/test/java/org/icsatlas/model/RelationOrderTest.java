package org.icsatlas.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A body's incoming and outgoing relations come in model order, whatever order the edits came in: the composition
 * rules read memberships straight from {@link IcsModel#incoming} (no sort), so their messages must not change
 * when a removal is undone (the relation goes back to its old place, not to the end) or a relation is reconnected.
 */
class RelationOrderTest {
    private IcsModel model;

    @BeforeEach
    void boardWithThreeMembers() {
        model = new IcsModel(ModelInfo.titled("Order"));
        model.addFootprint(Footprint.of("sys", "System", FootprintLevel.SYSTEM), null, -1);
        model.addElement(Element.of("board", BodyKind.INTEGRATED_CARE_BOARD, "Board"), ElementId.of("sys"), -1);
        model.addElement(Element.of("other", BodyKind.COMMITTEE, "Other board"), ElementId.of("sys"), -1);
        for (String org : List.of("a", "b", "c")) {
            model.addElement(Element.of(org, OrganisationKind.LOCAL_AUTHORITY, "Council " + org), ElementId.of("sys"), -1);
            model.addRelation(Relation.membership("m" + org, org, "board", MemberRole.MEMBER, true), -1);
        }
    }

    private List<String> incomingIds(String body) {
        return model.incoming(ElementId.of(body)).stream().map(r -> r.id().value()).toList();
    }

    @Test
    void aRelationPutBackAtItsPlaceComesBackThereAtItsEnds() {
        Relation first = model.relation(ElementId.of("ma")).orElseThrow();
        model.removeRelation(first.id());
        assertEquals(List.of("mb", "mc"), incomingIds("board"));
        model.addRelation(first, 0);
        assertEquals(List.of("ma", "mb", "mc"), incomingIds("board"));
        assertEquals(List.of("ma", "mb", "mc"), model.relations().stream().map(r -> r.id().value()).toList());
        assertEquals(List.of("ma"), model.outgoing(ElementId.of("a")).stream().map(r -> r.id().value()).toList());
    }

    @Test
    void aReconnectedRelationKeepsItsModelOrderAtItsNewEnd() {
        model.addRelation(Relation.membership("mx", "a", "other", MemberRole.MEMBER, true), -1);
        Relation mb = model.relation(ElementId.of("mb")).orElseThrow();
        model.updateRelation(mb.withEnds(mb.source(), ElementId.of("other")));
        assertEquals(List.of("mb", "mx"), incomingIds("other"));
        assertEquals(List.of("ma", "mc"), incomingIds("board"));
        assertEquals(1, model.indexOf(ElementId.of("mb")));
    }

    @Test
    void aChangedRelationStaysWhereItWas() {
        Relation mb = model.relation(ElementId.of("mb")).orElseThrow();
        model.updateRelation(mb.withRole(MemberRole.CHAIR));
        assertEquals(List.of("ma", "mb", "mc"), incomingIds("board"));
        assertTrue(model.incoming(ElementId.of("board")).contains(mb.withRole(MemberRole.CHAIR)));
    }

    @Test
    void theRelationsLiveInTheModelsJGraphTGraph() {
        org.jgrapht.Graph<ElementId, Relation> g = model.graph();
        assertSame(g, model.graph(), "one graph, the store, not a copy built per call");
        assertEquals(5, g.vertexSet().size());
        Relation added = Relation.membership("mo", "a", "other", MemberRole.MEMBER, true);
        model.addRelation(added, -1);
        assertTrue(g.containsEdge(added), "the graph sees the edit at once");
        assertEquals(ElementId.of("other"), g.getEdgeTarget(added));
        model.removeRelation(added.id());
        assertFalse(g.containsEdge(added));
        assertEquals(3, g.inDegreeOf(ElementId.of("board")));
    }
}
