package org.icsatlas.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Relation;

/**
 * Adds a copy of a {@link ModelFragment} to a footprint as one undo step: the fragment's elements go into the
 * footprint, its footprints under it, and its relations between the copies. Every copy gets a fresh id made from
 * its name, so pasting twice (or into another model) never clashes. Refused whole if any part does not fit (a
 * place pasted into a neighbourhood).
 */
public final class PasteCommand implements Command {
    private final IcsModel fragment;
    private final ElementId into;
    private final Map<ElementId, ElementId> newIds = new HashMap<>();
    private CompositeCommand done;
    private String description;

    public PasteCommand(IcsModel fragment, ElementId into) {
        this.fragment = Objects.requireNonNull(fragment, "fragment");
        this.into = Objects.requireNonNull(into, "into");
        this.description = "Paste " + Wording.count(ModelFragment.size(fragment), "item");
    }

    @Override
    public void execute(IcsModel model) {
        if (done == null) {
            if (!model.isFootprint(into)) {
                throw new IllegalEditException("there is no footprint '" + into + "' to paste into");
            }
            done = plan(model);
        }
        done.execute(model);
        description = done.description();
    }

    private CompositeCommand plan(IcsModel model) {
        IdGenerator ids = new IdGenerator(model);
        ElementId root = ElementId.of(ModelFragment.ROOT_ID);
        List<Command> steps = new ArrayList<>();
        int items = 0;
        for (Footprint f : fragment.footprints()) {
            if (f.id().equals(root)) {
                continue;
            }
            ElementId id = ids.forName(f.name());
            newIds.put(f.id(), id);
            ElementId parent = fragment.parentOf(f.id()).map(p -> p.equals(root) ? into : newIds.get(p)).orElse(into);
            steps.add(new AddFootprintCommand(new Footprint(id, f.name(), f.level(), f.note()), parent));
            items++;
        }
        for (Element e : fragment.elements()) {
            ElementId id = ids.forName(e.name());
            newIds.put(e.id(), id);
            ElementId parent = fragment.parentOf(e.id()).map(p -> p.equals(root) ? into : newIds.get(p)).orElseThrow();
            steps.add(new AddElementCommand(new Element(id, e.kind(), e.name(), e.title(), e.note(), e.attributes()), parent));
            items++;
        }
        for (Relation r : fragment.relations()) {
            ElementId s = newIds.get(r.source());
            ElementId t = newIds.get(r.target());
            ElementId id = ids.forRelation(s, r.kind(), t);
            steps.add(new ConnectCommand(new Relation(id, r.kind(), s, t, r.role(), r.voting(), r.scope(), r.note())));
        }
        String d = "Paste " + Wording.count(items, "item") + (fragment.relationCount() > 0
                ? " and " + Wording.count(fragment.relationCount(), "relation") : "") + " into " + Wording.plain(model, into);
        return new CompositeCommand(d, steps);
    }

    /** The ids the copies got, by the id they had in the fragment (known after the first execute). */
    public Map<ElementId, ElementId> newIds() {
        return Map.copyOf(newIds);
    }

    @Override
    public void undo(IcsModel model) {
        done.undo(model);
    }

    @Override
    public String description() {
        return description;
    }
}
