package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class ChangeRelationKindCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void turnsAReportingLineIntoAdvice() {
        Command c = new ChangeRelationKindCommand(id("r-audit"), RelationKind.ADVISES);
        assertUndoable(model, c);
        assertEquals(RelationKind.ADVISES, model.relation(id("r-audit")).orElseThrow().kind());
        assertEquals("Change 'Audit Committee' reports to 'SYB ICB' to advises / scrutinises", c.description());
    }

    @Test
    void undoBringsBackTheScopeTheNewKindDropped() {
        Command c = new ChangeRelationKindCommand(id("d-council-hwb"), RelationKind.MEMBER_OF);
        c.execute(model);
        assertNull(model.relation(id("d-council-hwb")).orElseThrow().scope());
        c.undo(model);
        assertEquals("public health", model.relation(id("d-council-hwb")).orElseThrow().scope());
    }

    @Test
    void undoBringsBackTheRoleAndVote() {
        Command c = new ChangeRelationKindCommand(id("m-council-acp"), RelationKind.DELEGATES_TO);
        assertUndoable(model, c);
        c.undo(model);
        Relation r = model.relation(id("m-council-acp")).orElseThrow();
        assertEquals(MemberRole.CHAIR, r.role());
        assertEquals(Boolean.TRUE, r.voting());
    }

    @Test
    void refusesAKindThatDoesNotFitTheEnds() {
        // A local authority cannot report: reporting goes from a body.
        assertRefused(model, new ChangeRelationKindCommand(id("m-council-acp"), RelationKind.REPORTS_TO));
    }

    @Test
    void refusesAnElement() {
        assertRefused(model, new ChangeRelationKindCommand(id("audit"), RelationKind.REPORTS_TO));
    }
}
