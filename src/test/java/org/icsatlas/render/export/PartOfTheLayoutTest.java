package org.icsatlas.render.export;

import static org.icsatlas.render.export.ExportFixtures.EXPORT;
import static org.icsatlas.render.export.ExportFixtures.layout;
import static org.icsatlas.render.export.ExportFixtures.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.drawing.DiagramDrawer;
import org.icsatlas.render.drawing.Drawing;
import org.icsatlas.render.drawing.Group;
import org.junit.jupiter.api.Test;

/**
 * A drawing of part of the layout (a place's page of {@code --pages}, {@code --footprint}) is framed by that part: the
 * system around the place keeps its group, for nesting and reading order, but not its frame, which used to fill the
 * page and leave the place small in one corner of it.
 */
class PartOfTheLayoutTest {
    @Test
    void aPlacesDrawingIsThePlacesBoxWithTheSystemAroundItUnframed() {
        IcsModel syb = sample("south-yorkshire-bassetlaw");
        DiagramView v = syb.views().get(0);
        DiagramLayout l = layout(syb, v);
        Footprint barnsley = syb.footprints().stream().filter(f -> f.name().equals("Barnsley")).findFirst().orElseThrow();
        ElementId system = l.footprints().get(barnsley.id()).parent();
        assertNotNull(system);

        Drawing d = EXPORT.drawing(syb, l, ExportScope.footprint(barnsley.id()));
        Box place = l.absolute(barnsley.id()).orElseThrow();
        assertEquals(place.width() + 2 * DiagramDrawer.BLEED, d.width(), 0.5);
        assertEquals(place.height() + 2 * DiagramDrawer.BLEED, d.height(), 0.5);

        Group around = d.root().find(system.value());
        assertNotNull(around, "the system's group stays, so groups nest as the footprints do");
        assertTrue(around.marks().isEmpty(), "but without its frame and title");
        assertFalse(d.root().find(barnsley.id().value()).marks().isEmpty(), "the place itself is framed");
    }
}
