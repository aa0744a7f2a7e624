package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.icsatlas.bench.SyntheticIcs;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

/**
 * A relayout after one edit takes over the corridor routes whose surroundings did not change ({@link RouteCache}),
 * and those are exactly the routes routing every line again would give (the edit-by-edit check of the same promise
 * on random models and edits is in {@link EditStability}).
 */
class RouteCacheTest {
    private final LayoutEngine engine = LayoutEngine.standard();

    private static DiagramView firstView(IcsModel m) {
        if (m.views().isEmpty()) {
            m.addView(DiagramView.whole("v", "Whole"), -1);
        }
        return m.views().get(0);
    }

    @Test
    void addingABoxToOnePlaceReroutesOnlyTheLinesAroundIt() {
        // England: an edit in one place changes the geometry its system's lines pass, not the other 41 systems'
        IcsModel m = SyntheticIcs.generate(SyntheticIcs.Scale.L, 42);
        DiagramView v = firstView(m);
        DiagramLayout before = engine.layout(m, v);
        assertEquals(0, before.memo().routes().reused(), "a first layout has nothing to reuse");
        ElementId place = m.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).reduce((a, b) -> b)
                .orElseThrow().id();
        m.addElement(Element.of("route-cache-extra", BodyKind.COMMITTEE, "An extra committee"), place, -1);

        DiagramLayout after = engine.layout(m, v, before, Set.of(place), LayoutMonitor.NONE);
        DiagramLayout fresh = engine.layout(m, v, before.withoutRouteCache(), Set.of(place), LayoutMonitor.NONE);

        RouteCache routes = after.memo().routes();
        assertTrue(routes.size() > 100, "L has many lines between footprints: " + routes.size());
        assertTrue(routes.reused() > routes.size() * 9 / 10,
                "most lines keep their routes: " + routes.reused() + " of " + routes.size());
        assertTrue(routes.reused() < routes.size(), "the lines of the place that grew are routed again");
        assertEquals(0, fresh.memo().routes().reused());
        EditStability.assertRoutesAsIfRoutedAfresh(after, fresh, "after adding a committee to " + place);
    }

    @Test
    void aRelayoutWithNothingChangedReusesEveryRoute() {
        IcsModel m = SyntheticIcs.generate(SyntheticIcs.Scale.S, 7);
        DiagramView v = firstView(m);
        DiagramLayout before = engine.layout(m, v);
        DiagramLayout again = engine.layout(m, v, before, Set.of(), LayoutMonitor.NONE);
        assertEquals(again.memo().routes().size(), again.memo().routes().reused());
        assertEquals(before.edges(), again.edges());
    }
}
