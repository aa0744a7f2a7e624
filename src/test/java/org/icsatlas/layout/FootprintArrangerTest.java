package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

class FootprintArrangerTest {

    @Test
    void theFiveSouthYorkshirePlacesStandSideBySideInOneRow() {
        IcsModel m = Diagrams.sample("south-yorkshire-bassetlaw");
        DiagramLayout l = LayoutEngine.standard().layout(m, Diagrams.firstView(m));
        List<ElementId> places = m.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).map(f -> f.id()).toList();
        assertEquals(5, places.size());
        Set<Double> tops = new HashSet<>();
        for (ElementId p : places) {
            tops.add(l.footprints().get(p).box().y());
        }
        assertEquals(1, tops.size(), "rows start at " + tops);
    }

    @Test
    void manyPlacesBreakIntoRowsThatFitAWideScreen() {
        IcsModel m = org.icsatlas.bench.SyntheticIcs.generate(org.icsatlas.bench.SyntheticIcs.Scale.M, 7);
        DiagramLayout l = LayoutEngine.standard().layout(m, org.icsatlas.model.DiagramView.whole("v", "Whole"));
        double ratio = l.bounds().width() / l.bounds().height();
        assertTrue(ratio > 0.8 && ratio < 3.2, "aspect ratio " + ratio);
    }
}
