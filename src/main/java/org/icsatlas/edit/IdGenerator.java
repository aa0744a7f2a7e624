package org.icsatlas.edit;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.RelationKind;

/**
 * Makes fresh, readable ids for new footprints, elements, relations and views: a slug of the name
 * ({@code wiltshire-neighbourhood-collaborative}), with {@code -2}, {@code -3}… when that is taken. One generator
 * also remembers the ids it has handed out, so a gesture that adds several things before executing any of them
 * gets distinct ids.
 */
public final class IdGenerator {
    /** Slugs are cut to this length so ids stay readable and well inside the id length limit. */
    static final int MAX_SLUG = 60;

    private final IcsModel model;
    private final Set<ElementId> handedOut = new HashSet<>();

    public IdGenerator(IcsModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /** A fresh id made from a name: "Wiltshire Neighbourhood Collaborative" gives {@code wiltshire-neighbourhood-collaborative}. */
    public ElementId forName(String name) {
        return fresh(slug(name));
    }

    /** A fresh id for a relation, from its ends and kind: {@code barnsley-acp-reports-to-syb-icb}. */
    public ElementId forRelation(ElementId source, RelationKind kind, ElementId target) {
        String k = kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
        return fresh(slug(source.value() + " " + k + " " + target.value()));
    }

    private ElementId fresh(String base) {
        ElementId id = ElementId.of(base);
        for (int n = 2; model.containsId(id) || handedOut.contains(id); n++) {
            id = ElementId.of(base + "-" + n);
        }
        handedOut.add(id);
        return id;
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; "item" when nothing of the name is left. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_SLUG) {
            s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "item" : s;
    }
}
