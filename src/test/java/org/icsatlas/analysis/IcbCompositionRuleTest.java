package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class IcbCompositionRuleTest {
    private final IcbCompositionRule rule = new IcbCompositionRule();

    private static ModelBuilder board() {
        return new ModelBuilder()
                .element("icb-org", OrganisationKind.ICB, "NHS Test ICB")
                .element("trust", OrganisationKind.ACUTE_TRUST, "Test Hospitals NHS FT")
                .element("pcn", OrganisationKind.PCN, "Test PCN")
                .element("council", OrganisationKind.LOCAL_AUTHORITY, "Test Council")
                .element("chair", PersonKind.ROLE_HOLDER, "Chair person")
                .element("ceo", PersonKind.ROLE_HOLDER, "Chief executive person")
                .element("gp", PersonKind.ROLE_HOLDER, "GP partner member")
                .element("board", BodyKind.INTEGRATED_CARE_BOARD, "ICB board")
                .relation(RelationKind.REPRESENTS, "ceo", "icb-org")
                .relation(RelationKind.REPRESENTS, "gp", "pcn")
                .member("chair", "board", MemberRole.CHAIR)
                .member("ceo", "board", MemberRole.CHIEF_EXECUTIVE);
    }

    @Test
    void fullBoardWithPartnerMembersFromEachSectorPasses() {
        IcsModel model = board()
                .member("trust", "board", MemberRole.PARTNER_MEMBER)
                .member("gp", "board", MemberRole.PARTNER_MEMBER)
                .member("council", "board", MemberRole.PARTNER_MEMBER)
                .build();
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void missingSectorsAreEachNamed() {
        IcsModel model = board().member("trust", "board", MemberRole.PARTNER_MEMBER).build();
        List<Finding> findings = rule.check(model);
        assertEquals(1, findings.size());
        assertEquals(Severity.WARNING, findings.get(0).severity());
        assertEquals(List.of(ElementId.of("board")), findings.get(0).elements());
        assertEquals("the integrated care board 'ICB board' lacks a partner member from primary care; "
                + "a partner member from local authorities (NHS Act 2006 Schedule 1B)", findings.get(0).message());
    }

    @Test
    void observersDoNotCountAndAnEmptyBoardLacksEverything() {
        IcsModel model = new ModelBuilder()
                .element("council", OrganisationKind.LOCAL_AUTHORITY, "Test Council")
                .element("board", BodyKind.INTEGRATED_CARE_BOARD, "ICB board")
                .member("council", "board", MemberRole.OBSERVER)
                .build();
        assertEquals("the integrated care board 'ICB board' lacks a chair; a chief executive; a partner member from NHS trusts; "
                + "a partner member from primary care; a partner member from local authorities (NHS Act 2006 Schedule 1B)",
                rule.check(model).get(0).message());
    }
}
