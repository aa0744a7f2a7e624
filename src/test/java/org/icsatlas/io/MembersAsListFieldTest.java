package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

/** A view's "members as a list" is read, written canonically (only when on), and old files without it still load. */
class MembersAsListFieldTest {
    private static final String FILE = """
            {
              "formatVersion": 1,
              "footprints": [
                {
                  "id": "sys",
                  "name": "Testshire",
                  "level": "SYSTEM"
                }
              ],
              "elements": [],
              "relations": [],
              "views": [
                {
                  "id": "paper",
                  "name": "Board paper",
                  "root": "sys",
                  "zoom": 1.0,
                  "membersAsList": true
                },
                {
                  "id": "whole",
                  "name": "Whole system",
                  "zoom": 1.0
                }
              ]
            }
            """;

    private static IcsModel read(String text) throws ImportException {
        return new AtlasJsonReader().importModel(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.icsatlas.json");
    }

    @Test
    void isReadAndWrittenBackToTheSameBytes() throws Exception {
        IcsModel m = read(FILE);
        List<DiagramView> views = m.views();
        assertTrue(views.get(0).membersAsList());
        assertFalse(views.get(1).membersAsList(), "a view without the field draws lines");
        assertEquals(FILE, new String(new AtlasJsonWriter().toBytes(m), StandardCharsets.UTF_8));
    }

    @Test
    void everyBundledSampleStillLoadsAndOnlyItsBoardPaperListsMembers() throws Exception {
        for (String sample : List.of("south-yorkshire-bassetlaw", "bsw-wiltshire", "greater-manchester")) {
            for (DiagramView v : new AtlasJsonReader().readSample(sample).views()) {
                assertEquals(v.name().equals("Board paper"), v.membersAsList(), sample + ": " + v.name());
            }
        }
    }

    @Test
    void aValueThatIsNotABooleanIsRefusedWhereItStands() {
        String bad = FILE.replace("\"membersAsList\": true", "\"membersAsList\": \"yes\"");
        ImportException e = assertThrows(ImportException.class, () -> read(bad));
        assertTrue(e.getMessage().contains("t.icsatlas.json:") && e.getMessage().contains("membersAsList"), e.getMessage());
    }

    @Property(tries = 20)
    void roundTripsEitherWay(@ForAll boolean asList, @ForAll boolean arranged) throws Exception {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("sys", "Testshire", FootprintLevel.SYSTEM), null, -1);
        DiagramView v = DiagramView.whole("v", "View").withMembersAsList(asList).withArrangedAspect(arranged ? 1.5 : 0);
        m.addView(v, -1);
        IcsModel back = read(new String(new AtlasJsonWriter().toBytes(m), StandardCharsets.UTF_8));
        assertEquals(v, back.views().get(0));
    }
}
