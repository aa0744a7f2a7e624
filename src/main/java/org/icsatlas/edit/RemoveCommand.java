package org.icsatlas.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;

/**
 * Removes an element with its relations, or a footprint with everything inside it and their relations, as one
 * undo step. Views lose their pins, collapsed entries and root that name a removed id; undo brings all of it back
 * in its old order.
 */
public final class RemoveCommand implements Command {
    private final ElementId item;
    private CompositeCommand done;
    private String description;

    public RemoveCommand(ElementId item) {
        this.item = Objects.requireNonNull(item, "item");
        this.description = "Remove '" + item + "'";
    }

    @Override
    public void execute(IcsModel model) {
        if (!model.isFootprint(item) && !model.isElement(item)) {
            throw new IllegalEditException("there is no footprint or element with id '" + item + "' to remove");
        }
        Removal removal = new Removal();
        removal.add(model, item);
        List<Command> plan = new ArrayList<>();
        for (DiagramView v : model.views()) {
            DiagramView cleaned = withoutIds(v, removal.gone);
            if (!cleaned.equals(v)) {
                plan.add(new ReplaceViewStep(v, cleaned));
            }
        }
        int relations = 0;
        for (Relation r : model.relations()) {
            if (removal.gone.contains(r.source()) || removal.gone.contains(r.target())) {
                plan.add(new DisconnectCommand(r.id()));
                relations++;
            }
        }
        plan.addAll(removal.steps);
        CompositeCommand all = new CompositeCommand(describe(model, removal, relations), plan);
        all.execute(model);
        done = all;
        description = all.description();
    }

    private String describe(IcsModel model, Removal removal, int relations) {
        List<String> parts = new ArrayList<>();
        parts.add("Remove " + Wording.quoted(model, item));
        if (removal.footprintsInside > 0) {
            parts.add(Wording.count(removal.footprintsInside, "footprint"));
        }
        if (removal.elementsInside > 0) {
            parts.add(Wording.count(removal.elementsInside, "element"));
        }
        if (relations > 0) {
            parts.add(Wording.count(relations, "relation"));
        }
        return Wording.and(parts);
    }

    private static DiagramView withoutIds(DiagramView v, Set<ElementId> gone) {
        TreeSet<ElementId> collapsed = new TreeSet<>(v.collapsed());
        collapsed.removeAll(gone);
        TreeMap<ElementId, Position> pinned = new TreeMap<>(v.pinned());
        pinned.keySet().removeAll(gone);
        ElementId root = v.root() != null && gone.contains(v.root()) ? null : v.root();
        return new DiagramView(v.id(), v.name(), root, collapsed, v.hiddenElementKinds(), v.hiddenRelationKinds(), pinned, v.zoom(),
                v.arrangedAspect());
    }

    @Override
    public void undo(IcsModel model) {
        done.undo(model);
    }

    @Override
    public String description() {
        return description;
    }

    /** The removal steps for an item and everything inside it: innermost first, each footprint after its content. */
    private final class Removal {
        final List<Command> steps = new ArrayList<>();
        final Set<ElementId> gone = new HashSet<>();
        int footprintsInside;
        int elementsInside;

        void add(IcsModel model, ElementId id) {
            gone.add(id);
            boolean inside = !id.equals(item);
            if (model.isElement(id)) {
                elementsInside += inside ? 1 : 0;
                steps.add(new RemoveElementStep(id));
                return;
            }
            footprintsInside += inside ? 1 : 0;
            for (ElementId child : model.childFootprints(id)) {
                add(model, child);
            }
            for (ElementId e : model.elementsIn(id)) {
                add(model, e);
            }
            steps.add(new RemoveFootprintStep(id));
        }
    }

    /** Removes one element that no longer takes part in any relation. */
    private static final class RemoveElementStep implements Command {
        private final ElementId id;
        private Element element;
        private ElementId footprint;
        private int index;

        RemoveElementStep(ElementId id) {
            this.id = id;
        }

        @Override
        public void execute(IcsModel model) {
            Element e = model.element(id).orElseThrow();
            ElementId f = model.parentOf(id).orElseThrow();
            int at = model.indexOf(id);
            model.removeElement(id);
            element = e;
            footprint = f;
            index = at;
        }

        @Override
        public void undo(IcsModel model) {
            model.addElement(element, footprint, index);
        }

        @Override
        public String description() {
            return "Remove '" + id + "'";
        }
    }

    /** Removes one footprint that is already empty. */
    private static final class RemoveFootprintStep implements Command {
        private final ElementId id;
        private Footprint footprint;
        private ElementId parent;
        private int index;

        RemoveFootprintStep(ElementId id) {
            this.id = id;
        }

        @Override
        public void execute(IcsModel model) {
            Footprint f = model.footprint(id).orElseThrow();
            ElementId p = model.parentOf(id).orElse(null);
            int at = model.indexOf(id);
            model.removeFootprint(id);
            footprint = f;
            parent = p;
            index = at;
        }

        @Override
        public void undo(IcsModel model) {
            model.addFootprint(footprint, parent, index);
        }

        @Override
        public String description() {
            return "Remove '" + id + "'";
        }
    }

    /** Swaps one view value for another (a view cleaned of removed ids) and back. */
    private record ReplaceViewStep(DiagramView before, DiagramView after) implements Command {
        @Override
        public void execute(IcsModel model) {
            model.updateView(after);
        }

        @Override
        public void undo(IcsModel model) {
            model.updateView(before);
        }

        @Override
        public String description() {
            return "Tidy view '" + after.name() + "'";
        }
    }
}
