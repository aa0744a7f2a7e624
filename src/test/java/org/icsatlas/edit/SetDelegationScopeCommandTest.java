package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class SetDelegationScopeCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void setsWhatIsDelegated() {
        Command c = new SetDelegationScopeCommand(id("d-council-hwb"), "public health and the better care fund");
        assertUndoable(model, c);
        assertEquals("public health and the better care fund", model.relation(id("d-council-hwb")).orElseThrow().scope());
        assertEquals("Set the scope of 'Sheffield City Council' delegates to 'Sheffield HWB'", c.description());
    }

    @Test
    void refusesAMembership() {
        assertRefused(model, new SetDelegationScopeCommand(id("m-sth-pa"), "anything"));
    }
}
