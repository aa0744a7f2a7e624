package org.icsatlas.ui.diagram;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** The plain-text details shown when hovering over an element or footprint: kind, where it sits, note, facts, relations. */
final class ElementDetails {
    private ElementDetails() {
    }

    static String describe(IcsModel model, ElementId id) {
        if (model.isFootprint(id)) {
            return footprint(model, model.footprint(id).orElseThrow());
        }
        return model.element(id).map(e -> element(model, e)).orElse("");
    }

    private static String element(IcsModel model, Element e) {
        StringJoiner out = new StringJoiner("\n");
        out.add(e.name());
        if (e.isPlaceholder()) {
            out.add("(holder of the role, not named)");
        } else if (!e.title().isEmpty()) {
            out.add(e.title());
        }
        out.add(e.kind().label());
        if (!e.lifecycle().isDefault()) {
            out.add("Status: " + e.lifecycle().describe());
        }
        model.parentOf(e.id()).flatMap(model::footprint)
                .ifPresent(f -> out.add("In " + f.name() + " (" + f.level().label().toLowerCase() + ")"));
        if (!e.note().isEmpty()) {
            out.add("").add(e.note());
        }
        if (!e.attributes().isEmpty()) {
            out.add("");
            e.attributes().forEach((k, v) -> out.add(k + ": " + v));
        }
        out.add("").add(relations(model, e.id()));
        return out.toString();
    }

    private static String relations(IcsModel model, ElementId id) {
        Map<RelationKind, Integer> counts = new EnumMap<>(RelationKind.class);
        for (Relation r : model.relationsOf(id)) {
            counts.merge(r.kind(), 1, Integer::sum);
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return "No relations";
        }
        StringJoiner parts = new StringJoiner(", ", (total == 1 ? "1 relation" : total + " relations") + ": ", "");
        counts.forEach((k, n) -> parts.add(n + " " + k.label().toLowerCase()));
        return parts.toString();
    }

    private static String footprint(IcsModel model, Footprint f) {
        StringJoiner out = new StringJoiner("\n");
        out.add(f.name());
        out.add(f.level().label());
        int children = model.childFootprints(f.id()).size();
        int inside = model.elementsWithin(f.id()).size();
        out.add(inside + (inside == 1 ? " element" : " elements") + " inside"
                + (children == 0 ? "" : ", in " + children + (children == 1 ? " smaller footprint" : " smaller footprints") + " and itself"));
        if (!f.note().isEmpty()) {
            out.add("").add(f.note());
        }
        out.add("").add("Double-click the header to collapse or expand");
        return out.toString();
    }
}
