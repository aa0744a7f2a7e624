package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FocusSetTest {
    private IcsModel model;

    private static ElementId id(String s) {
        return ElementId.of(s);
    }

    @BeforeEach
    void system() {
        model = new IcsModel();
        model.addFootprint(Footprint.of("sys", "System", FootprintLevel.SYSTEM), null, -1);
        model.addFootprint(Footprint.of("place", "Place", FootprintLevel.PLACE), id("sys"), -1);
        model.addElement(Element.of("icb-org", OrganisationKind.ICB, "ICB"), id("sys"), -1);
        model.addElement(Element.of("board", BodyKind.INTEGRATED_CARE_BOARD, "ICB board"), id("sys"), -1);
        model.addElement(Element.of("alliance", BodyKind.PLACE_PARTNERSHIP, "Alliance"), id("place"), -1);
        model.addElement(Element.of("delivery", BodyKind.DELIVERY_GROUP, "Delivery group"), id("place"), -1);
        model.addElement(Element.of("project", BodyKind.PROJECT, "Project"), id("place"), -1);
        model.addElement(Element.of("council", OrganisationKind.LOCAL_AUTHORITY, "Council"), id("place"), -1);
        model.addElement(Element.of("trust", OrganisationKind.ACUTE_TRUST, "Trust"), id("place"), -1);
        model.addElement(Element.of("scrutiny", BodyKind.SCRUTINY_COMMITTEE, "Scrutiny"), id("place"), -1);
        model.addRelation(Relation.of("r-board", RelationKind.REPORTS_TO, "board", "icb-org"), -1);
        model.addRelation(Relation.of("d-board", RelationKind.DELEGATES_TO, "board", "alliance"), -1);
        model.addRelation(Relation.of("d-alliance", RelationKind.DELEGATES_TO, "alliance", "delivery"), -1);
        model.addRelation(Relation.of("r-delivery", RelationKind.REPORTS_TO, "delivery", "alliance"), -1);
        model.addRelation(Relation.of("r-project", RelationKind.REPORTS_TO, "project", "delivery"), -1);
        model.addRelation(Relation.membership("m-council", "council", "alliance", MemberRole.CHAIR, true), -1);
        model.addRelation(Relation.membership("m-trust", "trust", "alliance", MemberRole.MEMBER, true), -1);
        model.addRelation(Relation.of("a-scrutiny", RelationKind.ADVISES, "scrutiny", "alliance"), -1);
    }

    @Test
    void bodyFocusHoldsMembersChainUpAndDelegates() {
        FocusSet f = FocusSet.of(model, id("alliance"));
        assertEquals(Set.of(id("council"), id("trust")), f.members());
        assertEquals(Set.of(id("board"), id("icb-org")), f.chain(), "delegated by the board, which reports to the ICB");
        assertEquals(Set.of(id("delivery")), f.delegates());
        assertTrue(f.relations().containsAll(Set.of(id("m-council"), id("d-board"), id("r-board"), id("d-alliance"))));
    }

    @Test
    void unconnectedAndDownstreamReportersStayOutOfFocus() {
        FocusSet f = FocusSet.of(model, id("alliance"));
        assertFalse(f.contains(id("scrutiny")), "advice is not accountability");
        assertFalse(f.contains(id("project")), "a body reporting to a delegate is below the focus, not part of it");
        assertFalse(f.contains(id("a-scrutiny")));
    }

    @Test
    void chainFollowsReportingTransitivelyToTheTop() {
        FocusSet f = FocusSet.of(model, id("project"));
        assertEquals(Set.of(id("delivery"), id("alliance"), id("board"), id("icb-org")), f.chain());
        assertTrue(f.relations().containsAll(Set.of(id("r-project"), id("r-delivery"), id("d-board"), id("r-board"))));
    }

    @Test
    void reportingCycleEnds() {
        model.addRelation(Relation.of("r-loop", RelationKind.REPORTS_TO, "alliance", "project"), -1);
        FocusSet f = FocusSet.of(model, id("project"));
        assertTrue(f.chain().contains(id("alliance")));
        assertFalse(f.chain().contains(id("project")), "the focus is never part of its own chain");
    }

    @Test
    void organisationFocusShowsWhatItIsAMemberOf() {
        FocusSet f = FocusSet.of(model, id("council"));
        assertEquals(Set.of(id("alliance")), f.memberships());
        assertEquals(Set.of(id("council"), id("alliance")), f.elements());
    }

    @Test
    void footprintFocusCoversEverythingInside() {
        FocusSet f = FocusSet.of(model, id("place"));
        assertTrue(f.chain().containsAll(Set.of(id("board"), id("icb-org"))));
        assertFalse(f.members().contains(id("council")), "elements inside the footprint are the focus, not members of it");
        assertTrue(f.contains(id("place")));
        assertTrue(f.focused().containsAll(Set.of(id("council"), id("alliance"), id("project"))));
        assertTrue(f.contains(id("council")));
    }

    @Test
    void unknownIdGivesAFocusOfItselfOnly() {
        FocusSet f = FocusSet.of(model, id("nowhere"));
        assertEquals(Set.of(id("nowhere")), f.elements());
        assertTrue(f.relations().isEmpty());
    }

    @Test
    void aPartnershipThatReportsToNoOneAnswersToItsMemberOrganisations() {
        model.addElement(Element.of("collab", BodyKind.PROVIDER_ALLIANCE, "Provider collaborative"), id("sys"), -1);
        model.addRelation(Relation.membership("m-collab-trust", "trust", "collab", MemberRole.MEMBER, true), -1);
        FocusSet f = FocusSet.of(model, id("collab"));
        assertEquals(Set.of(id("trust")), f.chain(), "the trust ratifies the collaborative's decisions");
        assertTrue(f.relations().contains(id("m-collab-trust")));
    }

    @Test
    void aBodyThatReportsUpwardDoesNotClimbToItsMembers() {
        FocusSet f = FocusSet.of(model, id("delivery"));
        assertFalse(f.chain().contains(id("council")), "the alliance is delegated to, so its members are not its accountability");
    }
}
