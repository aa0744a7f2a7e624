package org.icsatlas.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of one JSON object in file order, as a small read-only map looked up by scanning: a record of the
 * native file has at most a dozen fields, and a 200,000-element file has close to a million records, each of which
 * a hash map (its table, an entry per field, its linked order) cost more to build than to read.
 */
final class Members extends AbstractMap<String, JsonValue.Member> {
    private JsonValue.Member[] items = new JsonValue.Member[6];
    private int size;

    /** Adds a member whose name is not there yet (the parser refuses a name given twice before adding). */
    void add(JsonValue.Member m) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = m;
    }

    @Override
    public JsonValue.Member get(Object name) {
        for (int i = 0; i < size; i++) {
            if (items[i].name().equals(name)) {
                return items[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, JsonValue.Member>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, JsonValue.Member>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, JsonValue.Member> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        JsonValue.Member m = items[next++];
                        return new SimpleImmutableEntry<>(m.name(), m);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
