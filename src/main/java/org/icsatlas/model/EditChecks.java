package org.icsatlas.model;

import java.util.List;

/**
 * The checks and wording every model mutator shares that need nothing of the model's state: whether a footprint
 * level nests in another, whether a position is in range, whether a view's numbers are within {@link ViewLimits}.
 */
final class EditChecks {
    private EditChecks() {
    }

    static void requireNests(Footprint parent, Footprint child) {
        if (!parent.level().canContain(child.level())) {
            throw new IllegalEditException("a " + child.level().label().toLowerCase() + " ('" + child.name()
                    + "') cannot sit inside a " + parent.level().label().toLowerCase() + " ('" + parent.name() + "')");
        }
    }

    /** The backstop for {@link ViewLimits}: whatever path a view comes by, its numbers are in range. */
    static void requireWithinLimits(DiagramView v) {
        String why = ViewLimits.check(v);
        if (why != null) {
            throw new IllegalEditException(why);
        }
    }

    static void requireIndex(int index, int size) {
        if (index < -1 || index > size) {
            throw new IllegalEditException("position " + index + " is outside 0.." + size);
        }
    }

    static <T> void insert(List<T> list, int index, T item) {
        if (index < 0) {
            list.add(item);
        } else {
            list.add(index, item);
        }
    }

    /** What the relation's source does, as a verb phrase: "'A' cannot <em>represent</em> 'B'". */
    static String verb(RelationKind kind) {
        return switch (kind) {
            case MEMBER_OF -> "be a member of";
            case REPORTS_TO -> "report to";
            case DELEGATES_TO -> "delegate to";
            case ADVISES -> "advise or scrutinise";
            case REPRESENTS -> "represent";
            default -> "have a '" + kind.label().toLowerCase() + "' relation to";
        };
    }
}
