package org.icsatlas.render.drawing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;

/** The key's columns: whatever height it is given, a group's heading stands in the same column as its first entry. */
class LegendLookTest {
    private final LegendLook look = new LegendLook(StyleTable.standard());

    @Test
    void noHeadingIsLeftAtTheFootOfAColumnWithoutItsEntries() {
        List<ElementKind> kinds = new ArrayList<>(Arrays.asList(BodyKind.values()).subList(0, 5));
        kinds.addAll(Arrays.asList(OrganisationKind.values()).subList(0, 3));
        kinds.add(PersonKind.ROLE_HOLDER);
        LegendLook.Kinds shown = new LegendLook.Kinds(kinds, List.of(RelationKind.MEMBER_OF, RelationKind.REPORTS_TO));
        for (double maxHeight = 40; maxHeight <= 220; maxHeight += 13) {
            List<Mark.Text> headings = new ArrayList<>();
            List<Mark.Text> entries = new ArrayList<>();
            look.legend(shown, maxHeight).group().forEachText((t, scale) -> {
                if (t.role().equals("legend-heading")) {
                    headings.add(t);
                } else if (t.role().equals("legend-entry")) {
                    entries.add(t);
                }
            });
            for (Mark.Text h : headings) {
                boolean followed = entries.stream().anyMatch(e -> e.x() > h.x() && e.x() - h.x() < 40
                        && Math.abs(e.baseline() - h.baseline() - 13) < 1.5);
                double height = maxHeight;
                assertTrue(followed, () -> "at height " + height + " '" + h.text() + "' has no entry under it");
            }
        }
    }
}
