package org.icsatlas.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.Relation;

/**
 * The copied part of a model, as a small model of its own (what the clipboard carries as native JSON): one root
 * footprint {@value #ROOT_ID} holding the copied elements, the copied footprints with everything inside them,
 * and the relations whose both ends were copied. {@link PasteCommand} adds such a fragment to a footprint.
 */
public final class ModelFragment {
    /** The id of the fragment's root, which stands for "the footprint pasted into". */
    public static final String ROOT_ID = "clipboard";
    static final String VIEW_ID = "clipboard-view";

    private ModelFragment() {
    }

    /** The fragment holding {@code ids} (footprints and elements; relations among them come along). */
    public static IcsModel of(IcsModel model, Collection<ElementId> ids) {
        IcsModel out = new IcsModel(ModelInfo.titled("Copied from " + model.info().title()));
        ElementId root = ElementId.of(ROOT_ID);
        out.addFootprint(Footprint.of(ROOT_ID, "Copied", FootprintLevel.REGION), null, -1);
        Set<ElementId> chosen = new LinkedHashSet<>(ids);
        Set<ElementId> copied = new LinkedHashSet<>();
        for (ElementId id : model.roots().isEmpty() ? List.<ElementId>of() : ordered(model, chosen)) {
            if (coveredByChosenAncestor(model, id, chosen)) {
                continue;
            }
            if (model.isFootprint(id)) {
                copyFootprint(model, id, root, out, copied);
            } else if (model.isElement(id)) {
                out.addElement(model.element(id).orElseThrow(), root, -1);
                copied.add(id);
            }
        }
        for (Relation r : model.relations()) {
            if (copied.contains(r.source()) && copied.contains(r.target())) {
                out.addRelation(r, -1);
            }
        }
        out.addView(DiagramView.whole(VIEW_ID, "Copied"), -1);
        return out;
    }

    /** The ids in model order (footprints tree order, then elements), so a paste keeps the copied order. */
    private static List<ElementId> ordered(IcsModel model, Set<ElementId> chosen) {
        List<ElementId> out = new ArrayList<>();
        for (Footprint f : model.footprints()) {
            if (chosen.contains(f.id())) {
                out.add(f.id());
            }
        }
        for (Element e : model.elements()) {
            if (chosen.contains(e.id())) {
                out.add(e.id());
            }
        }
        return out;
    }

    private static boolean coveredByChosenAncestor(IcsModel model, ElementId id, Set<ElementId> chosen) {
        for (ElementId a : model.ancestors(id)) {
            if (chosen.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static void copyFootprint(IcsModel model, ElementId id, ElementId parent, IcsModel out, Set<ElementId> copied) {
        Footprint f = model.footprint(id).orElseThrow();
        out.addFootprint(f, parent, -1);
        copied.add(id);
        for (ElementId e : model.elementsIn(id)) {
            out.addElement(model.element(e).orElseThrow(), id, -1);
            copied.add(e);
        }
        for (ElementId child : model.childFootprints(id)) {
            copyFootprint(model, child, id, out, copied);
        }
    }

    /** The number of footprints and elements a fragment carries (its root not counted). */
    public static int size(IcsModel fragment) {
        return fragment.footprintCount() - 1 + fragment.elementCount();
    }
}
