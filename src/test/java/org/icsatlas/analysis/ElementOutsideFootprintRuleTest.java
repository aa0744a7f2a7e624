package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.junit.jupiter.api.Test;

/**
 * Every element the model accepts sits in a footprint, so no legal model triggers this rule: the tests show it is
 * silent on legal models, including after moves, and that an element cannot be added or moved out of every footprint.
 */
class ElementOutsideFootprintRuleTest {
    private final ElementOutsideFootprintRule rule = new ElementOutsideFootprintRule();

    @Test
    void elementsInFootprintsReportNothingEvenAfterAMove() {
        IcsModel model = new ModelBuilder().place("p", "Place").element("b", BodyKind.COMMITTEE, "Committee").build();
        model.move(ElementId.of("b"), ElementId.of("p"), -1);
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void anElementOutsideEveryFootprintIsUnreachable() {
        IcsModel model = new ModelBuilder().element("b", BodyKind.COMMITTEE, "Committee").build();
        assertThrows(IllegalEditException.class, () -> model.move(ElementId.of("b"), null, -1));
        assertThrows(IllegalEditException.class,
                () -> model.addElement(Element.of("c", BodyKind.COMMITTEE, "Other"), ElementId.of("nowhere"), -1));
        assertThrows(IllegalEditException.class,
                () -> model.addElement(Element.of("d", BodyKind.COMMITTEE, "Inside an element"), ElementId.of("b"), -1));
        assertEquals(List.of(), rule.check(model));
    }
}
