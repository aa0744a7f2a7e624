package org.icsatlas.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * An ordered list of distinct ids that also knows where each id stands, so {@link #indexOf} and {@link #contains}
 * are hash look-ups instead of scans: the rules sort memberships into model order for every body, and a scan of
 * every relation per comparison made {@code validate} quadratic. Appending keeps the position index current; an
 * insertion or removal elsewhere drops it, and the next look-up rebuilds it once. The index is built into a fresh
 * map and then published, so threads that only read the model may look up at the same time. It is built only when
 * first asked for, and only for lists longer than {@value #SCAN_LIMIT} (a short list is scanned): most footprints
 * hold a few ids, and a model read from a file need not pay for an index no one asks for.
 */
final class OrderedIds extends AbstractList<ElementId> implements RandomAccess {
    /** Lists up to this long are scanned instead of indexed. */
    static final int SCAN_LIMIT = 16;
    private final List<ElementId> ids = new ArrayList<>(4);
    /** Position of each id, or null when not built yet or an edit has made it stale. */
    private volatile Map<ElementId, Integer> positions;

    @Override
    public ElementId get(int index) {
        return ids.get(index);
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public boolean add(ElementId id) {
        ids.add(id);
        Map<ElementId, Integer> p = positions;
        if (p != null) {
            p.put(id, ids.size() - 1);
        }
        return true;
    }

    @Override
    public void add(int index, ElementId id) {
        if (index == ids.size()) {
            add(id);
            return;
        }
        ids.add(index, id);
        positions = null;
    }

    @Override
    public ElementId remove(int index) {
        ElementId removed = ids.remove(index);
        Map<ElementId, Integer> p = positions;
        if (p != null && index == ids.size()) {
            p.remove(removed);
        } else {
            positions = null;
        }
        return removed;
    }

    @Override
    public boolean remove(Object id) {
        int i = indexOf(id);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    @Override
    public int indexOf(Object id) {
        if (ids.size() <= SCAN_LIMIT) {
            return ids.indexOf(id);
        }
        Integer i = index().get(id);
        return i == null ? -1 : i;
    }

    @Override
    public int lastIndexOf(Object id) {
        return indexOf(id);
    }

    @Override
    public boolean contains(Object id) {
        return indexOf(id) >= 0;
    }

    private Map<ElementId, Integer> index() {
        Map<ElementId, Integer> p = positions;
        if (p == null) {
            p = new HashMap<>(ids.size() * 2);
            for (int i = 0; i < ids.size(); i++) {
                p.put(ids.get(i), i);
            }
            positions = p;
        }
        return p;
    }
}
