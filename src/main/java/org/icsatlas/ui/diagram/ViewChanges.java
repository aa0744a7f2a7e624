package org.icsatlas.ui.diagram;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/** Which footprints a change of view touches, so the layout engine keeps every other footprint where it was. */
final class ViewChanges {
    private ViewChanges() {
    }

    /**
     * The footprints collapsed or expanded between {@code was} and {@code now}, and the footprints holding elements
     * of a kind that was shown and is now hidden, or the other way round.
     */
    static Set<ElementId> touchedFootprints(IcsModel model, DiagramView was, DiagramView now) {
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
        if (!was.hiddenElementKinds().equals(now.hiddenElementKinds()) || !Objects.equals(was.root(), now.root())) {
            for (Element e : model.elements()) {
                if (was.shows(e.kind()) != now.shows(e.kind())) {
                    model.parentOf(e.id()).ifPresent(touched::add);
                }
            }
        }
        return touched;
    }
}
