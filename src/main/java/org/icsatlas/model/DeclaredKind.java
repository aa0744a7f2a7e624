package org.icsatlas.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A body or organisation kind that a file declares for itself (a locality board, a provider collaborative, an ICP
 * assembly), so a real system can be modelled without a code change. {@code name} is its id as written in files
 * ({@code LOCALITY_BOARD}), {@code label} its plain-English name, {@code basedOn} the built-in kind of the same
 * type whose shape and colour it takes (and whose rules apply to it), {@code colour} its own outline colour
 * ({@code #rrggbb}); at least one of the two is given, and a colour wins over the base kind's. {@code badge} is the
 * short corner tag; it defaults to the initials of the label. Immutable.
 */
public record DeclaredKind(String name, ElementType type, String label, ElementKind basedOn, String colour, String badge)
        implements ElementKind {

    private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public DeclaredKind {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!ID.matcher(name).matches()) {
            throw new IllegalArgumentException("a kind id is written in capitals, digits and '_', starting with a letter"
                    + " (e.g. LOCALITY_BOARD), not '" + name + "'");
        }
        if (type == ElementType.PERSON) {
            throw new IllegalArgumentException("only body and organisation kinds can be declared ('" + name + "')");
        }
        if (ElementKind.builtIn(name) != null) {
            throw new IllegalArgumentException("'" + name + "' is a built-in kind; a declared kind needs a name of its own");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("the declared kind '" + name + "' needs a label");
        }
        colour = colour == null || colour.isEmpty() ? null : colour;
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("the colour of '" + name + "' must be like #1f4e8c, not '" + colour + "'");
        }
        if (basedOn != null && (basedOn instanceof DeclaredKind || basedOn.type() != type)) {
            throw new IllegalArgumentException("'" + name + "' can only be based on a built-in " + type.name().toLowerCase()
                    + " kind, not on " + basedOn.name());
        }
        if (basedOn == null && colour == null) {
            throw new IllegalArgumentException("the declared kind '" + name + "' needs a built-in kind to be based on or a colour of its own");
        }
        badge = badge == null || badge.isBlank() ? initials(label) : badge.strip();
    }

    /** A kind drawn like {@code basedOn}. */
    public static DeclaredKind basedOn(String name, String label, ElementKind basedOn) {
        return new DeclaredKind(name, basedOn.type(), label, basedOn, null, null);
    }

    /** A kind of its own colour, drawn in the default shape of its type. */
    public static DeclaredKind coloured(String name, ElementType type, String label, String colour) {
        return new DeclaredKind(name, type, label, null, colour, null);
    }

    /** The built-in kind it is based on, or null for a kind that only has a colour. */
    @Override
    public ElementKind base() {
        return basedOn;
    }

    @Override
    public boolean isDeclared() {
        return true;
    }

    private static String initials(String label) {
        StringBuilder b = new StringBuilder();
        for (String word : label.strip().split("[\\s/,'-]+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.charAt(0)) && b.length() < 5) {
                b.append(word.charAt(0));
            }
        }
        return b.length() == 0 ? "KIND" : b.toString().toUpperCase(Locale.ROOT);
    }
}
