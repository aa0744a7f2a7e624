package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IllegalEditException;

/**
 * Plans the footprints a register names: in its footprints table, and in the footprint and parent-footprint columns
 * of its bodies and organisations. A footprint the model lacks is created under its parent; its level is the one
 * given, or one below its parent's (a footprint with no parent is a system, its children places, theirs
 * neighbourhoods). A footprint the model has moves or changes level only when the register says so.
 */
final class FootprintPlanner {
    /** What the register says about one footprint, from the first row that names it on. */
    private static final class Spec {
        final String name;
        ElementId existing;
        ElementId id;
        String parent;
        RegisterRow parentRow;
        FootprintLevel level;
        String note;
        final RegisterRow row;
        ElementId resolved;

        Spec(String name, RegisterRow row) {
            this.name = name;
            this.row = row;
        }
    }

    private final PlanContext ctx;
    private final List<Spec> specs = new ArrayList<>();
    private final Map<ElementId, Spec> byId = new HashMap<>();
    private final Map<String, Spec> byName = new LinkedHashMap<>();

    FootprintPlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    void plan() {
        for (RegisterRow r : ctx.register.rows(RegisterTableKind.FOOTPRINTS)) {
            mention(r, r.get(RegisterColumn.NAME), r.get(RegisterColumn.ID), r.get(RegisterColumn.PARENT), r.get(RegisterColumn.LEVEL),
                    ctx.register.table(RegisterTableKind.FOOTPRINTS).orElseThrow().hasColumn(RegisterColumn.NOTE) ? r.get(RegisterColumn.NOTE) : null);
        }
        for (RegisterTableKind kind : List.of(RegisterTableKind.BODIES, RegisterTableKind.ORGANISATIONS)) {
            for (RegisterRow r : ctx.register.rows(kind)) {
                if (r.has(RegisterColumn.FOOTPRINT)) {
                    mention(r, r.get(RegisterColumn.FOOTPRINT), "", r.get(RegisterColumn.PARENT_FOOTPRINT), r.get(RegisterColumn.FOOTPRINT_LEVEL), null);
                } else if (r.has(RegisterColumn.PARENT_FOOTPRINT) || r.has(RegisterColumn.FOOTPRINT_LEVEL)) {
                    ctx.refuse(r, "a parent footprint or footprint level is given but no footprint");
                }
            }
        }
        for (Spec s : specs) {
            resolve(s, new ArrayList<>());
        }
    }

    /** The id of the footprint a row's footprint cell names, once planned; empty if that row was refused. */
    Optional<ElementId> footprintOf(String name) {
        Spec s = lookup(name);
        if (s != null) {
            return Optional.ofNullable(s.resolved);
        }
        return ctx.footprintNamed(name);
    }

    /** The spec a cell names: by the id a footprints-table row gave, by an existing footprint's id, or by name. */
    private Spec lookup(String idOrName) {
        if (ElementId.isValid(idOrName)) {
            Spec s = byId.get(ElementId.of(idOrName));
            if (s != null) {
                return s;
            }
        }
        Optional<ElementId> existing = ctx.footprintNamed(idOrName);
        if (existing.isPresent() && byId.containsKey(existing.get())) {
            return byId.get(existing.get());
        }
        return byName.get(PlanContext.key(idOrName));
    }

    private void mention(RegisterRow r, String name, String id, String parent, String levelWord, String note) {
        if (ctx.refused(r) || name.isEmpty()) {
            return;
        }
        FootprintLevel level = null;
        if (!levelWord.isEmpty()) {
            try {
                level = ctx.words.level(levelWord);
            } catch (RowProblem p) {
                ctx.refuse(r, p.getMessage());
                return;
            }
        }
        if (!id.isEmpty() && !ElementId.isValid(id)) {
            ctx.refuse(r, RegisterVocabulary.quote(id) + " is not a valid id: use letters, digits, '_', '.', ':' or '-'");
            return;
        }
        Spec s = spec(name, id, r);
        if (s == null) {
            return;
        }
        if (!parent.isEmpty()) {
            if (lookup(parent) == s) {
                ctx.refuse(r, "'" + name + "' cannot be inside itself");
                return;
            }
            if (s.parent != null && lookup(s.parent) != lookup(parent)) {
                ctx.refuse(r, "'" + name + "' is inside '" + s.parent + "' (" + s.parentRow.source() + ":" + s.parentRow.row()
                        + "), so it cannot also be inside '" + parent + "'");
                return;
            }
            if (spec(parent, "", r) == null) {
                return;
            }
            s.parent = parent;
            s.parentRow = r;
        }
        if (level != null) {
            if (s.level != null && s.level != level) {
                ctx.refuse(r, "'" + name + "' is given as a " + s.level.label().toLowerCase() + " elsewhere, not a " + level.label().toLowerCase());
                return;
            }
            s.level = level;
        }
        if (note != null) {
            s.note = note;
        }
    }

    private Spec spec(String name, String id, RegisterRow r) {
        Spec s = id.isEmpty() ? lookup(name) : byId.get(ElementId.of(id));
        if (s == null) {
            s = new Spec(name, r);
            Optional<ElementId> existing = id.isEmpty() ? ctx.footprintNamed(name)
                    : ctx.target.footprint(ElementId.of(id)).map(f -> f.id());
            if (existing.isPresent() && byId.containsKey(existing.get())) {
                return byId.get(existing.get());
            }
            if (existing.isEmpty() && !id.isEmpty()) {
                ElementId wanted = ElementId.of(id);
                if (ctx.target.containsId(wanted)) {
                    ctx.refuse(r, "the id '" + id + "' is already used by " + ctx.target.describe(wanted) + ", which is not a footprint");
                    return null;
                }
                s.id = wanted;
                ctx.reserve(wanted);
            }
            s.existing = existing.orElse(null);
            specs.add(s);
            byName.putIfAbsent(PlanContext.key(name), s);
            ElementId key = s.existing != null ? s.existing : s.id;
            if (key != null) {
                byId.put(key, s);
            }
        }
        return s;
    }

    /** Creates or updates the footprint of {@code s}, its parent first; {@code path} guards against a loop of parents. */
    private ElementId resolve(Spec s, List<Spec> path) {
        if (s.resolved != null || ctx.refused(s.row) && s.existing == null) {
            return s.resolved;
        }
        if (path.contains(s)) {
            ctx.refuse(s.row, "the footprints " + String.join(", ", path.stream().map(p -> "'" + p.name + "'").toList())
                    + " are each inside another, in a loop");
            return null;
        }
        path.add(s);
        ElementId parentId = null;
        Footprint parentFootprint = null;
        if (s.parent != null) {
            Spec p = lookup(s.parent);
            parentId = resolve(p, path);
            if (parentId == null) {
                ctx.refuse(s.row, "its footprint's parent '" + s.parent + "' could not be imported");
                return null;
            }
            parentFootprint = ctx.target.footprint(parentId).orElseThrow();
        }
        path.remove(s);
        try {
            s.resolved = s.existing == null ? create(s, parentId, parentFootprint) : update(s, parentId);
        } catch (IllegalEditException | IllegalArgumentException e) {
            ctx.refuse(s.row, e.getMessage());
        }
        return s.resolved;
    }

    private ElementId create(Spec s, ElementId parentId, Footprint parent) {
        FootprintLevel level = s.level;
        if (level == null) {
            level = parent == null ? FootprintLevel.SYSTEM : below(parent);
        }
        if (level == null) {
            throw new IllegalEditException("'" + s.name + "' would sit below the neighbourhood '" + parent.name()
                    + "', and nothing is narrower than a neighbourhood");
        }
        ElementId id = s.id != null ? s.id : ctx.freshId("", s.name);
        Footprint f = new Footprint(id, s.name, level, s.note);
        ctx.target.addFootprint(f, parentId, -1);
        ctx.footprintAdded(f);
        ctx.add(s.row, level.label().toLowerCase() + " '" + s.name + "'" + (parent == null ? "" : " in '" + parent.name() + "'"));
        return id;
    }

    private ElementId update(Spec s, ElementId parentId) {
        Footprint f = ctx.target.footprint(s.existing).orElseThrow();
        List<String> what = new ArrayList<>();
        if (s.parent != null && !Objects.equals(ctx.target.parentOf(f.id()).orElse(null), parentId)) {
            ctx.target.move(f.id(), parentId, -1);
            what.add("moves into '" + ctx.name(parentId) + "'");
        }
        Footprint changed = f;
        if (s.level != null && s.level != f.level()) {
            changed = changed.withLevel(s.level);
            what.add("becomes a " + s.level.label().toLowerCase());
        }
        if (s.note != null && !s.note.equals(f.note())) {
            changed = changed.withNote(s.note);
            what.add("note changed");
        }
        if (!PlanContext.key(s.name).equals(PlanContext.key(f.name()))) {
            changed = changed.withName(s.name);
            what.add("renamed from '" + f.name() + "'");
        }
        ctx.target.updateFootprint(changed);
        if (!what.isEmpty()) {
            ctx.change(s.row, f.level().label().toLowerCase() + " '" + s.name + "' " + String.join(", ", what));
        }
        return f.id();
    }

    private static FootprintLevel below(Footprint parent) {
        FootprintLevel[] levels = FootprintLevel.values();
        int next = parent.level().ordinal() + 1;
        return next < levels.length ? levels[next] : null;
    }

}
