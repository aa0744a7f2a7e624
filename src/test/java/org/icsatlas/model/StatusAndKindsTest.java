package org.icsatlas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Status and dates, placeholder role holders and declared kinds, as the model holds and refuses them. */
class StatusAndKindsTest {

    @Test
    void everythingIsCurrentUnlessSaidOtherwiseAndOldConstructorsStillWork() {
        Element e = new Element(ElementId.of("a"), BodyKind.COMMITTEE, "Audit", "", "", null);
        Relation r = new Relation(ElementId.of("r"), RelationKind.REPORTS_TO, ElementId.of("a"), ElementId.of("b"), null, null, null, "");
        DiagramView v = new DiagramView(ElementId.of("v"), "V", null, null, null, null, null, 1.0);
        assertEquals(Lifecycle.CURRENT, e.lifecycle());
        assertEquals(Status.CURRENT, r.status());
        assertTrue(v.shows(Status.PROPOSED) && v.shows(Status.ABOLISHED) && v.shows(Status.SHADOW));
        assertTrue(e.withName("Audit and Risk").lifecycle().isDefault());
    }

    @Test
    void datesAreIsoOfAnyPrecisionAndInOrder() {
        Lifecycle l = new Lifecycle(Status.PROPOSED, "2022-04", "2026-03-31");
        assertEquals("proposed from 2022-04 to 2026-03-31", l.describe());
        assertEquals("2022", new Lifecycle(Status.ABOLISHED, "2022", "2022-07").from());
        assertThrows(IllegalArgumentException.class, () -> new Lifecycle(Status.CURRENT, "April 2022", ""));
        assertThrows(IllegalArgumentException.class, () -> new Lifecycle(Status.CURRENT, "2022-13", ""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Lifecycle(Status.CURRENT, "2023", "2022-07"));
        assertTrue(e.getMessage().contains("comes before"), e.getMessage());
        assertFalse(Status.SHADOW.inForce());
    }

    @Test
    void statusTravelsWithEveryCopy() {
        Lifecycle proposed = new Lifecycle(Status.PROPOSED, "2022-07-01", "");
        Relation r = Relation.membership("m", "p", "b", MemberRole.CHAIR, null).withLifecycle(proposed);
        assertEquals(proposed, r.withRole(MemberRole.CO_CHAIR).withNote("n").withVoting(true).lifecycle());
        assertEquals(proposed, r.withKind(RelationKind.REPORTS_TO).lifecycle());
        Element e = Element.of("x", BodyKind.COMMITTEE, "X").withLifecycle(proposed);
        assertEquals(proposed, e.withKind(BodyKind.PROGRAMME_BOARD).withTitle("t").withAttribute("k", "v").lifecycle());
    }

    @Test
    void aPlaceholderIsAPersonKnownByTheRoleItHolds() {
        Element chair = Element.placeholder("c", "Chair, Barnsley HWB");
        assertTrue(chair.isPlaceholder());
        assertEquals("Chair, Barnsley HWB", chair.name());
        assertEquals("", chair.recordedName());
        assertFalse(chair.withName("Jane Doe").isPlaceholder());
        assertThrows(IllegalArgumentException.class, () -> chair.withTitle(""));
        assertThrows(IllegalArgumentException.class, () -> new Element(ElementId.of("o"), OrganisationKind.CCG, "", "Chair", "", null));
    }

    @Test
    void aViewHidesStatusesButNeverCurrent() {
        DiagramView v = DiagramView.whole("v", "V").withStatusShown(Status.PROPOSED, false);
        Element proposed = Element.of("x", BodyKind.COMMITTEE, "X").withLifecycle(Lifecycle.of(Status.PROPOSED));
        assertFalse(v.shows(proposed));
        assertTrue(v.shows(proposed.withLifecycle(Lifecycle.CURRENT)));
        assertTrue(v.withStatusShown(Status.PROPOSED, true).shows(proposed));
        assertEquals(v.hiddenStatuses(), v.withZoom(2).withName("W").withCollapsed(ElementId.of("f"), true).hiddenStatuses());
        assertThrows(IllegalArgumentException.class, () -> v.withStatusShown(Status.CURRENT, false));
    }

    @Test
    void declaredKindsAreCheckedAndLookedUpWithTheBuiltInOnes() {
        DeclaredKind locality = DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PLACE_PARTNERSHIP);
        DeclaredKind collaborative = DeclaredKind.coloured("PROVIDER_COLLABORATIVE", ElementType.ORGANISATION,
                "Provider collaborative", "#7a3e9d");
        assertEquals("LB", locality.badge());
        assertEquals(BodyKind.PLACE_PARTNERSHIP, locality.base());
        assertNull(collaborative.base());
        assertEquals(BodyKind.COMMITTEE, BodyKind.COMMITTEE.base());
        KindCatalogue kinds = KindCatalogue.of(List.of(locality, collaborative));
        assertEquals(locality, kinds.parse(ElementType.BODY, "LOCALITY_BOARD"));
        assertNull(kinds.parse(ElementType.ORGANISATION, "LOCALITY_BOARD"));
        assertEquals(BodyKind.COMMITTEE, kinds.parse(ElementType.BODY, "COMMITTEE"));
        assertEquals(locality, kinds.match(ElementType.BODY, "locality board"));
        assertEquals(OrganisationKind.PCN, kinds.match(ElementType.ORGANISATION, "Primary care network"));
        List<ElementKind> bodies = kinds.all(ElementType.BODY);
        assertEquals(BodyKind.values().length + 1, bodies.size());
        assertEquals(locality, bodies.get(bodies.size() - 1));
        assertThrows(IllegalArgumentException.class, () -> DeclaredKind.basedOn("COMMITTEE", "Committee", BodyKind.COMMITTEE));
        assertThrows(IllegalArgumentException.class, () -> DeclaredKind.basedOn("locality", "Locality", BodyKind.COMMITTEE));
        assertThrows(IllegalArgumentException.class, () -> new DeclaredKind("X_BOARD", ElementType.BODY, "X", OrganisationKind.PCN, null, null));
        assertThrows(IllegalArgumentException.class, () -> new DeclaredKind("X_BOARD", ElementType.BODY, "X", null, null, null));
        assertThrows(IllegalArgumentException.class, () -> KindCatalogue.of(List.of(locality, locality)));
    }

    @Test
    void theModelRefusesAnUndeclaredKindAndRedeclaringReKindsItsElements() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("s", "S", FootprintLevel.SYSTEM), null, -1);
        DeclaredKind locality = DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PLACE_PARTNERSHIP);
        assertThrows(IllegalEditException.class, () -> m.addElement(Element.of("b", locality, "Bury"), ElementId.of("s"), -1));
        m.declareKind(locality);
        m.addElement(Element.of("b", locality, "Bury"), ElementId.of("s"), -1);
        DeclaredKind renamed = new DeclaredKind("LOCALITY_BOARD", ElementType.BODY, "Locality partnership board", null, "#225577", null);
        m.declareKind(renamed);
        assertEquals(renamed, m.element(ElementId.of("b")).orElseThrow().kind());
        assertThrows(IllegalEditException.class, () -> m.removeDeclaredKind("LOCALITY_BOARD"));
        assertThrows(IllegalEditException.class,
                () -> m.declareKind(new DeclaredKind("LOCALITY_BOARD", ElementType.ORGANISATION, "L", null, "#225577", null)));
        IcsModel copy = IcsModel.fromSnapshot(m.snapshot());
        assertEquals(m.snapshot(), copy.snapshot());
        assertEquals(m.snapshot(), m.copy().snapshot());
    }
}
