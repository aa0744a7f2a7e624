package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
    private final IcsModel model = SmallSystem.build();
    private final IdGenerator ids = new IdGenerator(model);

    @Test
    void makesASlugFromAName() {
        assertEquals(id("wiltshire-neighbourhood-collaborative"), ids.forName("Wiltshire Neighbourhood Collaborative"));
    }

    @Test
    void addsANumberWhenTheSlugIsTaken() {
        assertEquals(id("audit-2"), ids.forName("Audit"));
    }

    @Test
    void neverHandsOutTheSameIdTwice() {
        assertEquals(id("new-board"), ids.forName("New board"));
        assertEquals(id("new-board-2"), ids.forName("New board"));
    }

    @Test
    void foldsAccentsAmpersandsAndPunctuation() {
        assertEquals(id("bath-and-ne-somerset-swindon-and-wiltshire-bsw"),
                ids.forName("Bath & NE Somerset, Swindon and Wiltshire (BSW)"));
        assertEquals(id("cafe-ecole"), ids.forName("Café École"));
    }

    @Test
    void aNameWithNoLettersOrDigitsStillGivesAValidId() {
        assertEquals(id("item"), ids.forName("—"));
        assertEquals(id("item-2"), ids.forName(""));
    }

    @Test
    void longNamesAreCut() {
        ElementId id = ids.forName("a very ".repeat(40) + "long name");
        assertTrue(id.value().length() <= IdGenerator.MAX_SLUG, id.value());
    }

    @Test
    void relationIdsNameTheirEndsAndKind() {
        assertEquals(id("audit-reports-to-icb"), ids.forRelation(id("audit"), RelationKind.REPORTS_TO, id("icb")));
    }
}
