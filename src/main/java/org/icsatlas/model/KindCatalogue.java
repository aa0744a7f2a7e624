package org.icsatlas.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The element kinds one model knows: the built-in kinds and the kinds its file declares, in declaration order. The
 * one lookup the legend, palette, filters, import matching and exports use, so a declared kind appears wherever a
 * built-in one does. Immutable: the model replaces its catalogue when a kind is declared or removed.
 */
public final class KindCatalogue {
    /** Just the built-in kinds. */
    public static final KindCatalogue BUILT_IN = new KindCatalogue(List.of());

    private final List<DeclaredKind> declared;

    private KindCatalogue(List<DeclaredKind> declared) {
        this.declared = List.copyOf(declared);
    }

    /** A catalogue of the built-in kinds and {@code declared}, which must have distinct names. */
    public static KindCatalogue of(List<DeclaredKind> declared) {
        KindCatalogue c = BUILT_IN;
        for (DeclaredKind k : declared) {
            if (c.declared(k.name()) != null) {
                throw new IllegalArgumentException("the kind '" + k.name() + "' is declared twice");
            }
            c = c.with(k);
        }
        return c;
    }

    /** The declared kinds, in declaration order. */
    public List<DeclaredKind> declared() {
        return declared;
    }

    /** The declared kind named {@code name}, or null. */
    public DeclaredKind declared(String name) {
        for (DeclaredKind k : declared) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        return null;
    }

    /** Every kind of {@code type}: the built-in ones in their order, then the declared ones. */
    public List<ElementKind> all(ElementType type) {
        List<ElementKind> out = new ArrayList<>(Arrays.asList(ElementKind.values(type)));
        for (DeclaredKind k : declared) {
            if (k.type() == type) {
                out.add(k);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Every kind of every type, built-in first. */
    public List<ElementKind> all() {
        List<ElementKind> out = new ArrayList<>();
        for (ElementType t : ElementType.values()) {
            out.addAll(Arrays.asList(ElementKind.values(t)));
        }
        out.addAll(declared);
        return Collections.unmodifiableList(out);
    }

    /** The names of every kind, as files write them (built-in first). */
    public List<String> names() {
        return all().stream().map(ElementKind::name).toList();
    }

    /** The kind of {@code type} named {@code name}, built-in or declared; null when this model knows none. */
    public ElementKind parse(ElementType type, String name) {
        ElementKind k = ElementKind.parse(type, name);
        if (k != null) {
            return k;
        }
        DeclaredKind d = declared(name);
        return d != null && d.type() == type ? d : null;
    }

    /** The kind named {@code name} of any type, built-in or declared; null when this model knows none. */
    public ElementKind find(String name) {
        ElementKind k = ElementKind.builtIn(name);
        return k != null ? k : declared(name);
    }

    /**
     * Matches a kind by its name or its label, ignoring case, spaces, hyphens and underscores ("Locality board",
     * "locality-board" and "LOCALITY_BOARD" all match): how importers match a kind written by people. Null when
     * none matches.
     */
    public ElementKind match(ElementType type, String nameOrLabel) {
        String wanted = simplify(nameOrLabel);
        for (ElementKind k : all(type)) {
            if (simplify(k.name()).equals(wanted) || simplify(k.label()).equals(wanted)) {
                return k;
            }
        }
        return null;
    }

    /** Whether {@code kind} belongs to this catalogue (every built-in kind does; a declared one when declared here). */
    public boolean knows(ElementKind kind) {
        return !kind.isDeclared() || kind.equals(declared(kind.name()));
    }

    /** A catalogue with {@code kind} added, or replacing the declared kind of the same name. */
    public KindCatalogue with(DeclaredKind kind) {
        Objects.requireNonNull(kind, "kind");
        List<DeclaredKind> out = new ArrayList<>(declared);
        int i = indexOf(kind.name());
        if (i < 0) {
            out.add(kind);
        } else {
            out.set(i, kind);
        }
        return new KindCatalogue(out);
    }

    /** A catalogue without the declared kind named {@code name}. */
    public KindCatalogue without(String name) {
        List<DeclaredKind> out = new ArrayList<>(declared);
        out.removeIf(k -> k.name().equals(name));
        return new KindCatalogue(out);
    }

    int indexOf(String name) {
        for (int i = 0; i < declared.size(); i++) {
            if (declared.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String simplify(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_\\-]+", "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KindCatalogue c && c.declared.equals(declared);
    }

    @Override
    public int hashCode() {
        return declared.hashCode();
    }

    @Override
    public String toString() {
        return "KindCatalogue" + declared;
    }
}
