package org.icsatlas.edit;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;

/** How command descriptions name things: elements and moved items in quotes, destination footprints plainly. */
final class Wording {
    private Wording() {
    }

    /** An element's or footprint's name in quotes ('Audit Committee'), or the id when there is none. */
    static String quoted(IcsModel model, ElementId id) {
        return model.describe(id);
    }

    /** A footprint's name as a destination (Sheffield), or the id when there is none. */
    static String plain(IcsModel model, ElementId id) {
        return model.footprint(id).map(f -> f.name())
                .or(() -> model.element(id).map(e -> e.name()))
                .orElse(id.value());
    }

    /** A relation as a phrase: 'Barnsley ACP' reports to 'SYB ICB'. */
    static String relation(IcsModel model, Relation r) {
        return quoted(model, r.source()) + " " + r.kind().label().toLowerCase() + " " + quoted(model, r.target());
    }

    /** "1 relation", "3 relations". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Joins non-empty parts as English: "a", "a and b", "a, b and c". */
    static String and(List<String> parts) {
        List<String> p = new ArrayList<>(parts);
        if (p.size() <= 1) {
            return p.isEmpty() ? "" : p.get(0);
        }
        String last = p.remove(p.size() - 1);
        return String.join(", ", p) + " and " + last;
    }
}
