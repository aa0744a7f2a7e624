package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IllegalEditException;

/**
 * Plans the bodies, organisations and people of a register: each row adds an element, or updates the one the model
 * already has with that id or name (kind, footprint, title, note and the attribute columns the register has).
 */
final class ElementPlanner {
    static final Set<ElementType> BODIES = EnumSet.of(ElementType.BODY);
    static final Set<ElementType> MEMBERS = EnumSet.of(ElementType.ORGANISATION, ElementType.PERSON);

    private final PlanContext ctx;
    private final FootprintPlanner footprints;

    ElementPlanner(PlanContext ctx, FootprintPlanner footprints) {
        this.ctx = ctx;
        this.footprints = footprints;
    }

    void plan() {
        for (RegisterTableKind kind : List.of(RegisterTableKind.BODIES, RegisterTableKind.ORGANISATIONS)) {
            Optional<RegisterTable> table = ctx.register.table(kind);
            if (table.isEmpty()) {
                continue;
            }
            for (RegisterRow r : table.get().rows()) {
                if (ctx.refused(r)) {
                    continue;
                }
                try {
                    plan(table.get(), r);
                } catch (RowProblem p) {
                    ctx.refuse(r, p.getMessage());
                } catch (IllegalEditException | IllegalArgumentException e) {
                    ctx.refuse(r, e.getMessage());
                }
            }
        }
    }

    private void plan(RegisterTable table, RegisterRow r) throws RowProblem {
        boolean bodies = table.kind() == RegisterTableKind.BODIES;
        String name = r.get(RegisterColumn.NAME);
        // A person with no name but a title is a placeholder role holder, found and shown by its title.
        boolean placeholder = name.isEmpty() && !bodies && !r.get(RegisterColumn.TITLE).isEmpty();
        if (name.isEmpty() && !placeholder) {
            throw new RowProblem("the row has no name");
        }
        String shown = placeholder ? r.get(RegisterColumn.TITLE) : name;
        String idCell = r.get(RegisterColumn.ID);
        if (!idCell.isEmpty() && !ElementId.isValid(idCell)) {
            throw new RowProblem(RegisterVocabulary.quote(idCell) + " is not a valid id: use letters, digits, '_', '.', ':' or '-'");
        }
        Optional<ElementId> existing = find(idCell, shown, bodies);
        ElementKind kind = r.has(RegisterColumn.KIND) ? kind(bodies, r.get(RegisterColumn.KIND)) : null;
        if (placeholder && kind != null && kind.type() != ElementType.PERSON) {
            throw new RowProblem("the row has no name; only a person (a role holder) can be known by title alone");
        }
        org.icsatlas.model.Lifecycle lifecycle = ctx.lifecycle(table, r);
        ElementId footprint = null;
        if (r.has(RegisterColumn.FOOTPRINT)) {
            footprint = footprints.footprintOf(r.get(RegisterColumn.FOOTPRINT))
                    .orElseThrow(() -> new RowProblem("its footprint '" + r.get(RegisterColumn.FOOTPRINT) + "' could not be imported"));
        }
        if (existing.isPresent()) {
            RegisterRow before = ctx.claimed.putIfAbsent(existing.get(), r);
            if (before != null) {
                throw new RowProblem("'" + shown + "' is already on " + before.source() + ":" + before.row());
            }
            update(table, r, ctx.target.element(existing.get()).orElseThrow(), kind, footprint, lifecycle);
            ctx.rowElements.put(r, existing.get());
        } else {
            if (kind == null) {
                throw new RowProblem("'" + shown + "' needs a kind (the Kind column is empty)");
            }
            if (footprint == null) {
                footprint = defaultFootprint(shown);
            }
            ElementId id = idCell.isEmpty() ? ctx.freshId("", shown) : ElementId.of(idCell);
            if (!idCell.isEmpty()) {
                if (!ctx.idFree(id)) {
                    throw new RowProblem("the id '" + idCell + "' is already used by " + ctx.target.describe(id));
                }
                ctx.reserve(id);
            }
            String title = kind.type() == ElementType.PERSON ? r.get(RegisterColumn.TITLE) : "";
            Element e = new Element(id, kind, name, title, r.get(RegisterColumn.NOTE), new TreeMap<>(r.attributes()), lifecycle);
            ctx.target.addElement(e, footprint, -1);
            ctx.elementAdded(e);
            ctx.claimed.put(id, r);
            ctx.rowElements.put(r, id);
            ctx.add(r, kind.type().name().toLowerCase() + " '" + shown + "' (" + kind.label().toLowerCase() + ") in " + ctx.quoted(footprint)
                    + (e.lifecycle().isDefault() ? "" : ", " + e.lifecycle().describe()));
        }
    }

    private Optional<ElementId> find(String idCell, String name, boolean bodies) throws RowProblem {
        Set<ElementType> own = bodies ? BODIES : MEMBERS;
        if (!idCell.isEmpty()) {
            ElementId id = ElementId.of(idCell);
            Optional<Element> e = ctx.target.element(id);
            if (e.isPresent() && !own.contains(e.get().type())) {
                throw new RowProblem("the id '" + idCell + "' belongs to " + article(e.get().type()) + " in the model, not "
                        + (bodies ? "a body" : "an organisation or person"));
            }
            if (e.isPresent()) {
                return Optional.of(id);
            }
        }
        Optional<ElementId> byName;
        try {
            byName = ctx.element(name, own);
        } catch (RowProblem ambiguous) {
            if (idCell.isEmpty()) {
                throw ambiguous;
            }
            return Optional.empty();
        }
        // A row with its own id never takes over an element another row of this register already is.
        if (byName.isPresent() && !idCell.isEmpty() && ctx.claimed.containsKey(byName.get())) {
            return Optional.empty();
        }
        return byName;
    }

    private static String article(ElementType t) {
        return t == ElementType.ORGANISATION ? "an organisation" : "a " + t.name().toLowerCase();
    }

    private ElementKind kind(boolean bodies, String word) throws RowProblem {
        if (bodies) {
            return ctx.words.kind(ElementType.BODY, word);
        }
        try {
            return ctx.words.kind(ElementType.ORGANISATION, word);
        } catch (RowProblem asOrganisation) {
            try {
                return ctx.words.kind(ElementType.PERSON, word);
            } catch (RowProblem asPerson) {
                throw asOrganisation;
            }
        }
    }

    /** A new element with no footprint goes in the model's one top-level footprint, if it has exactly one. */
    private ElementId defaultFootprint(String name) throws RowProblem {
        List<ElementId> roots = ctx.target.roots();
        if (roots.size() == 1) {
            return roots.get(0);
        }
        throw new RowProblem("'" + name + "' has no footprint, and " + (roots.isEmpty() ? "the register names none"
                : "the model has " + roots.size() + " top-level footprints") + "; fill in its Footprint column");
    }

    private void update(RegisterTable table, RegisterRow r, Element old, ElementKind kind, ElementId footprint,
                        org.icsatlas.model.Lifecycle lifecycle) {
        Element e = old;
        List<String> what = new ArrayList<>();
        String name = r.get(RegisterColumn.NAME);
        boolean titleFirst = name.isEmpty() && table.hasColumn(RegisterColumn.TITLE) && e.type() == ElementType.PERSON;
        if (titleFirst && !r.get(RegisterColumn.TITLE).equals(old.title())) {
            e = e.withTitle(r.get(RegisterColumn.TITLE));
            what.add("title changed");
        }
        if (!name.equals(old.recordedName())) {
            e = e.withName(name);
            what.add(name.isEmpty() ? "now a role holder known by title" : "renamed from '" + old.name() + "'");
        }
        if (kind != null && !kind.equals(old.kind())) {
            if (kind.type() != old.type()) {
                throw new IllegalEditException("'" + old.name() + "' is " + article(old.type()) + " in the model; a "
                        + kind.label().toLowerCase() + " would make it " + article(kind.type()));
            }
            e = e.withKind(kind);
            what.add("kind " + old.kind().label().toLowerCase() + " → " + kind.label().toLowerCase());
        }
        if (!titleFirst && table.hasColumn(RegisterColumn.TITLE) && e.type() == ElementType.PERSON && !r.get(RegisterColumn.TITLE).equals(old.title())) {
            e = e.withTitle(r.get(RegisterColumn.TITLE));
            what.add("title changed");
        }
        if (table.hasColumn(RegisterColumn.NOTE) && !r.get(RegisterColumn.NOTE).equals(old.note())) {
            e = e.withNote(r.get(RegisterColumn.NOTE));
            what.add("note changed");
        }
        if (lifecycle != null && !lifecycle.equals(old.lifecycle())) {
            e = e.withLifecycle(lifecycle);
            what.add("now " + lifecycle.describe());
        }
        for (String key : table.attributeKeys()) {
            String value = r.attributes().getOrDefault(key, "");
            if (!value.equals(old.attributes().getOrDefault(key, ""))) {
                e = e.withAttribute(key, value);
                what.add(key + (value.isEmpty() ? " removed" : " → " + value));
            }
        }
        ctx.target.updateElement(e);
        if (!e.name().equals(old.name())) {
            ctx.elementRenamed(old.name(), e);
        }
        if (footprint != null && !Objects.equals(ctx.target.parentOf(old.id()).orElse(null), footprint)) {
            what.add("moves from " + ctx.quoted(ctx.target.parentOf(old.id()).orElseThrow()) + " to " + ctx.quoted(footprint));
            ctx.target.move(old.id(), footprint, -1);
        }
        if (!what.isEmpty()) {
            ctx.change(r, "'" + e.name() + "': " + String.join(", ", what));
        }
    }
}
