package org.icsatlas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class SyntheticIcsTest {

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnotherOne() {
        assertEquals(SyntheticIcs.generate(SyntheticIcs.Scale.M, 3).snapshot(), SyntheticIcs.generate(SyntheticIcs.Scale.M, 3).snapshot());
        assertNotEquals(SyntheticIcs.generate(SyntheticIcs.Scale.M, 3).snapshot(), SyntheticIcs.generate(SyntheticIcs.Scale.M, 4).snapshot());
    }

    @Test
    void smallIsOneSystemOfAboutSixtyElements() {
        IcsModel s = SyntheticIcs.generate(SyntheticIcs.Scale.S, 1);
        assertEquals(1, s.roots().size());
        assertTrue(s.elementCount() >= 50 && s.elementCount() <= 70, "elements " + s.elementCount());
    }

    @Test
    void mediumIsOneSystemWithTenPlacesAndAboutSixHundredElements() {
        IcsModel m = SyntheticIcs.generate(SyntheticIcs.Scale.M, 1);
        assertEquals(1, m.roots().size());
        assertEquals(10, count(m, FootprintLevel.PLACE));
        assertTrue(m.elementCount() >= 500 && m.elementCount() <= 700, "elements " + m.elementCount());
    }

    @Test
    void largeIsAllEngland() {
        IcsModel l = SyntheticIcs.generate(SyntheticIcs.Scale.L, 1);
        assertEquals(42, count(l, FootprintLevel.SYSTEM));
        assertTrue(count(l, FootprintLevel.PLACE) >= 170 && count(l, FootprintLevel.PLACE) <= 250);
        assertTrue(count(l, FootprintLevel.NEIGHBOURHOOD) >= 1000 && count(l, FootprintLevel.NEIGHBOURHOOD) <= 1500);
        assertTrue(l.elementCount() >= 4000 && l.elementCount() <= 6000, "elements " + l.elementCount());
        assertEquals(15_000, l.relationCount());
    }

    @Test
    void relationsMixMembershipsReportingAndDelegation() {
        IcsModel m = SyntheticIcs.generate(SyntheticIcs.Scale.S, 1);
        for (RelationKind k : new RelationKind[] {RelationKind.MEMBER_OF, RelationKind.REPORTS_TO, RelationKind.DELEGATES_TO}) {
            assertTrue(m.relations().stream().anyMatch(r -> r.kind() == k), k.name());
        }
    }

    private static long count(IcsModel m, FootprintLevel level) {
        return m.footprints().stream().filter(f -> f.level() == level).count();
    }
}
