package org.icsatlas.io.graphml;

import java.util.Locale;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * Reads the words other tools put in a kind, type or interaction column as ICS Atlas kinds: the constant's own name
 * ({@code INTEGRATED_CARE_BOARD}), its label ("Integrated care board") in any case, with spaces, hyphens or
 * underscores, and for relations the verb people write ("member", "reports to", "delegates").
 */
final class KindWords {
    private KindWords() {
    }

    static String normal(String word) {
        return word.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s/'-]+", "_").replaceAll("_+", "_");
    }

    static ElementType elementType(String word) {
        if (word == null) {
            return null;
        }
        for (ElementType t : ElementType.values()) {
            if (t.name().equals(normal(word))) {
                return t;
            }
        }
        return null;
    }

    /** The element kind {@code word} names, looking first among {@code type}'s kinds when a type is given; null if none. */
    static ElementKind elementKind(String word, ElementType type) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String n = normal(word);
        for (ElementType t : type == null ? ElementType.values() : new ElementType[] {type}) {
            for (ElementKind k : ElementKind.values(t)) {
                if (k.name().equals(n) || normal(k.label()).equals(n)) {
                    return k;
                }
            }
        }
        return type == null ? null : elementKind(word, null);
    }

    static RelationKind relationKind(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String n = normal(word);
        for (RelationKind k : RelationKind.values()) {
            if (k.name().equals(n) || normal(k.label()).equals(n)) {
                return k;
            }
        }
        if (n.startsWith("MEMBER")) {
            return RelationKind.MEMBER_OF;
        }
        if (n.startsWith("REPORT")) {
            return RelationKind.REPORTS_TO;
        }
        if (n.startsWith("DELEGAT")) {
            return RelationKind.DELEGATES_TO;
        }
        if (n.startsWith("ADVIS") || n.startsWith("SCRUTIN") || n.startsWith("INFORM")) {
            return RelationKind.ADVISES;
        }
        if (n.startsWith("REPRESENT")) {
            return RelationKind.REPRESENTS;
        }
        return null;
    }

    static MemberRole role(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        String n = normal(word);
        for (MemberRole r : MemberRole.values()) {
            if (r.name().equals(n) || normal(r.label()).equals(n)) {
                return r;
            }
        }
        return null;
    }

    /** The status {@code word} names (its constant or its label, e.g. "shadow / designate"); null if none. */
    static Status status(String word) {
        String n = normal(word);
        for (Status s : Status.values()) {
            if (s.name().equals(n) || normal(s.label()).equals(n)) {
                return s;
            }
        }
        return n.equals("DESIGNATE") ? Status.SHADOW : null;
    }

    /** true / false from the spellings tools write; null when it is neither. */
    static Boolean bool(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
