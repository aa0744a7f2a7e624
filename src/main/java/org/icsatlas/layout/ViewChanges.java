package org.icsatlas.layout;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;

/**
 * Which footprints a change of view touches: what to pass to {@link LayoutEngine#layout} as the touched footprints
 * when the view changes, so that the engine keeps every other footprint where it was.
 */
public final class ViewChanges {
    private ViewChanges() {
    }

    /**
     * The footprints collapsed or expanded between {@code was} and {@code now}; the footprints holding elements of
     * a kind that was shown and is now hidden, or the other way round; and the footprints holding both ends of a
     * relation of a kind shown or hidden (such a relation is laid out inside its footprint, so its elements may
     * move); every footprint with elements when members switch between lines and lists. A pin moves only its own item (and what it lands on) and touches nothing.
     */
    public static Set<ElementId> touchedFootprints(IcsModel model, DiagramView was, DiagramView now) {
        Set<ElementId> touched = new TreeSet<>();
        if (was == null) {
            return touched;
        }
        Set<ElementId> flipped = new TreeSet<>(was.collapsed());
        flipped.addAll(now.collapsed());
        Set<ElementId> both = new TreeSet<>(was.collapsed());
        both.retainAll(now.collapsed());
        flipped.removeAll(both);
        touched.addAll(flipped);
        boolean statuses = !was.hiddenStatuses().equals(now.hiddenStatuses());
        if (was.membersAsList() != now.membersAsList()) {
            // every body's box and every membership line changes: lay out every footprint again
            for (Element e : model.elements()) {
                model.parentOf(e.id()).ifPresent(touched::add);
            }
        }
        if (!was.hiddenElementKinds().equals(now.hiddenElementKinds()) || !Objects.equals(was.root(), now.root()) || statuses) {
            for (Element e : model.elements()) {
                if (was.shows(e) != now.shows(e)) {
                    model.parentOf(e.id()).ifPresent(touched::add);
                }
            }
        }
        if (!was.hiddenRelationKinds().equals(now.hiddenRelationKinds()) || statuses) {
            for (Relation r : model.relations()) {
                if (was.shows(r) != now.shows(r)) {
                    Optional<ElementId> source = model.parentOf(r.source());
                    if (source.isPresent() && source.equals(model.parentOf(r.target()))) {
                        touched.add(source.get());
                    }
                }
            }
        }
        return touched;
    }
}
