package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.junit.jupiter.api.Test;

class ReconnectCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void repointsAReportingLineKeepingItsId() {
        Command c = new ReconnectCommand(id("r-audit"), ReconnectCommand.End.TARGET, id("provider-alliance"));
        assertUndoable(model, c);
        Relation r = model.relation(id("r-audit")).orElseThrow();
        assertEquals(id("provider-alliance"), r.target());
        assertEquals("Re-point 'Audit Committee' reports to 'SYB ICB' to 'Provider Alliance'", c.description());
    }

    @Test
    void movesAMembershipToAnotherBodyKeepingTheRole() {
        new ReconnectCommand(id("m-council-acp"), ReconnectCommand.End.TARGET, id("provider-alliance")).execute(model);
        assertEquals(MemberRole.CHAIR, model.relation(id("m-council-acp")).orElseThrow().role());
    }

    @Test
    void refusesAMembershipOfAnOrganisation() {
        assertTrue(assertRefused(model, new ReconnectCommand(id("m-council-acp"), ReconnectCommand.End.TARGET, id("sth")))
                .getMessage().contains("cannot be a member of"));
    }

    @Test
    void refusesAMissingElement() {
        assertTrue(assertRefused(model, new ReconnectCommand(id("r-audit"), ReconnectCommand.End.SOURCE, id("nowhere")))
                .getMessage().contains("nowhere"));
    }
}
