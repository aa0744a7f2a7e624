package org.icsatlas.render.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class StyleTableTest {
    private final StyleTable table = StyleTable.standard();

    private static List<ElementKind> allElementKinds() {
        return java.util.Arrays.stream(ElementType.values()).flatMap(t -> java.util.Arrays.stream(ElementKind.values(t))).toList();
    }

    @Test
    void everyElementKindHasAStyleWithReadableText() {
        for (ElementKind k : allElementKinds()) {
            ElementStyle s = table.element(k);
            assertNotNull(s, k.name());
            assertTrue(s.textContrast() >= 4.5, k.name() + " text contrast " + s.textContrast());
            assertFalse(s.badge().isBlank(), k.name() + " badge");
        }
    }

    @Test
    void everyRelationKindAndFootprintLevelHasAStyle() {
        for (RelationKind k : RelationKind.values()) {
            assertNotNull(table.relation(k), k.name());
        }
        for (FootprintLevel l : FootprintLevel.values()) {
            FootprintStyle s = table.footprint(l);
            assertNotNull(s, l.name());
            assertTrue(s.headerContrast() >= 4.5, l.name() + " header contrast " + s.headerContrast());
        }
    }

    @Test
    void relationKindsDifferWithoutColour() {
        Set<RelationStyle.Signature> seen = new HashSet<>();
        for (RelationKind k : RelationKind.values()) {
            assertTrue(seen.add(table.relation(k).signature()), k + " looks like another kind in black and white");
        }
    }

    @Test
    void relationsAreDrawnAsTheDesignSays() {
        assertFalse(table.relation(RelationKind.MEMBER_OF).solid(), "membership is dashed");
        assertEquals(Arrowhead.FILLED, table.relation(RelationKind.REPORTS_TO).arrowhead());
        assertTrue(table.relation(RelationKind.REPORTS_TO).solid());
        assertTrue(table.relation(RelationKind.DELEGATES_TO).doubleLine());
        assertNotEquals(Arrowhead.NONE, table.relation(RelationKind.DELEGATES_TO).arrowhead());
        RelationStyle advises = table.relation(RelationKind.ADVISES);
        assertTrue(advises.dash().get(0) < advises.dash().get(1), "advice is dotted: short dashes, longer gaps");
        assertTrue(table.relation(RelationKind.REPRESENTS).width() < 1, "representation is a hairline");
    }

    @Test
    void sovereignOrganisationsAreSharpAndPeopleAreRound() {
        for (OrganisationKind k : OrganisationKind.values()) {
            assertEquals(NodeShape.RECTANGLE, table.element(k).shape(), k.name());
        }
        for (BodyKind k : BodyKind.values()) {
            assertNotEquals(NodeShape.RECTANGLE, table.element(k).shape(), k.name());
        }
        assertEquals(NodeShape.STADIUM, table.element(PersonKind.ROLE_HOLDER).shape());
    }

    @Test
    void widerFootprintsHaveLargerTitles() {
        FootprintLevel[] levels = FootprintLevel.values();
        for (int i = 1; i < levels.length; i++) {
            assertTrue(table.footprint(levels[i - 1]).titleFontSize() > table.footprint(levels[i]).titleFontSize(),
                    levels[i - 1] + " vs " + levels[i]);
        }
    }

    @Test
    void monochromeTableIsGreyAndKeepsTheSignatures() {
        StyleTable mono = StyleTable.monochrome();
        for (ElementKind k : allElementKinds()) {
            String fill = mono.element(k).fill();
            assertEquals(fill.substring(1, 3), fill.substring(3, 5), k + " fill " + fill);
            assertEquals(fill.substring(3, 5), fill.substring(5, 7), k + " fill " + fill);
            assertTrue(mono.element(k).textContrast() >= 4.5, k.name());
        }
        for (RelationKind k : RelationKind.values()) {
            assertEquals(table.relation(k).signature(), mono.relation(k).signature());
        }
    }

    @Test
    void malformedTokensAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ElementStyle("blue", "#000000", "#000000", 1, NodeShape.RECTANGLE, "X"));
        assertThrows(IllegalArgumentException.class,
                () -> new RelationStyle("#000000", 1, List.of(3.0), Arrowhead.NONE, false));
    }
}
