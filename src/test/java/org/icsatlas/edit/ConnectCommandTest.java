package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class ConnectCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void addsAReportingLineWithAReadableId() {
        ConnectCommand c = ConnectCommand.of(new IdGenerator(model), id("sheffield-hwb"), RelationKind.REPORTS_TO, id("icb"));
        assertUndoable(model, c);
        assertEquals(id("sheffield-hwb-reports-to-icb"), c.relation().id());
        assertTrue(model.relation(c.relation().id()).isPresent());
        assertEquals("Connect 'Sheffield HWB' reports to 'SYB ICB'", c.description());
    }

    @Test
    void addsAMembershipAtTheGivenPlaceInModelOrder() {
        Command c = new ConnectCommand(Relation.membership("m-new", "sth", "barnsley-acp", MemberRole.OBSERVER, false), 0);
        assertUndoable(model, c);
        assertEquals(0, model.indexOf(id("m-new")));
    }

    @Test
    void refusesAMembershipOfAnOrganisation() {
        assertRefused(model, new ConnectCommand(Relation.membership("m-bad", "sth", "sheffield-council", MemberRole.MEMBER, true)));
    }

    @Test
    void refusesARelationToAMissingElement() {
        String message = assertRefused(model, new ConnectCommand(Relation.of("r-bad", RelationKind.REPORTS_TO, "audit", "ghost"))).getMessage();
        assertTrue(message.contains("ghost"), message);
    }

    @Test
    void refusesAnIdAlreadyTaken() {
        assertRefused(model, new ConnectCommand(Relation.of("r-audit", RelationKind.ADVISES, "audit", "icb")));
    }
}
