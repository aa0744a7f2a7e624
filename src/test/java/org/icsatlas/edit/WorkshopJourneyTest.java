package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

/** User journey 2 on the BSW sample: a facilitator adds a neighbourhood collaborative live, undoes it and redoes it. */
class WorkshopJourneyTest {
    private final IcsModel model = SampleModels.load(SampleModels.BSW);
    private final UndoHistory history = new UndoHistory(model);
    private final IdGenerator ids = new IdGenerator(model);

    @Test
    void aNewCollaborativeWithItsMembersIsTwoUndoStepsAndComesBackOnRedo() {
        ModelSnapshot opened = model.snapshot();
        ElementId body = ids.forName("Devizes Neighbourhood Collaborative");
        history.execute(new AddElementCommand(
                new Element(body, BodyKind.PROVIDER_ALLIANCE, "Devizes Neighbourhood Collaborative", "", "", null), id("devizes")));
        history.execute(CompositeCommand.of("Connect the members of 'Devizes Neighbourhood Collaborative'",
                new ConnectCommand(new Relation(ids.forRelation(id("wiltshire-council"), RelationKind.MEMBER_OF, body),
                        RelationKind.MEMBER_OF, id("wiltshire-council"), body, MemberRole.CHAIR, true, null, "")),
                new ConnectCommand(new Relation(ids.forRelation(id("wiltshire-health-care"), RelationKind.MEMBER_OF, body),
                        RelationKind.MEMBER_OF, id("wiltshire-health-care"), body, MemberRole.MEMBER, true, null, "")),
                ConnectCommand.of(ids, body, RelationKind.REPORTS_TO, id("alliance-delivery-group"))));
        ModelSnapshot proposed = model.snapshot();
        assertEquals(id("devizes-neighbourhood-collaborative"), body);
        assertEquals(3, model.relationsOf(body).size());
        assertTrue(history.isDirty());

        history.undo();
        history.undo();
        assertEquals(opened, model.snapshot());
        assertFalse(history.isDirty());
        assertEquals("Redo Add 'Devizes Neighbourhood Collaborative' to Devizes", history.redoDescription());

        history.redo();
        history.redo();
        assertEquals(proposed, model.snapshot());
    }

    @Test
    void removingTheAllianceDeliveryGroupIsOneStepThatUndoesExactly() {
        ModelSnapshot opened = model.snapshot();
        history.execute(new RemoveCommand(id("alliance-delivery-group")));
        assertTrue(history.undoDescription().startsWith("Undo Remove 'Alliance Delivery Group' and "), history.undoDescription());
        history.undo();
        assertEquals(opened, model.snapshot());
    }

    @Test
    void removingWiltshireRemovesItsNeighbourhoodsAndEverythingInThem() {
        ModelSnapshot opened = model.snapshot();
        history.execute(new RemoveCommand(id("wiltshire")));
        assertFalse(model.isFootprint(id("devizes")));
        assertFalse(model.isElement(id("wiltshire-council")));
        assertTrue(model.views().stream().noneMatch(v -> id("wiltshire").equals(v.root())));
        history.undo();
        assertEquals(opened, model.snapshot());
    }
}
