package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Plans the import of a {@link Register} into a model (an empty one for a new model): declared kinds and footprints first, then
 * bodies, organisations and people, then relations, merging by id or by name so that re-importing an updated
 * register duplicates nothing. The model passed in is never changed; the plan holds a copy.
 */
public final class ImportPlanner {
    private final RegisterVocabulary words;

    public ImportPlanner(RegisterVocabulary words) {
        this.words = words;
    }

    public ImportPlanner() {
        this(RegisterVocabulary.standard());
    }

    public ImportPlan plan(IcsModel base, Register register) {
        PlanContext ctx = new PlanContext(base, register, words);
        new KindPlanner(ctx).plan();
        FootprintPlanner footprints = new FootprintPlanner(ctx);
        footprints.plan();
        new ElementPlanner(ctx, footprints).plan();
        RelationPlanner relations = new RelationPlanner(ctx);
        relations.plan();
        List<Removal> removals = new ArrayList<>(relations.removals);
        removals.addAll(unlisted(base, ctx, register));
        List<RejectedRow> rejected = new ArrayList<>(register.rejected());
        rejected.addAll(ctx.rejected);
        rejected.sort(Comparator.comparing((RejectedRow r) -> tableOrder(register, r.source())).thenComparingInt(RejectedRow::row));
        return new ImportPlan(register, ctx.target, ctx.added, ctx.changed, rejected, removals);
    }

    private static int tableOrder(Register register, String source) {
        for (RegisterTableKind k : RegisterTableKind.values()) {
            if (register.table(k).map(t -> t.source().equals(source)).orElse(false)) {
                return k.ordinal();
            }
        }
        return -1;
    }

    /** The top-level footprint an element sits under. */
    private static ElementId top(IcsModel m, ElementId element) {
        List<ElementId> up = m.ancestors(element);
        return up.isEmpty() ? element : up.get(up.size() - 1);
    }

    /** What the model had before, in the systems the register covers, that a table the register has no longer lists. */
    private static List<Removal> unlisted(IcsModel base, PlanContext ctx, Register register) {
        List<Removal> out = new ArrayList<>();
        boolean bodies = register.table(RegisterTableKind.BODIES).isPresent();
        boolean members = register.table(RegisterTableKind.ORGANISATIONS).isPresent();
        // Only the systems the register covers: importing Frimley beside South Yorkshire proposes nothing of South Yorkshire.
        Set<ElementId> covered = new java.util.HashSet<>();
        for (ElementId id : ctx.claimed.keySet()) {
            if (ctx.target.isElement(id)) {
                covered.add(top(ctx.target, id));
            }
        }
        List<ElementId> goingElements = new ArrayList<>();
        for (Element e : base.elements()) {
            if (!covered.contains(top(base, e.id()))) {
                continue;
            }
            boolean listedTable = e.type() == ElementType.BODY ? bodies : members;
            if (listedTable && !ctx.claimed.containsKey(e.id())) {
                int n = base.relationsOf(e.id()).size();
                goingElements.add(e.id());
                out.add(new Removal(e.id(), false, e.type().name().toLowerCase() + " '" + e.name() + "' in "
                        + base.describe(base.parentOf(e.id()).orElseThrow()) + (n == 0 ? "" : ", with its " + n + (n == 1 ? " relation" : " relations"))));
            }
        }
        boolean memberships = register.table(RegisterTableKind.MEMBERSHIPS).isPresent();
        boolean relations = register.table(RegisterTableKind.RELATIONS).isPresent();
        Set<ElementId> proposed = new java.util.HashSet<>(goingElements);
        out.stream().filter(Removal::relation).forEach(r -> proposed.add(r.id()));
        for (Relation r : base.relations()) {
            boolean listedTable = r.kind() == RelationKind.MEMBER_OF ? memberships : r.kind() != RelationKind.REPORTS_TO && relations;
            if (!listedTable || !covered.contains(top(base, r.source())) || ctx.claimed.containsKey(r.id()) || proposed.contains(r.id())
                    || proposed.contains(r.source()) || proposed.contains(r.target())) {
                continue;
            }
            out.add(new Removal(r.id(), true, r.kind().label().toLowerCase() + ": " + base.describe(r.source()) + " → " + base.describe(r.target())
                    + (r.role() == null ? "" : " (" + r.role().label() + ")")));
        }
        return out;
    }
}
