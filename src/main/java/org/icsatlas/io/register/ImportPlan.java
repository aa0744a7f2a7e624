package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;

/**
 * What importing a register into a model would do, before anything changes: what is added and changed (each with
 * its register row), the rows refused and why, and what the model has that the register no longer lists (proposed
 * for removal, applied only when ticked). {@link #result} is the model as it would be.
 */
public final class ImportPlan {
    private final Register register;
    private final IcsModel merged;
    private final List<PlanEntry> added;
    private final List<PlanEntry> changed;
    private final List<RejectedRow> rejected;
    private final List<Removal> removals;

    ImportPlan(Register register, IcsModel merged, List<PlanEntry> added, List<PlanEntry> changed, List<RejectedRow> rejected,
               List<Removal> removals) {
        this.register = register;
        this.merged = merged;
        this.added = List.copyOf(added);
        this.changed = List.copyOf(changed);
        this.rejected = List.copyOf(rejected);
        this.removals = List.copyOf(removals);
    }

    public Register register() {
        return register;
    }

    public List<PlanEntry> added() {
        return added;
    }

    public List<PlanEntry> changed() {
        return changed;
    }

    /** The refused rows, in the order of the register's tables and rows. */
    public List<RejectedRow> rejected() {
        return rejected;
    }

    public List<Removal> removals() {
        return removals;
    }

    /** Notices about sheets and columns that were passed over. */
    public List<String> notices() {
        return register.notices();
    }

    /** Whether the import would change nothing. */
    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removals.isEmpty();
    }

    /** The model after the import, with the removals whose ids are in {@code ticked} applied (a fresh copy each call). */
    public IcsModel result(Collection<ElementId> ticked) {
        IcsModel m = merged.copy();
        Set<ElementId> chosen = Set.copyOf(ticked);
        for (Removal r : removals) {
            if (!chosen.contains(r.id())) {
                continue;
            }
            if (r.relation()) {
                if (m.relation(r.id()).isPresent()) {
                    m.removeRelation(r.id());
                }
            } else if (m.isElement(r.id())) {
                for (Relation x : new ArrayList<>(m.relationsOf(r.id()))) {
                    m.removeRelation(x.id());
                }
                m.removeElement(r.id());
            }
        }
        return m;
    }

    /** The model after the import with no removals applied. */
    public IcsModel result() {
        return result(List.of());
    }

    /** "52 to add, 3 to change, 2 rows refused, 1 removal proposed". */
    public String summary() {
        return count(added.size(), "to add") + ", " + count(changed.size(), "to change") + ", "
                + rejected.size() + (rejected.size() == 1 ? " row refused" : " rows refused")
                + (removals.isEmpty() ? "" : ", " + removals.size() + (removals.size() == 1 ? " removal" : " removals") + " proposed");
    }

    private static String count(int n, String what) {
        return n + " " + what;
    }
}
