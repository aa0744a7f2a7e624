package org.icsatlas.ui.diagram;

import java.util.HashSet;
import java.util.Set;
import org.icsatlas.analysis.FocusSet;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Paints selection and focus onto the skins in one pass, so the two never fight over an outline.
 * Selected: the selected element, or the focus itself. Highlighted: the selection's relations and the elements at
 * their other ends, and everything in the focus set. Faded: with a focus, everything outside its set (a collapsed
 * footprint stays bright while it hides something in focus).
 */
final class HighlightPainter {
    private final double fadedOpacity;

    HighlightPainter(double fadedOpacity) {
        this.fadedOpacity = fadedOpacity;
    }

    void paint(DiagramDrawing drawing, IcsModel model, ElementId selection, FocusSet focus) {
        Set<ElementId> neighbours = new HashSet<>();
        Set<ElementId> selectedEdges = new HashSet<>();
        if (selection != null) {
            for (EdgeSkin e : drawing.edgesAt(selection)) {
                selectedEdges.add(e.modelId());
                neighbours.add(e.edgeLayout().from());
                neighbours.add(e.edgeLayout().to());
            }
        }
        for (ElementSkin s : drawing.elements().values()) {
            ElementId id = s.modelId();
            boolean inFocus = focus != null && focus.contains(id);
            boolean selected = id.equals(selection) || (focus != null && (id.equals(focus.focus()) || focus.focused().contains(id)));
            s.setEmphasis(selected, inFocus || neighbours.contains(id));
            s.setFaded(focus != null && !inFocus);
        }
        for (EdgeSkin e : drawing.edges().values()) {
            boolean inFocus = focus != null && focus.relations().contains(e.modelId());
            e.setHighlighted(inFocus || selectedEdges.contains(e.modelId()));
            e.setFaded(focus != null && !inFocus);
        }
        for (FootprintSkin f : drawing.footprints().values()) {
            boolean faded = focus != null && f.collapsed() && !focus.contains(f.modelId())
                    && model.elementsWithin(f.modelId()).stream().noneMatch(focus::contains);
            f.setFaded(faded, fadedOpacity);
        }
    }
}
