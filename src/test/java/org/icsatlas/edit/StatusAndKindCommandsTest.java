package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;

/** Setting a status, declaring and removing kinds and hiding a status in a view are undoable commands. */
class StatusAndKindCommandsTest {
    private final IcsModel model = new IcsModel();
    private final UndoHistory history = new UndoHistory(model);

    StatusAndKindCommandsTest() {
        model.addFootprint(Footprint.of("s", "System", FootprintLevel.SYSTEM), null, -1);
        model.addElement(Element.of("icb", BodyKind.INTEGRATED_CARE_BOARD, "ICB Board"), ElementId.of("s"), -1);
        model.addElement(Element.placeholder("chair", "Chair, ICB"), ElementId.of("s"), -1);
        model.addRelation(Relation.membership("m", "chair", "icb", MemberRole.CHAIR, null), -1);
        model.addView(DiagramView.whole("v", "Whole"), -1);
    }

    @Test
    void setStatusOfAnElementAndOfARelationUndoes() {
        ModelSnapshot before = model.snapshot();
        history.execute(new SetStatusCommand(ElementId.of("icb"), new Lifecycle(Status.PROPOSED, "2022-04", "")));
        assertEquals("Undo Mark 'ICB Board' proposed from 2022-04", history.undoDescription());
        history.execute(new SetStatusCommand(ElementId.of("m"), Status.SHADOW));
        assertEquals(Status.SHADOW, model.relation(ElementId.of("m")).orElseThrow().status());
        assertEquals(Status.PROPOSED, model.element(ElementId.of("icb")).orElseThrow().status());
        history.undo();
        history.undo();
        assertEquals(before, model.snapshot());
        assertThrows(IllegalEditException.class, () -> history.execute(new SetStatusCommand(ElementId.of("s"), Status.ABOLISHED)));
    }

    @Test
    void declareRedeclareAndRemoveAKindUndo() {
        ModelSnapshot before = model.snapshot();
        DeclaredKind locality = DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PLACE_PARTNERSHIP);
        history.execute(new DeclareKindCommand(locality));
        history.execute(new AddElementCommand(Element.of("bury", locality, "Bury Locality Board"), ElementId.of("s"), -1));
        DeclaredKind coloured = new DeclaredKind("LOCALITY_BOARD", ElementType.BODY, "Locality board", BodyKind.PLACE_PARTNERSHIP, "#114477", "LOC");
        history.execute(new DeclareKindCommand(coloured));
        assertEquals("Undo Redeclare kind 'Locality board'", history.undoDescription());
        assertEquals(coloured, model.element(ElementId.of("bury")).orElseThrow().kind());
        assertThrows(IllegalEditException.class, () -> history.execute(new RemoveKindCommand("LOCALITY_BOARD")));
        history.undo();
        assertEquals(locality, model.element(ElementId.of("bury")).orElseThrow().kind());
        history.undo();
        history.execute(new RemoveKindCommand("LOCALITY_BOARD"));
        assertTrue(model.kinds().declared().isEmpty());
        history.undo();
        assertEquals(locality, model.kinds().declared("LOCALITY_BOARD"));
        history.undo();
        assertEquals(before, model.snapshot());
    }

    @Test
    void hidingAStatusInAViewUndoesAndCurrentCannotBeHidden() {
        ElementId v = ElementId.of("v");
        history.execute(ChangeViewCommand.showStatus(v, Status.PROPOSED, false));
        assertEquals("Undo Hide proposed elements and relations", history.undoDescription());
        assertFalse(model.view(v).orElseThrow().shows(Status.PROPOSED));
        history.undo();
        assertTrue(model.view(v).orElseThrow().shows(Status.PROPOSED));
        assertThrows(IllegalEditException.class, () -> history.execute(ChangeViewCommand.showStatus(v, Status.CURRENT, false)));
    }
}
