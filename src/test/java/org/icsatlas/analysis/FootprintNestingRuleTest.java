package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.junit.jupiter.api.Test;

/**
 * The model refuses wrong nesting on add, move and level change, so no legal model triggers this rule: the tests
 * show it is silent on legal nestings and that each way into the bad state is refused.
 */
class FootprintNestingRuleTest {
    private final FootprintNestingRule rule = new FootprintNestingRule();

    private static IcsModel nested() {
        IcsModel model = new ModelBuilder().place("p", "Place").build();
        model.addFootprint(Footprint.of("n", "Neighbourhood", FootprintLevel.NEIGHBOURHOOD), ElementId.of("p"), -1);
        model.addFootprint(Footprint.of("r", "Region", FootprintLevel.REGION), null, -1);
        return model;
    }

    @Test
    void legalNestingReportsNothing() {
        assertEquals(List.of(), rule.check(nested()));
    }

    @Test
    void aPlaceSkippingTheSystemLevelIsLegal() {
        IcsModel model = nested();
        model.addFootprint(Footprint.of("p2", "Place under region", FootprintLevel.PLACE), ElementId.of("r"), -1);
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void wrongNestingIsUnreachable() {
        IcsModel model = nested();
        assertThrows(IllegalEditException.class,
                () -> model.addFootprint(Footprint.of("p3", "Place", FootprintLevel.PLACE), ElementId.of("n"), -1));
        assertThrows(IllegalEditException.class, () -> model.move(ElementId.of("p"), ElementId.of("n"), -1));
        assertThrows(IllegalEditException.class, () -> model.updateFootprint(
                model.footprint(ElementId.of("n")).orElseThrow().withLevel(FootprintLevel.SYSTEM)));
        assertEquals(List.of(), rule.check(model));
    }
}
