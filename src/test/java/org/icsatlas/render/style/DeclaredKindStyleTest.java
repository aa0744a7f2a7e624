package org.icsatlas.render.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;

/** A declared kind is styled from its declaration, in colour and in greys; a status marks what has it. */
class DeclaredKindStyleTest {

    @Test
    void aKindBasedOnABuiltInOneTakesItsShapeAndColoursAndKeepsItsOwnBadge() {
        DeclaredKind locality = DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PLACE_PARTNERSHIP);
        ElementStyle base = StyleTable.standard().element(BodyKind.PLACE_PARTNERSHIP);
        ElementStyle style = StyleTable.standard().element(locality);
        assertEquals(base.shape(), style.shape());
        assertEquals(base.fill(), style.fill());
        assertEquals(base.stroke(), style.stroke());
        assertEquals("LB", style.badge());
    }

    @Test
    void aKindOfItsOwnColourIsOutlinedInItAndFilledWithAReadableTint() {
        DeclaredKind collaborative = DeclaredKind.coloured("PROVIDER_COLLABORATIVE", ElementType.ORGANISATION, "Provider collaborative", "#7a3e9d");
        ElementStyle style = StyleTable.standard().element(collaborative);
        assertEquals("#7a3e9d", style.stroke());
        assertEquals(StyleTable.standard().element(OrganisationKind.INDEPENDENT_PROVIDER).shape(), style.shape());
        assertTrue(style.textContrast() >= 4.5, "contrast " + style.textContrast());
        DeclaredKind pale = DeclaredKind.coloured("PALE", ElementType.BODY, "Pale", "#ffee99");
        ElementStyle paleStyle = StyleTable.standard().element(pale);
        assertTrue(HexColour.contrast(paleStyle.stroke(), "#ffffff") >= 2.5, "a pale colour is darkened for the outline");
        ElementStyle grey = StyleTable.monochrome().element(collaborative);
        assertEquals(grey.stroke().substring(1, 3), grey.stroke().substring(3, 5), "monochrome is grey: " + grey.stroke());
    }

    @Test
    void statusesReadWithoutColour() {
        StyleTable t = StyleTable.standard();
        assertTrue(t.status(Status.CURRENT).isPlain());
        assertEquals("proposed", t.status(Status.PROPOSED).tag());
        assertTrue(!t.status(Status.PROPOSED).dash().isEmpty() && !t.status(Status.SHADOW).dash().isEmpty());
        assertTrue(t.status(Status.ABOLISHED).greyed());
        ElementStyle greyed = StyleTable.greyed(t.element(BodyKind.INTEGRATED_CARE_BOARD));
        assertEquals(greyed.fill().substring(1, 3), greyed.fill().substring(5, 7));
    }
}
