package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.junit.jupiter.api.Test;

class ChangeElementKindCommandTest {
    private final IcsModel model = SmallSystem.build();

    @Test
    void changesTheKindOfABody() {
        Command c = new ChangeElementKindCommand(id("audit"), BodyKind.OVERSIGHT_GROUP);
        assertUndoable(model, c);
        assertEquals(BodyKind.OVERSIGHT_GROUP, model.element(id("audit")).orElseThrow().kind());
        assertEquals("Change 'Audit Committee' to oversight and assurance group", c.description());
    }

    @Test
    void refusesTurningABodyWithMembersIntoAnOrganisation() {
        // Barnsley ACP has members: a membership of an organisation is not allowed.
        assertRefused(model, new ChangeElementKindCommand(id("barnsley-acp"), OrganisationKind.LOCAL_AUTHORITY));
    }

    @Test
    void refusesAFootprint() {
        assertRefused(model, new ChangeElementKindCommand(id("sheffield"), BodyKind.COMMITTEE));
    }
}
