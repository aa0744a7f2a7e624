package org.icsatlas.io.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words people write in registers and what they mean, read from the data file {@code synonyms.txt} beside this
 * class: sections ({@code [columns.BODIES]}, {@code [kinds.BODY]}, {@code [roles]}…) of {@code KEY = word | word}
 * lines. Words are compared after {@link #normalise}, so case, punctuation and spacing never matter.
 */
public final class SynonymTable {
    private static final String RESOURCE = "synonyms.txt";
    private static volatile SynonymTable standard;

    /** section → key → its words, normalised, in file order. */
    private final Map<String, Map<String, List<String>>> sections;
    /** section → normalised word → key. */
    private final Map<String, Map<String, String>> lookup = new LinkedHashMap<>();

    SynonymTable(Map<String, Map<String, List<String>>> sections) {
        this.sections = sections;
        sections.forEach((section, keys) -> {
            Map<String, String> words = new LinkedHashMap<>();
            keys.forEach((key, list) -> {
                for (String w : list) {
                    String before = words.putIfAbsent(w, key);
                    if (before != null && !before.equals(key)) {
                        throw new IllegalStateException(RESOURCE + ": \"" + w + "\" in [" + section + "] means both "
                                + before + " and " + key);
                    }
                }
            });
            lookup.put(section, words);
        });
    }

    /** The table shipped with the application. */
    public static SynonymTable standard() {
        SynonymTable t = standard;
        if (t == null) {
            try (InputStream in = SynonymTable.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the synonyms table " + RESOURCE + " is missing from the application");
                }
                t = parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = t;
        }
        return t;
    }

    static SynonymTable parse(InputStream in) throws IOException {
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        Map<String, List<String>> current = null;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            if (s.startsWith("[") && s.endsWith("]")) {
                current = sections.computeIfAbsent(s.substring(1, s.length() - 1).strip(), k -> new LinkedHashMap<>());
                continue;
            }
            int eq = s.indexOf('=');
            if (current == null || eq < 1) {
                throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected [section] or KEY = word | word");
            }
            List<String> words = current.computeIfAbsent(s.substring(0, eq).strip(), k -> new ArrayList<>());
            for (String w : s.substring(eq + 1).split("\\|")) {
                String n = normalise(w);
                if (!n.isEmpty()) {
                    words.add(n);
                }
            }
        }
        return new SynonymTable(sections);
    }

    /** Lower case, accents and punctuation dropped, "&" read as "and", single spaces: "Body-Name " → "body name". */
    public static String normalise(String word) {
        if (word == null) {
            return "";
        }
        String s = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace("&", " and ").replace("'", "").replace("\u2019", "").toLowerCase(Locale.ROOT);
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The key in {@code section} that {@code word} is a synonym of. */
    public Optional<String> keyOf(String section, String word) {
        return Optional.ofNullable(lookup.getOrDefault(section, Map.of()).get(normalise(word)));
    }

    /** The keys of a section, in file order. */
    public List<String> keys(String section) {
        return List.copyOf(sections.getOrDefault(section, Map.of()).keySet());
    }

    /** The words of one key (normalised), in file order; empty when there are none. */
    public List<String> words(String section, String key) {
        return Collections.unmodifiableList(sections.getOrDefault(section, Map.of()).getOrDefault(key, List.of()));
    }
}
