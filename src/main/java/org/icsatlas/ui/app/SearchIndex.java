package org.icsatlas.ui.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;

/**
 * Finds elements and footprints by name for the search box: case-insensitive, partial ("Provider" finds
 * "Provider Alliance"), best match first — a whole name, then a name that starts with the text, then one with
 * a word that does, then one that merely contains it; shorter names and earlier ones in the tree win ties.
 */
public final class SearchIndex {
    /** One searchable name. */
    public record Entry(ElementId id, String name, int order) {
    }

    private final List<Entry> entries;

    private SearchIndex(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static SearchIndex of(IcsModel model) {
        List<Entry> out = new ArrayList<>();
        for (Footprint f : model.footprints()) {
            out.add(new Entry(f.id(), f.name(), out.size()));
        }
        for (Element e : model.elements()) {
            out.add(new Entry(e.id(), e.name(), out.size()));
        }
        return new SearchIndex(out);
    }

    /** The entries matching {@code text}, best first, at most {@code limit} of them. */
    public List<Entry> find(String text, int limit) {
        String q = normalise(text);
        if (q.isEmpty()) {
            return List.of();
        }
        return entries.stream()
                .filter(e -> rank(e.name(), q) < NO_MATCH)
                .sorted(Comparator.<Entry>comparingInt(e -> rank(e.name(), q))
                        .thenComparingInt(e -> e.name().length())
                        .thenComparingInt(Entry::order))
                .limit(limit)
                .toList();
    }

    /** The best match for {@code text}, if anything matches. */
    public Optional<Entry> best(String text) {
        return find(text, 1).stream().findFirst();
    }

    private static final int NO_MATCH = 4;

    private static int rank(String name, String q) {
        String n = normalise(name);
        if (n.equals(q)) {
            return 0;
        }
        if (n.startsWith(q)) {
            return 1;
        }
        if (n.contains(" " + q) || n.contains("(" + q)) {
            return 2;
        }
        return n.contains(q) ? 3 : NO_MATCH;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
