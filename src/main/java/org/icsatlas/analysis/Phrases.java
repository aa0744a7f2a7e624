package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/** Plain-English phrasing shared by the rules, so every message names elements the same way. */
final class Phrases {
    private Phrases() {
    }

    /** "'A'", "'A' and 'B'" or "'A', 'B' and 'C'", using the model's names for the ids. */
    static String names(IcsModel model, Collection<ElementId> ids) {
        List<String> names = new ArrayList<>();
        for (ElementId id : ids) {
            names.add(model.describe(id));
        }
        return join(names);
    }

    /** "a", "a and b" or "a, b and c". */
    static String join(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
