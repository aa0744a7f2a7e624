package org.icsatlas.io.register;

import java.util.Locale;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IllegalEditException;

/**
 * Plans a register's kinds table: each row declares a body or organisation kind of the model's own (or redeclares
 * the one of that id), through the model's kind catalogue, before any body or organisation row is read.
 */
final class KindPlanner {
    private final PlanContext ctx;

    KindPlanner(PlanContext ctx) {
        this.ctx = ctx;
    }

    void plan() {
        for (RegisterRow r : ctx.register.rows(RegisterTableKind.KINDS)) {
            try {
                declare(r);
            } catch (RowProblem p) {
                ctx.refuse(r, p.getMessage());
            } catch (IllegalEditException | IllegalArgumentException e) {
                ctx.refuse(r, e.getMessage());
            }
        }
    }

    private void declare(RegisterRow r) throws RowProblem {
        String name = r.get(RegisterColumn.ID);
        if (name.isEmpty()) {
            throw new RowProblem("the kind has no id (e.g. LOCALITY_BOARD)");
        }
        ElementType type = type(r.get(RegisterColumn.ELEMENT_TYPE));
        String label = r.get(RegisterColumn.LABEL).isEmpty() ? name : r.get(RegisterColumn.LABEL);
        ElementKind basedOn = null;
        String base = r.get(RegisterColumn.BASED_ON);
        if (!base.isEmpty()) {
            basedOn = org.icsatlas.model.KindCatalogue.BUILT_IN.match(type, base);
            if (basedOn == null) {
                throw new RowProblem(RegisterVocabulary.quote(base) + " is not a built-in " + type.name().toLowerCase(Locale.ROOT) + " kind");
            }
        }
        DeclaredKind kind = new DeclaredKind(name, type, label, basedOn, r.get(RegisterColumn.COLOUR), r.get(RegisterColumn.BADGE));
        DeclaredKind old = ctx.target.kinds().declared(name);
        if (kind.equals(old)) {
            return;
        }
        ctx.target.declareKind(kind);
        String text = "kind '" + label + "' (" + type.name().toLowerCase(Locale.ROOT) + ")";
        if (old == null) {
            ctx.add(r, text);
        } else {
            ctx.change(r, text + ": redeclared");
        }
    }

    private static ElementType type(String word) throws RowProblem {
        String w = SynonymTable.normalise(word);
        if (w.isEmpty() || w.startsWith("bod")) {
            return ElementType.BODY;
        }
        if (w.startsWith("organi")) {
            return ElementType.ORGANISATION;
        }
        throw new RowProblem("the type of a kind is body or organisation, not " + RegisterVocabulary.quote(word));
    }
}
