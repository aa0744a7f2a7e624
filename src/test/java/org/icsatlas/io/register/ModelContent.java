package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.icsatlas.model.Element;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;

/** What a register round trip must keep: every declared kind, footprint with its parent, element with its footprint (with its status, dates and
 * placeholder name), and relation (with its status and dates). */
final class ModelContent {
    private ModelContent() {
    }

    static void assertSameContent(IcsModel expected, IcsModel actual) {
        assertEquals(expected.kinds(), actual.kinds(), "declared kinds");
        assertEquals(footprints(expected), footprints(actual), "footprints and their nesting");
        assertEquals(elements(expected), elements(actual), "elements, their footprints and attributes");
        assertEquals(relations(expected), relations(actual), "relations");
    }

    static Map<String, String> footprints(IcsModel m) {
        Map<String, String> out = new TreeMap<>();
        for (Footprint f : m.footprints()) {
            out.put(f.id().value(), f + " in " + m.parentOf(f.id()).orElse(null));
        }
        return out;
    }

    static Map<String, String> elements(IcsModel m) {
        Map<String, String> out = new TreeMap<>();
        for (Element e : m.elements()) {
            out.put(e.id().value(), e + " in " + m.parentOf(e.id()).orElseThrow());
        }
        return out;
    }

    static Map<String, String> relations(IcsModel m) {
        Map<String, String> out = new TreeMap<>();
        for (Relation r : m.relations()) {
            out.put(r.id().value(), r.toString());
        }
        return out;
    }
}
