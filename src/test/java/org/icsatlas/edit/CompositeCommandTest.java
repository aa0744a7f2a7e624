package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelChange;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class CompositeCommandTest {
    private final IcsModel model = SmallSystem.build();

    private Command addCollaborativeWithMembers(Relation lastStep) {
        return CompositeCommand.of("Add 'Dearne Collaborative' with its members",
                new AddElementCommand(Element.of("dearne-collab", BodyKind.PROVIDER_ALLIANCE, "Dearne Collaborative"), id("dearne")),
                new ConnectCommand(Relation.membership("m1", "barnsley-council", "dearne-collab", MemberRole.CHAIR, true)),
                new ConnectCommand(Relation.membership("m2", "dearne-pcn", "dearne-collab", MemberRole.MEMBER, true)),
                new ConnectCommand(lastStep));
    }

    @Test
    void runsAllStepsAsOneUndoableEdit() {
        Command c = addCollaborativeWithMembers(Relation.of("r1", RelationKind.REPORTS_TO, "dearne-collab", "barnsley-acp"));
        assertUndoable(model, c);
        assertEquals(3, model.relationsOf(id("dearne-collab")).size());
        assertEquals("Add 'Dearne Collaborative' with its members", c.description());
    }

    @Test
    void aRefusedStepUndoesTheStepsBeforeItAndLeavesTheModelUnchanged() {
        Command c = addCollaborativeWithMembers(Relation.membership("m3", "dearne-collab", "sth", MemberRole.MEMBER, null));
        assertRefused(model, c);
        assertTrue(model.element(id("dearne-collab")).isEmpty());
    }

    @Test
    void listenersHearOneBatch() {
        List<List<ModelChange>> batches = new ArrayList<>();
        model.addListener(batches::add);
        Command c = addCollaborativeWithMembers(Relation.of("r1", RelationKind.REPORTS_TO, "dearne-collab", "barnsley-acp"));
        c.execute(model);
        assertEquals(1, batches.size());
        assertEquals(4, batches.get(0).size());
        c.undo(model);
        assertEquals(2, batches.size());
    }

    @Test
    void anEmptyCompositeDoesNothing() {
        var before = model.snapshot();
        CompositeCommand.of("Nothing").execute(model);
        assertEquals(before, model.snapshot());
    }
}
