package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

/** One import = one undo step that adds, changes, re-points and removes, and undo restores the model exactly. */
class ImportCommandTest {
    private static IcsModel base() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("f", "Frimley", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("slough", "Slough", FootprintLevel.PLACE), ElementId.of("f"), -1);
        m.addElement(Element.of("icb", BodyKind.INTEGRATED_CARE_BOARD, "ICB Board"), ElementId.of("f"), -1);
        m.addElement(Element.of("spp", BodyKind.PLACE_PARTNERSHIP, "Slough Place Partnership"), ElementId.of("slough"), -1);
        m.addElement(Element.of("old", BodyKind.COMMITTEE, "Old Committee"), ElementId.of("f"), -1);
        m.addElement(Element.of("sbc", OrganisationKind.LOCAL_AUTHORITY, "Slough Borough Council"), ElementId.of("slough"), -1);
        m.addRelation(Relation.membership("m1", "sbc", "spp", MemberRole.MEMBER, true), -1);
        m.addRelation(Relation.of("r1", RelationKind.REPORTS_TO, "spp", "old"), -1);
        return m;
    }

    @Test
    void bringsTheModelToTheTargetAndUndoPutsItBack() {
        IcsModel model = base();
        ModelSnapshot before = model.snapshot();
        IcsModel target = base().copy();
        target.addFootprint(Footprint.of("bf", "Bracknell Forest", FootprintLevel.PLACE), ElementId.of("f"), -1);
        target.updateRelation(target.relation(ElementId.of("m1")).orElseThrow().withRole(MemberRole.CHAIR));
        target.updateRelation(target.relation(ElementId.of("r1")).orElseThrow().withEnds(ElementId.of("spp"), ElementId.of("icb")));
        target.updateElement(target.element(ElementId.of("spp")).orElseThrow().withAttribute("source", "register"));
        target.removeElement(ElementId.of("old"));
        target.addElement(Element.of("bfc", OrganisationKind.LOCAL_AUTHORITY, "Bracknell Forest Council"), ElementId.of("bf"), -1);

        UndoHistory history = new UndoHistory(model);
        ImportCommand c = new ImportCommand("register frimley", target);
        history.execute(c);
        assertEquals(target.snapshot().footprints(), model.snapshot().footprints());
        assertEquals(target.snapshot().elements(), model.snapshot().elements());
        assertEquals(target.snapshot().relations(), model.snapshot().relations());
        assertEquals("Import register frimley (2 additions, 3 changes, 1 removal)", c.description());
        assertTrue(history.undoDescription().contains("Import register frimley"));
        history.undo();
        assertEquals(before, model.snapshot());
        history.redo();
        assertEquals(target.snapshot().relations(), model.snapshot().relations());
    }
}
