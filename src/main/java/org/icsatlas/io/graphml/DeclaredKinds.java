package org.icsatlas.io.graphml;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;

/**
 * The text of the graph data {@link GraphmlNames#KINDS}: the kinds a model declares, one a line, each as six
 * tab-separated fields (name, type, label, based-on kind, colour, badge; an empty field for none), with backslash,
 * tab and line breaks in a field escaped as {@code \\}, {@code \t}, {@code \n}, {@code \r}.
 */
final class DeclaredKinds {
    private static final int FIELDS = 6;

    private DeclaredKinds() {
    }

    static String write(List<DeclaredKind> kinds) {
        StringBuilder b = new StringBuilder();
        for (DeclaredKind k : kinds) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(escape(k.name())).append('\t').append(k.type().name()).append('\t').append(escape(k.label()))
                    .append('\t').append(k.basedOn() == null ? "" : k.basedOn().name())
                    .append('\t').append(k.colour() == null ? "" : k.colour())
                    .append('\t').append(escape(k.badge()));
        }
        return b.toString();
    }

    /** The kinds {@code text} declares; an IllegalArgumentException saying which line is wrong and why. */
    static List<DeclaredKind> read(String text) {
        List<DeclaredKind> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        String[] lines = text.strip().split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String[] f = lines[i].split("\t", -1);
            String where = "declared kind " + (i + 1) + " of " + GraphmlNames.KINDS;
            if (f.length != FIELDS) {
                throw new IllegalArgumentException(where + " has " + f.length + " fields, not " + FIELDS
                        + " (name, type, label, based on, colour, badge)");
            }
            ElementType type = KindWords.elementType(f[1]);
            if (type == null) {
                throw new IllegalArgumentException(where + " has unknown type " + GraphmlModelBuilder.quote(f[1]));
            }
            ElementKind base = null;
            if (!f[3].isEmpty()) {
                base = ElementKind.parse(type, f[3]);
                if (base == null) {
                    throw new IllegalArgumentException(where + " is based on unknown kind " + GraphmlModelBuilder.quote(f[3]));
                }
            }
            try {
                out.add(new DeclaredKind(unescape(f[0]), type, unescape(f[2]), base, f[4], unescape(f[5])));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
