package org.icsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IcsModelTest {
    private IcsModel model;

    @BeforeEach
    void smallSystem() {
        model = new IcsModel(ModelInfo.titled("Test ICS"));
        model.addFootprint(Footprint.of("sys", "Test system", FootprintLevel.SYSTEM), null, -1);
        model.addFootprint(Footprint.of("p1", "Place one", FootprintLevel.PLACE), ElementId.of("sys"), -1);
        model.addFootprint(Footprint.of("n1", "Neighbourhood one", FootprintLevel.NEIGHBOURHOOD), ElementId.of("p1"), -1);
        model.addElement(Element.of("icb", BodyKind.INTEGRATED_CARE_BOARD, "ICB board"), ElementId.of("sys"), -1);
        model.addElement(Element.of("alliance", BodyKind.PLACE_PARTNERSHIP, "Place alliance"), ElementId.of("p1"), -1);
        model.addElement(Element.of("council", OrganisationKind.LOCAL_AUTHORITY, "Council"), ElementId.of("p1"), -1);
        model.addRelation(Relation.of("r1", RelationKind.REPORTS_TO, "alliance", "icb"), -1);
    }

    @Test
    void placeInsideNeighbourhoodIsRefusedAndModelUnchanged() {
        ModelSnapshot before = model.snapshot();
        IllegalEditException e = assertThrows(IllegalEditException.class,
                () -> model.addFootprint(Footprint.of("p2", "Place two", FootprintLevel.PLACE), ElementId.of("n1"), -1));
        assertTrue(e.getMessage().contains("cannot sit inside a neighbourhood"), e.getMessage());
        assertEquals(before, model.snapshot());
    }

    @Test
    void membershipOfAnOrganisationIsRefused() {
        model.addElement(Element.of("trust", OrganisationKind.ACUTE_TRUST, "Trust"), ElementId.of("p1"), -1);
        ModelSnapshot before = model.snapshot();
        assertThrows(IllegalEditException.class,
                () -> model.addRelation(Relation.membership("m1", "trust", "council", MemberRole.MEMBER, true), -1));
        assertEquals(before, model.snapshot());
    }

    @Test
    void relationToMissingElementIsRefused() {
        IllegalEditException e = assertThrows(IllegalEditException.class,
                () -> model.addRelation(Relation.of("r2", RelationKind.REPORTS_TO, "alliance", "nowhere"), -1));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
    }

    @Test
    void duplicateIdIsRefusedAcrossKinds() {
        assertThrows(IllegalEditException.class,
                () -> model.addElement(Element.of("p1", BodyKind.COMMITTEE, "Clash"), ElementId.of("sys"), -1));
    }

    @Test
    void footprintCannotMoveInsideItself() {
        assertThrows(IllegalEditException.class, () -> model.move(ElementId.of("sys"), ElementId.of("n1"), -1));
    }

    @Test
    void elementWithRelationsCannotBeRemovedDirectly() {
        assertThrows(IllegalEditException.class, () -> model.removeElement(ElementId.of("alliance")));
    }

    @Test
    void moveReportsBothFootprintsAsTouched() {
        List<ModelChange> seen = new ArrayList<>();
        model.addListener(seen::addAll);
        model.move(ElementId.of("council"), ElementId.of("n1"), -1);
        assertEquals(1, seen.size());
        assertEquals(java.util.Set.of(ElementId.of("p1"), ElementId.of("n1")), seen.get(0).touchedFootprints());
    }

    @Test
    void batchReportsAllChangesOnce() {
        List<List<ModelChange>> calls = new ArrayList<>();
        model.addListener(calls::add);
        model.batch(() -> {
            model.addElement(Element.of("c1", BodyKind.COMMITTEE, "Audit"), ElementId.of("sys"), -1);
            model.addRelation(Relation.of("r9", RelationKind.REPORTS_TO, "c1", "icb"), -1);
        });
        assertEquals(1, calls.size());
        assertEquals(2, calls.get(0).size());
    }

    @Test
    void copyHasTheSameSnapshot() {
        assertEquals(model.snapshot(), model.copy().snapshot());
    }

    @Test
    void copyIsTheModelItsSnapshotRebuildsAndIndependentOfIt() {
        IcsModel big = org.icsatlas.bench.SyntheticIcs.generate(org.icsatlas.bench.SyntheticIcs.Scale.S, 7);
        // An edit history that leaves the model's insertion order different from its canonical order.
        ElementId first = big.elements().get(0).id();
        ElementId last = big.elements().get(big.elementCount() - 1).id();
        big.move(first, big.parentOf(last).orElseThrow(), 0);
        big.addRelation(Relation.of("r-front", RelationKind.REPORTS_TO, first.value(), last.value()), 0);
        IcsModel rebuilt = IcsModel.fromSnapshot(big.snapshot());
        IcsModel copy = big.copy();

        assertEquals(big.snapshot(), copy.snapshot());
        assertEquals(rebuilt.roots(), copy.roots());
        for (Footprint f : big.footprints()) {
            assertEquals(rebuilt.childFootprints(f.id()), copy.childFootprints(f.id()));
            assertEquals(rebuilt.elementsIn(f.id()), copy.elementsIn(f.id()));
        }
        for (Element e : big.elements()) {
            assertEquals(rebuilt.parentOf(e.id()), copy.parentOf(e.id()));
            assertEquals(List.copyOf(rebuilt.outgoing(e.id())), List.copyOf(copy.outgoing(e.id())));
            assertEquals(List.copyOf(rebuilt.incoming(e.id())), List.copyOf(copy.incoming(e.id())));
        }
        assertEquals(List.copyOf(rebuilt.graph().vertexSet()), List.copyOf(copy.graph().vertexSet()));

        ModelSnapshot before = big.snapshot();
        copy.removeRelation(ElementId.of("r-front"));
        copy.addElement(Element.of("only-in-copy", BodyKind.COMMITTEE, "Copy"), big.parentOf(last).orElseThrow(), 0);
        assertEquals(before, big.snapshot());
        assertTrue(big.relation(ElementId.of("r-front")).isPresent());
    }

    @Test
    void elementsComeInTreeOrder() {
        assertEquals(List.of("icb", "alliance", "council"), model.elements().stream().map(e -> e.id().value()).toList());
    }
}
