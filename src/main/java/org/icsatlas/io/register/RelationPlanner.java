package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Plans a register's relations: memberships (role and vote), the reporting lines of the bodies table's Reports to
 * column, and the rows of the relations table. A relation the model has (same id, or same ends and kind) is
 * updated; a body whose reporting lines the register gives has them re-pointed, added or proposed for removal.
 */
final class RelationPlanner {
    private static final Set<ElementType> ANY = EnumSet.allOf(ElementType.class);
    private static final Set<ElementType> REPORTING_TARGETS = EnumSet.of(ElementType.BODY, ElementType.ORGANISATION);

    /** A reporting line the register asks for: its target, and the relations-table row that gives its id or note. */
    private record Line(ElementId target, RegisterRow row, RegisterRow detail) {
    }

    private final PlanContext ctx;
    /** The reporting lines of each body whose lines the register gives, in register order. */
    private final Map<ElementId, List<Line>> reporting = new LinkedHashMap<>();
    final List<Removal> removals = new ArrayList<>();

    RelationPlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    void plan() {
        Optional<RegisterTable> memberships = ctx.register.table(RegisterTableKind.MEMBERSHIPS);
        for (RegisterRow r : ctx.register.rows(RegisterTableKind.MEMBERSHIPS)) {
            guarded(r, () -> membership(memberships.orElseThrow(), r));
        }
        Optional<RegisterTable> bodies = ctx.register.table(RegisterTableKind.BODIES);
        if (bodies.isPresent() && bodies.get().hasColumn(RegisterColumn.REPORTS_TO)) {
            for (RegisterRow r : bodies.get().rows()) {
                if (!ctx.refused(r)) {
                    reportsToCell(r);
                }
            }
        }
        Optional<RegisterTable> relations = ctx.register.table(RegisterTableKind.RELATIONS);
        for (RegisterRow r : ctx.register.rows(RegisterTableKind.RELATIONS)) {
            guarded(r, () -> relationRow(relations.orElseThrow(), r));
        }
        reporting.forEach(this::reconcile);
    }

    private interface Step {
        void run() throws RowProblem;
    }

    private void guarded(RegisterRow r, Step step) {
        if (ctx.refused(r)) {
            return;
        }
        try {
            step.run();
        } catch (RowProblem p) {
            ctx.refuse(r, p.getMessage());
        } catch (IllegalEditException | IllegalArgumentException e) {
            ctx.refuse(r, e.getMessage());
        }
    }

    private ElementId require(RegisterRow r, RegisterColumn column, Set<ElementType> types, String what) throws RowProblem {
        String cell = r.get(column);
        if (cell.isEmpty()) {
            throw new RowProblem("the " + column.header().toLowerCase() + " is empty");
        }
        return ctx.element(cell, types).orElseThrow(() -> new RowProblem(RegisterVocabulary.quote(cell) + " is not "
                + what + " in the register or the model"));
    }

    private void membership(RegisterTable table, RegisterRow r) throws RowProblem {
        ElementId body = require(r, RegisterColumn.BODY, ElementPlanner.BODIES, "a body");
        ElementId member = require(r, RegisterColumn.MEMBER, ElementPlanner.MEMBERS, "an organisation or person");
        MemberRole role = r.has(RegisterColumn.ROLE) ? ctx.words.role(r.get(RegisterColumn.ROLE)) : null;
        Boolean voting = ctx.words.voting(r.get(RegisterColumn.VOTING));
        Lifecycle lifecycle = ctx.lifecycle(table, r);
        Optional<Relation> existing = existing(r, member, RelationKind.MEMBER_OF, body);
        if (existing.isEmpty()) {
            Relation m = new Relation(newId(r, "m " + ctx.name(body) + " " + ctx.name(member)), RelationKind.MEMBER_OF,
                    member, body, role, voting, null, r.get(RegisterColumn.NOTE), lifecycle);
            ctx.target.addRelation(m, -1);
            ctx.claimed.put(m.id(), r);
            ctx.add(r, ctx.quoted(member) + " member of " + ctx.quoted(body) + " (" + m.role().label()
                    + (voting == null ? "" : voting ? ", voting" : ", non-voting") + ")");
            return;
        }
        Relation old = existing.get();
        Relation m = old.withEnds(member, body);
        List<String> what = new ArrayList<>();
        if (role != null && role != old.role()) {
            m = m.withRole(role);
            what.add("role " + old.role().label() + " → " + role.label());
        }
        if (table.hasColumn(RegisterColumn.VOTING) && !Objects.equals(voting, old.voting())) {
            m = m.withVoting(voting);
            what.add(voting == null ? "vote not known" : voting ? "now voting" : "now non-voting");
        }
        if (table.hasColumn(RegisterColumn.NOTE) && !r.get(RegisterColumn.NOTE).equals(old.note())) {
            m = m.withNote(r.get(RegisterColumn.NOTE));
            what.add("note changed");
        }
        if (lifecycle != null && !lifecycle.equals(old.lifecycle())) {
            m = m.withLifecycle(lifecycle);
            what.add("now " + lifecycle.describe());
        }
        if (!old.source().equals(member) || !old.target().equals(body)) {
            what.add("now " + ctx.quoted(member) + " in " + ctx.quoted(body));
        }
        ctx.target.updateRelation(m);
        if (!what.isEmpty()) {
            ctx.change(r, ctx.quoted(member) + " in " + ctx.quoted(body) + ": " + String.join(", ", what));
        }
    }

    /** The relation a row means: the one with the row's id, or the only one of that kind between the same ends. */
    private Optional<Relation> existing(RegisterRow r, ElementId from, RelationKind kind, ElementId to) throws RowProblem {
        String id = r.get(RegisterColumn.ID);
        Optional<Relation> found = Optional.empty();
        if (!id.isEmpty()) {
            if (!ElementId.isValid(id)) {
                throw new RowProblem(RegisterVocabulary.quote(id) + " is not a valid id");
            }
            found = ctx.target.relation(ElementId.of(id));
            if (found.isPresent() && found.get().kind() != kind) {
                throw new RowProblem("the id '" + id + "' belongs to a " + found.get().kind().label().toLowerCase() + " relation in the model");
            }
        }
        if (id.isEmpty()) {
            // Without an id, a row means the relation of its kind between its ends (the first, if there are several).
            found = ctx.target.outgoing(from).stream().filter(x -> x.kind() == kind && x.target().equals(to))
                    .min(java.util.Comparator.comparingInt(x -> ctx.target.indexOf(x.id())));
        }
        if (found.isPresent()) {
            RegisterRow before = ctx.claimed.putIfAbsent(found.get().id(), r);
            if (before != null && before != r) {
                throw new RowProblem("this relation is already on " + before.source() + ":" + before.row());
            }
        }
        return found;
    }

    private ElementId newId(RegisterRow r, String readable) throws RowProblem {
        String id = r.get(RegisterColumn.ID);
        if (id.isEmpty()) {
            return ctx.freshId("", readable);
        }
        ElementId wanted = ElementId.of(id);
        if (!ctx.idFree(wanted)) {
            throw new RowProblem("the id '" + id + "' is already used by " + ctx.target.describe(wanted));
        }
        ctx.reserve(wanted);
        return wanted;
    }

    private void reportsToCell(RegisterRow r) {
        ElementId body = ctx.rowElements.get(r);
        if (body == null) {
            return;
        }
        List<Line> lines = reporting.computeIfAbsent(body, k -> new ArrayList<>());
        for (String part : r.get(RegisterColumn.REPORTS_TO).split("[;\\n]")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            try {
                Optional<ElementId> to = ctx.element(name, ElementPlanner.BODIES);
                if (to.isEmpty()) {
                    to = ctx.element(name, REPORTING_TARGETS);
                }
                if (to.isEmpty()) {
                    ctx.refusePart(r, "reports to " + RegisterVocabulary.quote(name) + ", which is not a body or organisation in the "
                            + "register or the model; that reporting line is not imported");
                } else if (to.get().equals(body)) {
                    ctx.refusePart(r, "a body cannot report to itself; that reporting line is not imported");
                } else {
                    lines.add(new Line(to.get(), r, null));
                }
            } catch (RowProblem p) {
                ctx.refusePart(r, p.getMessage());
            }
        }
    }

    private void relationRow(RegisterTable table, RegisterRow r) throws RowProblem {
        RelationKind kind = ctx.words.relationKind(r.get(RegisterColumn.KIND));
        if (kind == RelationKind.MEMBER_OF) {
            throw new RowProblem("memberships belong in the memberships table, with their role and vote");
        }
        ElementId from = require(r, RegisterColumn.FROM, ANY, "an element");
        ElementId to = require(r, RegisterColumn.TO, ANY, "an element");
        if (kind == RelationKind.REPORTS_TO) {
            List<Line> lines = reporting.get(from);
            boolean fromCell = lines != null && lines.stream().anyMatch(l -> l.detail() == null);
            if (fromCell) {
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).target().equals(to) && lines.get(i).detail() == null) {
                        lines.set(i, new Line(to, lines.get(i).row(), r));
                        return;
                    }
                }
                throw new RowProblem(ctx.quoted(from) + " reports to " + ctx.quoted(to) + " here, but its Reports to cell "
                        + "in the bodies table does not list " + ctx.quoted(to) + "; change one of them");
            }
            reporting.computeIfAbsent(from, k -> new ArrayList<>()).add(new Line(to, r, r));
            return;
        }
        String scope = kind == RelationKind.DELEGATES_TO ? r.get(RegisterColumn.SCOPE) : null;
        if (scope == null && r.has(RegisterColumn.SCOPE)) {
            throw new RowProblem("only a delegation has a scope");
        }
        Optional<Relation> existing = existing(r, from, kind, to);
        String note = r.get(RegisterColumn.NOTE);
        Lifecycle lifecycle = ctx.lifecycle(table, r);
        if (existing.isEmpty()) {
            Relation rel = new Relation(newId(r, ctx.name(from) + " " + kind.label() + " " + ctx.name(to)), kind, from, to,
                    null, null, scope, note, lifecycle);
            ctx.target.addRelation(rel, -1);
            ctx.claimed.put(rel.id(), r);
            ctx.add(r, ctx.quoted(from) + " " + kind.label().toLowerCase() + " " + ctx.quoted(to));
            return;
        }
        Relation old = existing.get();
        Relation rel = old.withEnds(from, to);
        if (scope != null && table.hasColumn(RegisterColumn.SCOPE)) {
            rel = rel.withScope(scope);
        }
        if (table.hasColumn(RegisterColumn.NOTE)) {
            rel = rel.withNote(note);
        }
        if (lifecycle != null) {
            rel = rel.withLifecycle(lifecycle);
        }
        if (!rel.equals(old)) {
            ctx.target.updateRelation(rel);
            ctx.change(r, ctx.quoted(from) + " " + kind.label().toLowerCase() + " " + ctx.quoted(to) + ": updated");
        }
    }

    /** Brings one body's reporting lines to what the register lists: keep, re-point, add, and propose the rest for removal. */
    private void reconcile(ElementId body, List<Line> wanted) {
        List<Relation> old = new ArrayList<>(ctx.target.outgoing(body).stream().filter(x -> x.kind() == RelationKind.REPORTS_TO)
                .sorted((a, b) -> Integer.compare(ctx.target.indexOf(a.id()), ctx.target.indexOf(b.id()))).toList());
        List<Line> unmatched = new ArrayList<>();
        for (Line l : wanted) {
            Optional<Relation> same = old.stream().filter(x -> x.target().equals(l.target())).findFirst();
            if (same.isPresent()) {
                old.remove(same.get());
                try {
                    keep(same.get(), l);
                } catch (RowProblem | IllegalEditException | IllegalArgumentException e) {
                    ctx.refusePart(l.detail() != null ? l.detail() : l.row(), e.getMessage());
                }
            } else {
                unmatched.add(l);
            }
        }
        for (Line l : unmatched) {
            try {
                if (!old.isEmpty()) {
                    Relation was = old.remove(0);
                    ctx.target.updateRelation(was.withEnds(body, l.target()));
                    ctx.claimed.put(was.id(), l.row());
                    ctx.change(l.row(), ctx.quoted(body) + " now reports to " + ctx.quoted(l.target()) + " (was " + ctx.quoted(was.target()) + ")");
                    keep(ctx.target.relation(was.id()).orElseThrow(), l);
                } else {
                    RegisterRow source = l.detail() != null ? l.detail() : l.row();
                    String note = l.detail() != null ? l.detail().get(RegisterColumn.NOTE) : "";
                    Lifecycle lifecycle = l.detail() != null ? detailLifecycle(l.detail()) : null;
                    Relation rel = new Relation(newId(l.detail() != null ? l.detail() : blankId(l.row()),
                            ctx.name(body) + " reports to " + ctx.name(l.target())), RelationKind.REPORTS_TO, body, l.target(),
                            null, null, null, note, lifecycle);
                    ctx.target.addRelation(rel, -1);
                    ctx.claimed.put(rel.id(), source);
                    ctx.add(source, ctx.quoted(body) + " reports to " + ctx.quoted(l.target()));
                }
            } catch (RowProblem | IllegalEditException | IllegalArgumentException e) {
                ctx.refusePart(l.detail() != null ? l.detail() : l.row(), e.getMessage());
            }
        }
        for (Relation r : old) {
            removals.add(new Removal(r.id(), true, "reporting line: " + ctx.quoted(body) + " reports to " + ctx.quoted(r.target())));
        }
    }

    private static RegisterRow blankId(RegisterRow r) {
        return new RegisterRow(r.source(), r.row(), Map.of(), new java.util.TreeMap<>());
    }

    private void keep(Relation r, Line l) throws RowProblem {
        ctx.claimed.putIfAbsent(r.id(), l.row());
        if (l.detail() == null) {
            return;
        }
        Relation updated = r;
        List<String> what = new ArrayList<>();
        if (ctx.register.table(RegisterTableKind.RELATIONS).orElseThrow().hasColumn(RegisterColumn.NOTE)
                && !l.detail().get(RegisterColumn.NOTE).equals(r.note())) {
            updated = updated.withNote(l.detail().get(RegisterColumn.NOTE));
            what.add("note changed");
        }
        Lifecycle lifecycle = detailLifecycle(l.detail());
        if (lifecycle != null && !lifecycle.equals(r.lifecycle())) {
            updated = updated.withLifecycle(lifecycle);
            what.add("now " + lifecycle.describe());
        }
        if (!what.isEmpty()) {
            ctx.target.updateRelation(updated);
            ctx.change(l.detail(), ctx.quoted(r.source()) + " reports to " + ctx.quoted(r.target()) + ": " + String.join(", ", what));
        }
    }

    /** The status and dates a relations-table row gives a reporting line, or null when the table has no such columns. */
    private Lifecycle detailLifecycle(RegisterRow detail) throws RowProblem {
        return ctx.lifecycle(ctx.register.table(RegisterTableKind.RELATIONS).orElseThrow(), detail);
    }
}
