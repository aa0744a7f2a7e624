package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.Status;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * A model as the tables of a membership register (header row first, plain text, not yet guarded against formulas):
 * bodies, organisations (and people), memberships, the other relations, the footprints and the declared kinds, each
 * element and relation with its status and dates, plus a member × body
 * matrix. References are written as names, or as ids where a name would be ambiguous, so the register re-imports to
 * the same model.
 */
public final class RegisterTables {
    private final IcsModel model;
    private final SynonymTable synonyms;
    private final Map<String, Integer> footprintNames = new HashMap<>();
    private final Map<String, Map<ElementType, Integer>> elementNames = new HashMap<>();

    public RegisterTables(IcsModel model, SynonymTable synonyms) {
        this.model = model;
        this.synonyms = synonyms;
        for (Footprint f : model.footprints()) {
            footprintNames.merge(PlanContext.key(f.name()), 1, Integer::sum);
        }
        for (Element e : model.elements()) {
            elementNames.computeIfAbsent(PlanContext.key(e.name()), k -> new EnumMap<>(ElementType.class)).merge(e.type(), 1, Integer::sum);
        }
    }

    public RegisterTables(IcsModel model) {
        this(model, SynonymTable.standard());
    }

    /** Every table, in {@link RegisterTableKind} order. */
    public Map<RegisterTableKind, List<List<String>>> all() {
        Map<RegisterTableKind, List<List<String>>> out = new LinkedHashMap<>();
        out.put(RegisterTableKind.BODIES, elements(RegisterTableKind.BODIES, Set.of(ElementType.BODY)));
        out.put(RegisterTableKind.ORGANISATIONS, elements(RegisterTableKind.ORGANISATIONS, Set.of(ElementType.ORGANISATION, ElementType.PERSON)));
        out.put(RegisterTableKind.MEMBERSHIPS, memberships());
        out.put(RegisterTableKind.RELATIONS, relations());
        out.put(RegisterTableKind.FOOTPRINTS, footprints());
        out.put(RegisterTableKind.KINDS, kinds());
        return out;
    }

    private List<List<String>> elements(RegisterTableKind kind, Set<ElementType> types) {
        List<Element> rows = model.elements().stream().filter(e -> types.contains(e.type())).toList();
        TreeSet<String> keys = new TreeSet<>();
        rows.forEach(e -> keys.addAll(e.attributes().keySet()));
        List<String> header = new ArrayList<>();
        kind.columns().stream().filter(c -> c != RegisterColumn.FOOTPRINT_LEVEL).forEach(c -> header.add(c.header()));
        for (String key : keys) {
            boolean clash = synonyms.keyOf("columns." + kind.name(), key).isPresent() || key.toLowerCase().startsWith("attribute:")
                    || !key.equals(key.strip());
            header.add(clash ? "attribute: " + key : key);
        }
        List<List<String>> out = new ArrayList<>();
        out.add(header);
        for (Element e : rows) {
            ElementId fp = model.parentOf(e.id()).orElseThrow();
            List<String> row = new ArrayList<>();
            for (RegisterColumn c : kind.columns()) {
                switch (c) {
                    case ID -> row.add(e.id().value());
                    case NAME -> row.add(e.recordedName());
                    case KIND -> row.add(e.kind().label());
                    case FOOTPRINT -> row.add(footprintRef(fp));
                    case PARENT_FOOTPRINT -> row.add(model.parentOf(fp).map(this::footprintRef).orElse(""));
                    case REPORTS_TO -> row.add(reportsTo(e.id()));
                    case TITLE -> row.add(e.title());
                    case NOTE -> row.add(e.note());
                    case STATUS, FROM_DATE, TO_DATE -> row.add(lifecycleCell(c, e.lifecycle()));
                    default -> { }
                }
            }
            for (String key : keys) {
                row.add(e.attributes().getOrDefault(key, ""));
            }
            out.add(row);
        }
        return out;
    }

    private String reportsTo(ElementId body) {
        List<String> targets = new ArrayList<>();
        model.relations().stream().filter(r -> r.kind() == RelationKind.REPORTS_TO && r.source().equals(body))
                .forEach(r -> targets.add(ref(r.target(), Set.of(ElementType.BODY, ElementType.ORGANISATION))));
        return String.join("; ", targets);
    }

    private List<List<String>> memberships() {
        List<List<String>> out = new ArrayList<>();
        out.add(headers(RegisterTableKind.MEMBERSHIPS));
        for (Relation r : model.relations()) {
            if (r.kind() == RelationKind.MEMBER_OF) {
                out.add(List.of(r.id().value(), ref(r.target(), Set.of(ElementType.BODY)),
                        ref(r.source(), Set.of(ElementType.ORGANISATION, ElementType.PERSON)), r.role().label(),
                        r.voting() == null ? "" : r.voting() ? "yes" : "no", lifecycleCell(RegisterColumn.STATUS, r.lifecycle()),
                        r.lifecycle().from(), r.lifecycle().to(), r.note()));
            }
        }
        return out;
    }

    private List<List<String>> relations() {
        List<List<String>> out = new ArrayList<>();
        out.add(headers(RegisterTableKind.RELATIONS));
        Set<ElementType> any = Set.of(ElementType.values());
        for (Relation r : model.relations()) {
            if (r.kind() != RelationKind.MEMBER_OF) {
                out.add(List.of(r.id().value(), ref(r.source(), any), r.kind().label().toLowerCase(), ref(r.target(), any),
                        r.scope() == null ? "" : r.scope(), lifecycleCell(RegisterColumn.STATUS, r.lifecycle()),
                        r.lifecycle().from(), r.lifecycle().to(), r.note()));
            }
        }
        return out;
    }

    private List<List<String>> footprints() {
        List<List<String>> out = new ArrayList<>();
        out.add(headers(RegisterTableKind.FOOTPRINTS));
        for (Footprint f : model.footprints()) {
            out.add(List.of(f.id().value(), f.name(), f.level().label(), model.parentOf(f.id()).map(this::footprintRef).orElse(""), f.note()));
        }
        return out;
    }

    /** The kinds the model declares: id, label, type, the built-in kind it is based on, colour and badge. */
    private List<List<String>> kinds() {
        List<List<String>> out = new ArrayList<>();
        out.add(headers(RegisterTableKind.KINDS));
        for (DeclaredKind k : model.kinds().declared()) {
            out.add(List.of(k.name(), k.label(), k.type().name().toLowerCase(java.util.Locale.ROOT),
                    k.basedOn() == null ? "" : k.basedOn().label(), k.colour() == null ? "" : k.colour(), k.badge()));
        }
        return out;
    }

    /** A status, from or to cell: the status is left empty when current (what an empty cell reads as). */
    private static String lifecycleCell(RegisterColumn c, Lifecycle l) {
        return switch (c) {
            case STATUS -> l.status() == Status.CURRENT ? "" : l.status().name().toLowerCase(java.util.Locale.ROOT);
            case FROM_DATE -> l.from();
            default -> l.to();
        };
    }

    /**
     * Who sits on what: a row per organisation or person, a column per body, each cell the member's role there
     * ("chair", "member (non-voting)"), empty where they do not sit.
     */
    public List<List<String>> matrix() {
        List<Element> bodies = model.elements().stream().filter(Element::isBody).toList();
        List<Element> members = model.elements().stream().filter(e -> !e.isBody()).toList();
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("Member");
        bodies.forEach(b -> header.add(b.name()));
        out.add(header);
        for (Element m : members) {
            List<String> row = new ArrayList<>();
            row.add(m.name());
            for (Element b : bodies) {
                List<String> roles = new ArrayList<>();
                for (Relation r : model.outgoing(m.id())) {
                    if (r.kind() == RelationKind.MEMBER_OF && r.target().equals(b.id())) {
                        roles.add(r.role().label() + (Boolean.FALSE.equals(r.voting()) ? " (non-voting)" : ""));
                    }
                }
                row.add(String.join("; ", roles));
            }
            out.add(row);
        }
        return out;
    }

    private static List<String> headers(RegisterTableKind kind) {
        return kind.columns().stream().map(RegisterColumn::header).toList();
    }

    private String footprintRef(ElementId id) {
        Footprint f = model.footprint(id).orElseThrow();
        boolean unique = footprintNames.getOrDefault(PlanContext.key(f.name()), 0) == 1
                && !(ElementId.isValid(f.name()) && model.isFootprint(ElementId.of(f.name())) && !ElementId.of(f.name()).equals(id));
        return unique ? f.name() : id.value();
    }

    /** The element's name when a reader looking among {@code types} would find exactly it by that name, else its id. */
    private String ref(ElementId id, Set<ElementType> types) {
        Element e = model.element(id).orElseThrow();
        int same = 0;
        for (Map.Entry<ElementType, Integer> c : elementNames.getOrDefault(PlanContext.key(e.name()), Map.of()).entrySet()) {
            same += types.contains(c.getKey()) || c.getKey() == ElementType.BODY ? c.getValue() : 0;
        }
        boolean nameIsAnotherId = ElementId.isValid(e.name()) && !ElementId.of(e.name()).equals(id) && model.containsId(ElementId.of(e.name()));
        boolean unique = same == 1 && !nameIsAnotherId && !e.name().contains(";") && !e.name().contains("\n")
                && e.name().equals(e.name().strip());
        return unique ? e.name() : id.value();
    }
}
