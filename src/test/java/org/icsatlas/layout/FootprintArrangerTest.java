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
    void onAWidePageTheFiveSouthYorkshirePlacesStandSideBySideInOneRow() {
        IcsModel m = Diagrams.frozenSouthYorkshire();
        DiagramLayout l = LayoutEngine.standard().withAspectRatio(3.0).layout(m, Diagrams.firstView(m));
        assertEquals(1, placeRows(m, l).size(), "rows start at " + placeRows(m, l));
    }

    @Test
    void inA1600By1000WindowThePlacesWrapSoTheDiagramShowsLarger() {
        // the canvas of the main window at 1600 x 1000, between the outline and the legend, is about 1040 x 890
        double window = 1040.0 / 890.0;
        IcsModel m = Diagrams.sample("south-yorkshire-bassetlaw");
        DiagramLayout aimed = LayoutEngine.standard().withAspectRatio(window).layout(m, Diagrams.firstView(m));
        DiagramLayout oneRow = LayoutEngine.standard().withAspectRatio(3.0).layout(m, Diagrams.firstView(m));
        assertTrue(placeRows(m, aimed).size() > 1, "rows start at " + placeRows(m, aimed));
        double aimedScale = fitScale(aimed.bounds(), window);
        double oneRowScale = fitScale(oneRow.bounds(), window);
        assertTrue(aimedScale > 1.1 * oneRowScale, "fits at " + aimedScale + " against " + oneRowScale + " in one row");
    }

    private static Set<Double> placeRows(IcsModel m, DiagramLayout l) {
        List<ElementId> places = m.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).map(f -> f.id()).toList();
        assertEquals(5, places.size());
        Set<Double> tops = new HashSet<>();
        for (ElementId p : places) {
            tops.add(l.footprints().get(p).box().y());
        }
        return tops;
    }

    /** The scale at which {@code b} fits a frame of unit height and the given width / height ratio. */
    private static double fitScale(Box b, double ratio) {
        return Math.min(ratio / b.width(), 1 / b.height());
    }

    @Test
    void manyPlacesBreakIntoRowsThatFitAWideScreen() {
        IcsModel m = org.icsatlas.bench.SyntheticIcs.generate(org.icsatlas.bench.SyntheticIcs.Scale.M, 7);
        DiagramLayout l = LayoutEngine.standard().layout(m, org.icsatlas.model.DiagramView.whole("v", "Whole"));
        double ratio = l.bounds().width() / l.bounds().height();
        assertTrue(ratio > 0.8 && ratio < 3.2, "aspect ratio " + ratio);
    }
}
