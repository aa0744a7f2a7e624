package org.icsatlas.ui.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.icsatlas.model.ElementId;

/**
 * What the user has selected in one open document: footprints, elements and relations by id, in the order they
 * were picked. The last one picked is the {@linkplain #primary() primary} selection (the one the outline, search
 * and properties follow). Plain Java, no JavaFX: the canvas, the panels and headless tests share the one copy.
 */
public final class Selection {
    private final LinkedHashSet<ElementId> items = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** The selected ids, oldest pick first; empty for none. */
    public List<ElementId> items() {
        return List.copyOf(items);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int size() {
        return items.size();
    }

    public boolean contains(ElementId id) {
        return items.contains(id);
    }

    /** The last id picked, or null when nothing is selected. */
    public ElementId primary() {
        ElementId last = null;
        for (ElementId id : items) {
            last = id;
        }
        return last;
    }

    /** Selects exactly {@code id} (null clears). */
    public void set(ElementId id) {
        setAll(id == null ? List.of() : List.of(id));
    }

    /** Selects exactly {@code ids}, in their order. */
    public void setAll(Collection<ElementId> ids) {
        List<ElementId> next = new ArrayList<>(new LinkedHashSet<>(ids));
        next.removeIf(Objects::isNull);
        if (next.equals(new ArrayList<>(items))) {
            return;
        }
        items.clear();
        items.addAll(next);
        fire();
    }

    /** Adds {@code id} to the selection (Shift+click), or takes it out when it is in already (Ctrl+click). */
    public void toggle(ElementId id) {
        if (!items.remove(Objects.requireNonNull(id))) {
            items.add(id);
        }
        fire();
    }

    public void add(ElementId id) {
        if (items.add(Objects.requireNonNull(id))) {
            fire();
        } else if (!id.equals(primary())) {
            items.remove(id);
            items.add(id);
            fire();
        }
    }

    public void clear() {
        setAll(List.of());
    }

    /** Drops the ids that no longer exist (after an edit removed them). */
    public void retain(Predicate<ElementId> exists) {
        if (items.removeIf(id -> !exists.test(id))) {
            fire();
        }
    }

    /** {@code listener} runs after every change of the selection. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
