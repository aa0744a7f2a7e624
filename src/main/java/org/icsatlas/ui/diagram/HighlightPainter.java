package org.icsatlas.ui.diagram;

import java.util.HashSet;
import java.util.Set;
import org.icsatlas.analysis.FocusSet;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Paints selection and focus onto the skins in one pass, so the two never fight over an outline.
 * Selected: the selected element, or the focus itself. Highlighted: the selection's relations and the elements at
 * their other ends, and everything in the focus set. Faded: with a focus, everything outside its set, and the
 * footprints holding nothing in it (the footprints around what is in focus stay readable).
 *
 * <p>A selection change restyles only the skins lit before or after it, not the whole drawing: at England scale a
 * pass over every skin is what turned a double-click into two clicks. Only a new focus, or a new drawing while
 * focused, repaints every skin, because fading reaches all of them.
 */
final class HighlightPainter {
    private final double fadedOpacity;
    private Set<ElementId> lit = Set.of();
    private FocusSet paintedFocus;
    private long paintedDrawing = -1;

    HighlightPainter(double fadedOpacity) {
        this.fadedOpacity = fadedOpacity;
    }

    /** Paints the state and returns how many skins it visited (for tests that keep a selection change cheap). */
    int paint(DiagramDrawing drawing, IcsModel model, ElementId selection, FocusSet focus) {
        return paint(drawing, model, selection == null ? Set.of() : Set.of(selection), focus);
    }

    /**
     * Paints a selection of several items: each selected element and the lines at it, each selected line and its
     * two ends, light up.
     */
    int paint(DiagramDrawing drawing, IcsModel model, Set<ElementId> selection, FocusSet focus) {
        Set<ElementId> selectedEdges = new HashSet<>();
        Set<ElementId> neighbours = new HashSet<>();
        for (ElementId id : selection) {
            EdgeSkin own = drawing.edges().get(id);
            if (own != null) {
                selectedEdges.add(id);
                neighbours.add(own.edgeLayout().from());
                neighbours.add(own.edgeLayout().to());
                continue;
            }
            for (EdgeSkin e : drawing.edgesAt(id)) {
                selectedEdges.add(e.modelId());
                neighbours.add(e.edgeLayout().from());
                neighbours.add(e.edgeLayout().to());
            }
        }
        Set<ElementId> nowLit = new HashSet<>(selectedEdges);
        nowLit.addAll(neighbours);
        nowLit.addAll(selection);
        if (focus != null) {
            nowLit.addAll(focus.elements());
            nowLit.addAll(focus.relations());
        }
        boolean everything = focus != paintedFocus || (focus != null && drawing.generation() != paintedDrawing);
        Set<ElementId> holders = focus == null ? Set.of() : holders(model, focus);
        int visited = 0;
        if (everything) {
            for (ElementSkin s : drawing.elements().values()) {
                paintElement(s, selection, neighbours, focus);
            }
            for (EdgeSkin e : drawing.edges().values()) {
                paintEdge(e, selectedEdges, focus);
            }
            for (FootprintSkin f : drawing.footprints().values()) {
                f.setFaded(focus != null && !focus.contains(f.modelId()) && !holders.contains(f.modelId()), fadedOpacity);
            }
            visited = drawing.elements().size() + drawing.edges().size() + drawing.footprints().size();
        } else {
            Set<ElementId> affected = new HashSet<>(lit);
            affected.addAll(nowLit);
            for (ElementId id : affected) {
                ElementSkin s = drawing.elements().get(id);
                if (s != null) {
                    paintElement(s, selection, neighbours, focus);
                    visited++;
                }
                EdgeSkin e = drawing.edges().get(id);
                if (e != null) {
                    paintEdge(e, selectedEdges, focus);
                    visited++;
                }
            }
        }
        lit = nowLit;
        paintedFocus = focus;
        paintedDrawing = drawing.generation();
        return visited;
    }

    private static void paintElement(ElementSkin s, Set<ElementId> selection, Set<ElementId> neighbours, FocusSet focus) {
        ElementId id = s.modelId();
        boolean inFocus = focus != null && focus.contains(id);
        boolean selected = selection.contains(id) || (focus != null && (id.equals(focus.focus()) || focus.focused().contains(id)));
        s.setEmphasis(selected, inFocus || neighbours.contains(id));
        s.setFaded(focus != null && !inFocus);
    }

    private static void paintEdge(EdgeSkin e, Set<ElementId> selectedEdges, FocusSet focus) {
        boolean inFocus = focus != null && focus.relations().contains(e.modelId());
        e.setHighlighted(inFocus || selectedEdges.contains(e.modelId()));
        e.setFaded(focus != null && !inFocus);
    }

    /** The footprints that hold something in focus: every ancestor of a lit element, and of the focus itself. */
    private static Set<ElementId> holders(IcsModel model, FocusSet focus) {
        Set<ElementId> out = new HashSet<>();
        for (ElementId id : focus.elements()) {
            out.addAll(model.ancestors(id));
        }
        return out;
    }
}
