package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.junit.jupiter.api.Test;

class SetMemberRoleCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void makesAMemberTheChair() {
        Command c = new SetMemberRoleCommand(id("m-pcn-acp"), MemberRole.VICE_CHAIR);
        assertUndoable(model, c);
        assertEquals(MemberRole.VICE_CHAIR, model.relation(id("m-pcn-acp")).orElseThrow().role());
        assertEquals("Make 'Dearne PCN' vice-chair of 'Barnsley ACP'", c.description());
    }

    @Test
    void refusesAReportingLine() {
        assertTrue(assertRefused(model, new SetMemberRoleCommand(id("r-audit"), MemberRole.CHAIR)).getMessage().contains("not a membership"));
    }
}
