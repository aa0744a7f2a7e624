package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;

/** The rules read status (only what is in force satisfies a statutory composition), co-chairs and declared kinds. */
class StatusAndCoChairRulesTest {

    private static List<Finding> check(Rule rule, IcsModel m) {
        return rule.check(m);
    }

    private static void mark(IcsModel m, String id, Status status) {
        ElementId e = ElementId.of(id);
        if (m.isElement(e)) {
            m.updateElement(m.element(e).orElseThrow().withLifecycle(Lifecycle.of(status)));
        } else {
            m.updateRelation(m.relation(e).orElseThrow().withLifecycle(Lifecycle.of(status)));
        }
    }

    @Test
    void twoOrMoreCoChairsAndNoSoleChairPass() {
        IcsModel m = new ModelBuilder().element("b", BodyKind.PARTNERSHIP_BOARD, "Board")
                .element("p", PersonKind.ROLE_HOLDER, "Mayor").element("q", PersonKind.ROLE_HOLDER, "Clinical lead")
                .member("p", "b", MemberRole.CO_CHAIR).member("q", "b", MemberRole.CO_CHAIR).build();
        assertEquals(List.of(), check(new ChairRule(), m));
    }

    @Test
    void aLoneCoChairOrAChairBesideCoChairsIsFlagged() {
        IcsModel lone = new ModelBuilder().element("b", BodyKind.PARTNERSHIP_BOARD, "Board")
                .element("p", PersonKind.ROLE_HOLDER, "Mayor").member("p", "b", MemberRole.CO_CHAIR).build();
        assertEquals("'Board' has one co-chair, 'Mayor', and no other; record the other co-chair, or record this one as chair",
                check(new ChairRule(), lone).get(0).message());
        IcsModel both = new ModelBuilder().element("b", BodyKind.PARTNERSHIP_BOARD, "Board")
                .element("p", PersonKind.ROLE_HOLDER, "Mayor").element("q", PersonKind.ROLE_HOLDER, "Lead")
                .element("c", PersonKind.ROLE_HOLDER, "Chair").member("p", "b", MemberRole.CO_CHAIR)
                .member("q", "b", MemberRole.CO_CHAIR).member("c", "b", MemberRole.CHAIR).build();
        assertTrue(check(new ChairRule(), both).get(0).message().contains("has both a chair ('Chair') and co-chairs ('Mayor' and 'Lead')"));
    }

    @Test
    void abolishedBodiesAndMembershipsAreNotChecked() {
        IcsModel m = new ModelBuilder().element("b", BodyKind.COMMITTEE, "Old committee")
                .element("x", PersonKind.ROLE_HOLDER, "A").element("y", PersonKind.ROLE_HOLDER, "B")
                .member("x", "b", MemberRole.CHAIR).member("y", "b", MemberRole.CHAIR).build();
        assertEquals(1, check(new ChairRule(), m).size());
        mark(m, "r2", Status.ABOLISHED);
        assertEquals(List.of(), check(new ChairRule(), m));
        mark(m, "b", Status.ABOLISHED);
        mark(m, "r2", Status.CURRENT);
        assertEquals(List.of(), check(new ChairRule(), m));
        assertEquals(List.of(), check(new UnaccountableBodyRule(), m));
    }

    @Test
    void aProposedOrDesignateMemberDoesNotSatisfyTheIcbCompositionAndTheFindingSaysSo() {
        IcsModel m = new ModelBuilder().element("icb", BodyKind.INTEGRATED_CARE_BOARD, "ICB board")
                .element("chair", PersonKind.ROLE_HOLDER, "Stephanie Elsy").element("ce", PersonKind.ROLE_HOLDER, "Chief")
                .element("trust", OrganisationKind.ACUTE_TRUST, "Trust").element("gp", OrganisationKind.PCN, "PCN")
                .element("la", OrganisationKind.LOCAL_AUTHORITY, "Council")
                .member("chair", "icb", MemberRole.CHAIR).member("ce", "icb", MemberRole.CHIEF_EXECUTIVE)
                .member("trust", "icb", MemberRole.PARTNER_MEMBER).member("gp", "icb", MemberRole.PARTNER_MEMBER)
                .member("la", "icb", MemberRole.PARTNER_MEMBER).build();
        assertEquals(List.of(), check(new IcbCompositionRule(), m));
        mark(m, "r1", Status.SHADOW);
        mark(m, "la", Status.PROPOSED);
        String message = check(new IcbCompositionRule(), m).get(0).message();
        assertEquals("the integrated care board 'ICB board' lacks a chair; a partner member from local authorities (counting only"
                + " members in force; not yet in force: 'Stephanie Elsy' (chair, shadow / designate) and 'Council' (local authorities,"
                + " proposed): a proposed or designate member does not satisfy the statutory composition until in post)"
                + " (NHS Act 2006 Schedule 1B)", message);
        mark(m, "icb", Status.PROPOSED);
        assertTrue(check(new IcbCompositionRule(), m).get(0).message().startsWith("the proposed integrated care board 'ICB board'"));
        mark(m, "icb", Status.ABOLISHED);
        assertEquals(List.of(), check(new IcbCompositionRule(), m));
    }

    @Test
    void aProposedIcbMemberDoesNotSatisfyTheIcp() {
        IcsModel m = new ModelBuilder().element("icp", BodyKind.INTEGRATED_CARE_PARTNERSHIP, "ICP")
                .element("icb", OrganisationKind.ICB, "ICB").element("la", OrganisationKind.LOCAL_AUTHORITY, "Council")
                .member("icb", "icp", MemberRole.MEMBER).member("la", "icp", MemberRole.MEMBER).build();
        assertEquals(List.of(), check(new IcpCompositionRule(), m));
        mark(m, "r1", Status.PROPOSED);
        assertTrue(check(new IcpCompositionRule(), m).get(0).message().contains(
                "no member from the integrated care board (counting only members in force; not yet in force: 'ICB' (proposed)"));
    }

    @Test
    void aDeclaredKindIsCheckedAsTheKindItIsBasedOn() {
        DeclaredKind locality = DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PLACE_PARTNERSHIP);
        DeclaredKind programme = DeclaredKind.basedOn("WORK_PROGRAMME", "Work programme", BodyKind.PROJECT);
        ModelBuilder b = new ModelBuilder();
        b.build().declareKind(locality);
        b.build().declareKind(programme);
        IcsModel m = b.element("l", locality, "Bury Locality Board").element("w", programme, "Programme")
                .element("c", OrganisationKind.LOCAL_AUTHORITY, "Bury Council").member("c", "l", MemberRole.MEMBER)
                .relation(RelationKind.REPORTS_TO, "w", "l").build();
        List<Finding> chairs = check(new ChairRule(), m);
        assertEquals(1, chairs.size(), "a locality board needs a chair, a work programme (a project) does not");
        assertEquals(List.of(), check(new UnaccountableBodyRule(), m), "a partnership with member organisations answers to them");
    }
}
