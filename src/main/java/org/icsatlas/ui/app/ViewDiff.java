package org.icsatlas.ui.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icsatlas.edit.ChangeViewCommand;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.CompositeCommand;
import org.icsatlas.edit.PinCommand;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Position;
import org.icsatlas.model.RelationKind;

/**
 * Turns a view the diagram changed by itself (a footprint collapsed by a double-click, an element pinned by a drag)
 * into the edit commands that make the same change, so it is undoable and saved. Zoom is left out: scrolling
 * around is looking, not editing.
 */
final class ViewDiff {
    private ViewDiff() {
    }

    /** The command taking {@code before} to {@code after} (one undo step), or empty when they differ only in zoom. */
    static Optional<Command> commandFor(DiagramView before, DiagramView after) {
        ElementId view = before.id();
        List<Command> steps = new ArrayList<>();
        for (ElementId f : symmetricDifference(before.collapsed(), after.collapsed())) {
            steps.add(ChangeViewCommand.collapse(view, f, after.isCollapsed(f)));
        }
        for (RelationKind k : RelationKind.values()) {
            if (before.shows(k) != after.shows(k)) {
                steps.add(ChangeViewCommand.showRelationKind(view, k, after.shows(k)));
            }
        }
        for (ElementType type : ElementType.values()) {
            for (ElementKind k : ElementKind.values(type)) {
                if (before.shows(k) != after.shows(k)) {
                    steps.add(ChangeViewCommand.showElementKind(view, k, after.shows(k)));
                }
            }
        }
        for (org.icsatlas.model.Status st : org.icsatlas.model.Status.values()) {
            if (before.shows(st) != after.shows(st)) {
                steps.add(ChangeViewCommand.showStatus(view, st, after.shows(st)));
            }
        }
        Set<ElementId> pinned = new HashSet<>(before.pinned().keySet());
        pinned.addAll(after.pinned().keySet());
        for (ElementId id : pinned.stream().sorted().toList()) {
            Position was = before.pinned().get(id);
            Position now = after.pinned().get(id);
            if (now == null) {
                steps.add(PinCommand.unpin(view, id));
            } else if (!now.equals(was)) {
                steps.add(PinCommand.pin(view, id, now));
            }
        }
        if (!java.util.Objects.equals(before.root(), after.root())) {
            steps.add(ChangeViewCommand.root(view, after.root()));
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(steps.size() == 1 ? steps.get(0) : new CompositeCommand("Change the view", steps));
    }

    private static <T extends Comparable<T>> List<T> symmetricDifference(Set<T> a, Set<T> b) {
        Set<T> out = new HashSet<>(a);
        out.addAll(b);
        out.removeIf(x -> a.contains(x) && b.contains(x));
        return out.stream().sorted().toList();
    }
}
