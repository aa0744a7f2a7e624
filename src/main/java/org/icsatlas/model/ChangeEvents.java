package org.icsatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How a model tells its listeners of changes: at once, or collected while a {@link IcsModel#batch batch} runs and
 * told once at its end. A change nobody would hear (no listener and no batch, as while a file is read) need not be
 * built at all: {@link #unheard()} lets the mutators skip it.
 */
final class ChangeEvents {
    private final List<ModelListener> listeners = new CopyOnWriteArrayList<>();
    private int batchDepth;
    private final List<ModelChange> pending = new ArrayList<>();

    void addListener(ModelListener l) {
        listeners.add(l);
    }

    void removeListener(ModelListener l) {
        listeners.remove(l);
    }

    /** Runs {@code body} as one batch (batches nest); the changes it made are told at the end, even if it throws. */
    void batch(Runnable body) {
        batchDepth++;
        try {
            body.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0 && !pending.isEmpty()) {
                List<ModelChange> out = List.copyOf(pending);
                pending.clear();
                for (ModelListener l : listeners) {
                    l.modelChanged(out);
                }
            }
        }
    }

    /** Whether a change would reach no one: no listener, no batch collecting changes. */
    boolean unheard() {
        return batchDepth == 0 && listeners.isEmpty();
    }

    void fire(ChangeType type, ElementId subject, Set<ElementId> touched) {
        ModelChange c = new ModelChange(type, subject, touched);
        if (batchDepth > 0) {
            pending.add(c);
            return;
        }
        List<ModelChange> out = List.of(c);
        for (ModelListener l : listeners) {
            l.modelChanged(out);
        }
    }

    /** The footprints a change touched, without the nulls (a root's parent, say). */
    static Set<ElementId> touched(ElementId... ids) {
        Set<ElementId> s = new LinkedHashSet<>();
        for (ElementId id : ids) {
            if (id != null) {
                s.add(id);
            }
        }
        return s;
    }
}
