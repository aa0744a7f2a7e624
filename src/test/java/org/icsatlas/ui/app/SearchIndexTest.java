package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static IcsModel model() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("syb", "South Yorkshire and Bassetlaw", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("sheffield", "Sheffield", FootprintLevel.PLACE), ElementId.of("syb"), -1);
        m.addElement(Element.of("acute-fed", BodyKind.PROVIDER_ALLIANCE, "Acute Provider Federation"), ElementId.of("syb"), -1);
        m.addElement(Element.of("pa", BodyKind.PROVIDER_ALLIANCE, "Provider Alliance"), ElementId.of("syb"), -1);
        m.addElement(Element.of("sth", OrganisationKind.ACUTE_TRUST, "Sheffield Teaching Hospitals"), ElementId.of("sheffield"), -1);
        return m;
    }

    @Test
    void aPartialNameFindsTheNameThatStartsWithItFirst() {
        assertEquals(ElementId.of("pa"), SearchIndex.of(model()).best("Provider").orElseThrow().id());
    }

    @Test
    void matchingIgnoresCaseAndSpacing() {
        assertEquals(ElementId.of("pa"), SearchIndex.of(model()).best("  provider   ALLIANCE ").orElseThrow().id());
    }

    @Test
    void footprintsAreFoundToo() {
        List<SearchIndex.Entry> found = SearchIndex.of(model()).find("sheff", 5);
        assertEquals(List.of(ElementId.of("sheffield"), ElementId.of("sth")), found.stream().map(SearchIndex.Entry::id).toList());
    }

    @Test
    void aWordInsideANameMatchesAfterNamesThatStartWithIt() {
        List<SearchIndex.Entry> found = SearchIndex.of(model()).find("provider", 5);
        assertEquals(List.of(ElementId.of("pa"), ElementId.of("acute-fed")), found.stream().map(SearchIndex.Entry::id).toList());
    }

    @Test
    void blankTextFindsNothing() {
        assertTrue(SearchIndex.of(model()).find("  ", 5).isEmpty());
    }
}
