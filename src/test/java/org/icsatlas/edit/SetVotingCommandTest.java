package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class SetVotingCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void givesAMemberAVote() {
        Command c = new SetVotingCommand(id("m-pcn-acp"), true);
        assertUndoable(model, c);
        assertEquals(Boolean.TRUE, model.relation(id("m-pcn-acp")).orElseThrow().voting());
        assertEquals("Give 'Dearne PCN' a vote in 'Barnsley ACP'", c.description());
    }

    @Test
    void makesAMemberNonVotingOrUnknown() {
        Command off = new SetVotingCommand(id("m-council-acp"), false);
        assertUndoable(model, off);
        assertEquals("Make 'Barnsley Council' non-voting in 'Barnsley ACP'", off.description());
        Command unknown = new SetVotingCommand(id("m-council-acp"), null);
        assertUndoable(model, unknown);
        assertNull(model.relation(id("m-council-acp")).orElseThrow().voting());
        assertEquals("Clear whether 'Barnsley Council' votes in 'Barnsley ACP'", unknown.description());
    }

    @Test
    void refusesADelegation() {
        assertRefused(model, new SetVotingCommand(id("d-council-hwb"), true));
    }
}
