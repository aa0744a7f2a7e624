package org.icsatlas.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.edit.ReconnectCommand;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gestures as edits, headless, on the Bath, Swindon and Wiltshire sample: journey 2's steps one by one. */
class DiagramEditorTest {
    private static final ElementId WILTSHIRE = ElementId.of("wiltshire");
    private static final ElementId SWINDON = ElementId.of("swindon");
    private static final ElementId BSW = ElementId.of("bsw");
    private static final ElementId COUNCIL = ElementId.of("wiltshire-council");
    private static final ElementId HWB = ElementId.of("wiltshire-hwb");
    private static final ElementId ALLIANCE = ElementId.of("wiltshire-alliance");

    private IcsModel model;
    private Document document;
    private DiagramEditor editor;
    private final List<String> refusals = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        model = new AtlasJsonReader().readSample("bsw-wiltshire");
        document = new Document(model);
        editor = new DiagramEditor(document);
        document.addListener(new DocumentListener() {
            @Override
            public void refused(String reason) {
                refusals.add(reason);
            }
        });
    }

    @Test
    void aNewBoardAppearsPinnedWhereItWasPutAsOneUndoStep() {
        ModelSnapshot before = model.snapshot();
        ElementId board = editor.createElement(BodyKind.PARTNERSHIP_BOARD, "Wiltshire Locality Board", WILTSHIRE, new Position(40, 60)).orElseThrow();
        assertEquals(WILTSHIRE, model.parentOf(board).orElseThrow());
        assertEquals(new Position(40, 60), document.currentView().pinned().get(board));
        assertEquals(1, document.history().undoSize());
        assertEquals("Undo Add partnership board 'Wiltshire Locality Board' to Wiltshire", document.undoText());
        document.undo();
        assertEquals(before, model.snapshot());
    }

    @Test
    void connectingAMemberWithARoleNamesTheStepAndIsUndoable() {
        ElementId m = editor.connect(ElementId.of("salisbury-ft"), RelationKind.MEMBER_OF, HWB, MemberRole.VICE_CHAIR, true).orElseThrow();
        Relation r = model.relation(m).orElseThrow();
        assertEquals(MemberRole.VICE_CHAIR, r.role());
        assertEquals(Boolean.TRUE, r.voting());
        assertEquals("Undo Connect 'Salisbury NHS FT' member of 'Wiltshire Health and Wellbeing Board'", document.undoText());
    }

    @Test
    void onlyLegalKindsAreOfferedBetweenTwoBoxes() {
        assertEquals(List.of(RelationKind.MEMBER_OF, RelationKind.DELEGATES_TO), editor.legalKinds(COUNCIL, HWB));
        assertEquals(List.of(RelationKind.REPRESENTS), editor.legalKinds(ElementId.of("clewer"), COUNCIL));
        assertEquals(List.of(RelationKind.REPORTS_TO, RelationKind.DELEGATES_TO, RelationKind.ADVISES),
                editor.legalKinds(ElementId.of("alliance-delivery-group"), ALLIANCE));
        assertTrue(editor.legalKinds(HWB, HWB).isEmpty());
    }

    @Test
    void droppingIntoAnotherFootprintMovesAndPinsInOneStepAndARefusedDropChangesNothing() {
        ModelSnapshot before = model.snapshot();
        assertTrue(editor.move(ALLIANCE, SWINDON, new Position(30, 50)).done());
        assertEquals(SWINDON, model.parentOf(ALLIANCE).orElseThrow());
        assertEquals(new Position(30, 50), document.currentView().pinned().get(ALLIANCE));
        assertEquals(1, document.history().undoSize());
        document.undo();
        assertEquals(before, model.snapshot());

        Outcome refused = editor.move(SWINDON, WILTSHIRE, new Position(10, 10));
        assertTrue(refused.refused());
        assertEquals("a place ('Swindon') cannot sit inside a place ('Wiltshire')", refused.reason());
        assertEquals(List.of(refused.reason()), refusals);
        assertEquals(before, model.snapshot(), "a refused drop leaves the model as it was");
        assertFalse(document.canUndo());
    }

    @Test
    void twoDragsOfOneBoxAreTwoUndoSteps() {
        editor.move(ALLIANCE, WILTSHIRE, new Position(30, 50));
        editor.move(ALLIANCE, WILTSHIRE, new Position(60, 80));
        assertEquals(2, document.history().undoSize());
        document.undo();
        assertEquals(new Position(30, 50), document.currentView().pinned().get(ALLIANCE));
    }

    @Test
    void deletingASelectionRemovesTheBoxesAndTheirLinesAsOneStep() {
        ModelSnapshot before = model.snapshot();
        ElementId line = model.relationsOf(COUNCIL).get(0).id();
        document.selection().setAll(List.of(COUNCIL, HWB, line));
        assertTrue(editor.deleteSelection().done());
        assertFalse(model.isElement(COUNCIL));
        assertFalse(model.isElement(HWB));
        assertTrue(document.selection().isEmpty(), "what was deleted is no longer selected");
        assertEquals(1, document.history().undoSize());
        document.undo();
        assertEquals(before, model.snapshot());
    }

    @Test
    void copyAndPasteKeepTheRelationsAmongTheCopiesAndWorkBetweenTwoModels() throws Exception {
        java.util.Set<ElementId> copied = java.util.Set.of(ALLIANCE, ElementId.of("alliance-leadership-team"), ElementId.of("sarum-south-pcn"));
        String json = editor.copy(List.of(ALLIANCE, ElementId.of("alliance-leadership-team"), ElementId.of("sarum-south"))).orElseThrow();
        long among = model.relations().stream().filter(r -> copied.contains(r.source()) && copied.contains(r.target())).count();
        assertTrue(among > 0, "the sample has a line between copied boxes");

        IcsModel other = new AtlasJsonReader().readSample("south-yorkshire-bassetlaw");
        Document second = new Document(other);
        DiagramEditor there = new DiagramEditor(second);
        ElementId into = other.roots().get(0);
        int relationsBefore = other.relationCount();
        ModelSnapshot otherBefore = other.snapshot();
        assertTrue(there.paste(json, into).done());
        assertEquals(3, second.selection().size(), "the copies are selected: the neighbourhood and the two boxes");
        assertEquals(relationsBefore + among, other.relationCount(), "the line between the copies comes along");
        for (ElementId copy : second.selection().items()) {
            assertEquals(into, other.parentOf(copy).orElseThrow());
        }
        second.undo();
        assertEquals(otherBefore, other.snapshot());

        assertTrue(editor.paste(json, SWINDON).done(), "pasting into the same model gives fresh ids");
        assertTrue(editor.paste("{ not json", SWINDON).refused());
    }

    @Test
    void duplicateCopiesAFootprintWithItsContents() {
        ElementId sarum = ElementId.of("sarum-south");
        int before = model.elementCount();
        assertTrue(editor.duplicate(List.of(sarum)).done());
        String name = model.footprint(sarum).orElseThrow().name();
        assertEquals(before + model.elementsIn(sarum).size(), model.elementCount());
        assertEquals(2, model.childFootprints(WILTSHIRE).stream().filter(f -> model.footprint(f).orElseThrow().name().equals(name)).count());
    }

    @Test
    void reconnectKindRoleAndVotingAreEachOneStep() {
        ElementId m = editor.connect(COUNCIL, RelationKind.MEMBER_OF, HWB, MemberRole.MEMBER, null).orElseThrow();
        assertTrue(editor.setRole(m, MemberRole.CHAIR).done());
        assertTrue(editor.setVoting(m, true).done());
        assertTrue(editor.reconnect(m, ReconnectCommand.End.TARGET, ALLIANCE).done());
        assertEquals(ALLIANCE, model.relation(m).orElseThrow().target());
        ElementId rep = editor.connect(ElementId.of("alliance-delivery-group"), RelationKind.REPORTS_TO, ALLIANCE, null, null).orElseThrow();
        assertTrue(editor.changeKind(rep, RelationKind.ADVISES).done());
        assertEquals(RelationKind.ADVISES, model.relation(rep).orElseThrow().kind());
        assertEquals(6, document.history().undoSize());
    }

    @Test
    void aPlaceDroppedIntoAnotherSystemIsReparentedAndFootprintsAreCreatedWhereAsked() {
        ElementId region = editor.createFootprint(FootprintLevel.REGION, "South West", null, null).orElseThrow();
        ElementId other = editor.createFootprint(FootprintLevel.SYSTEM, "Dorset", region, null).orElseThrow();
        assertTrue(editor.move(WILTSHIRE, other, new Position(20, 40)).done());
        assertEquals(other, model.parentOf(WILTSHIRE).orElseThrow());
        assertTrue(model.isWithin(ElementId.of("devizes-pcn"), other), "the place's contents come with it");
    }
}
