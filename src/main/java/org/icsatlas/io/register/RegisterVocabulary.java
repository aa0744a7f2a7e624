package org.icsatlas.io.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icsatlas.io.Vocabulary;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * Reads the words of a register's cells: kinds (by name, legend label or the synonyms table, from the kinds a
 * {@link KindCatalogue} lists), roles, votes, footprint levels and relation kinds. A word that matches nothing is a
 * {@link RowProblem} saying what was expected, with the nearest word when one is close.
 */
public final class RegisterVocabulary {
    private final SynonymTable synonyms;
    private final KindCatalogue catalogue;
    /** Whether the kinds are those of the model imported into (built-in plus declared), not a fixed list. */
    private final boolean followsModel;

    public RegisterVocabulary(SynonymTable synonyms, KindCatalogue catalogue) {
        this(synonyms, catalogue, false);
    }

    private RegisterVocabulary(SynonymTable synonyms, KindCatalogue catalogue, boolean followsModel) {
        this.synonyms = synonyms;
        this.catalogue = catalogue;
        this.followsModel = followsModel;
    }

    /** The standard synonyms, matching the kinds of the model imported into (its built-in and declared kinds). */
    public static RegisterVocabulary standard() {
        return new RegisterVocabulary(SynonymTable.standard(), KindCatalogue.builtIn(), true);
    }

    /**
     * This vocabulary reading kinds from {@code model}'s catalogue as it stands when a word is read (so kinds the
     * register's kinds table declares are known to its bodies and organisations); itself when its kinds are fixed.
     */
    RegisterVocabulary over(org.icsatlas.model.IcsModel model) {
        return followsModel ? new RegisterVocabulary(synonyms, type -> model.kinds().all(type), false) : this;
    }

    public SynonymTable synonyms() {
        return synonyms;
    }

    /** The kind of element of {@code type} that {@code word} names. */
    ElementKind kind(ElementType type, String word) throws RowProblem {
        Map<String, ElementKind> words = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        // Names and labels first, so that no synonym can shadow another kind's own label.
        for (ElementKind k : catalogue.kinds(type)) {
            words.putIfAbsent(SynonymTable.normalise(k.name()), k);
            words.putIfAbsent(SynonymTable.normalise(k.label()), k);
            labels.add(k.label());
        }
        for (ElementKind k : catalogue.kinds(type)) {
            for (String w : synonyms.words("kinds." + type.name(), k.name())) {
                words.putIfAbsent(w, k);
            }
        }
        Optional<ElementKind> found = find(words, word);
        if (found.isPresent()) {
            return found.get();
        }
        String what = type.name().toLowerCase(Locale.ROOT) + " kind";
        throw new RowProblem(unknown(what, word, words, ElementKind::label) + " " + capitalised(what) + "s: " + String.join(", ", labels));
    }

    /** A status (current, proposed, shadow / designate, abolished); an empty cell is current. */
    Status status(String word) throws RowProblem {
        return word.isBlank() ? Status.CURRENT : fromSection("statuses", word, Status.class, "status", Status::label);
    }

    MemberRole role(String word) throws RowProblem {
        return fromSection("roles", word, MemberRole.class, "role", MemberRole::label);
    }

    FootprintLevel level(String word) throws RowProblem {
        return fromSection("levels", word, FootprintLevel.class, "footprint level", l -> l.label().toLowerCase(Locale.ROOT));
    }

    RelationKind relationKind(String word) throws RowProblem {
        return fromSection("relations", word, RelationKind.class, "relation", r -> r.label().toLowerCase(Locale.ROOT));
    }

    /** A vote: yes / no / y / n / true / false and the like; an empty cell is "not known" (null). */
    Boolean voting(String word) throws RowProblem {
        if (word.isBlank()) {
            return null;
        }
        Optional<String> key = synonyms.keyOf("voting", word);
        if (key.isEmpty()) {
            throw new RowProblem("cannot read " + quote(word) + " as a vote: write yes or no (Y/N, true/false also work)");
        }
        return key.get().equals("TRUE");
    }

    private <E extends Enum<E>> E fromSection(String section, String word, Class<E> type, String what,
                                             java.util.function.Function<E, String> label) throws RowProblem {
        Map<String, E> words = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            words.putIfAbsent(SynonymTable.normalise(e.name()), e);
            words.putIfAbsent(SynonymTable.normalise(label.apply(e)), e);
        }
        for (E e : type.getEnumConstants()) {
            for (String w : synonyms.words(section, e.name())) {
                words.putIfAbsent(w, e);
            }
        }
        Optional<E> found = find(words, word);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(label.apply(e));
        }
        throw new RowProblem(unknown(what, word, words, label) + " Allowed: " + String.join(", ", allowed));
    }

    private static <T> Optional<T> find(Map<String, T> words, String word) {
        String n = SynonymTable.normalise(word);
        T t = words.get(n);
        if (t == null && n.endsWith("s")) {
            t = words.get(n.substring(0, n.length() - 1));
        }
        return Optional.ofNullable(t);
    }

    /** {@code unknown role "vice chiar"; did you mean "vice-chair"?} */
    private static <T> String unknown(String what, String word, Map<String, T> words, java.util.function.Function<T, String> label) {
        String n = SynonymTable.normalise(word);
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        if (n.length() <= 100) {
            for (Map.Entry<String, T> e : words.entrySet()) {
                int d = Vocabulary.distance(n, e.getKey());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = e.getValue();
                }
            }
            // A longer wording that ends in a known one ("Audit and Risk Committee") suggests that kind.
            if (bestDistance > Vocabulary.tolerance(n)) {
                best = null;
                int longest = 0;
                for (Map.Entry<String, T> e : words.entrySet()) {
                    if (e.getKey().length() > longest && (" " + n + " ").contains(" " + e.getKey() + " ")) {
                        best = e.getValue();
                        longest = e.getKey().length();
                    }
                }
            }
        }
        return "unknown " + what + " " + quote(word) + (best == null ? "." : "; did you mean " + quote(label.apply(best)) + "?");
    }

    static String quote(String word) {
        String w = word.replaceAll("\\p{Cntrl}", " ");
        return "\"" + (w.length() <= 60 ? w : w.substring(0, 57) + "...") + "\"";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
