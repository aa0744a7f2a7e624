package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Optional;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.ui.editing.DiagramEditor;
import org.icsatlas.ui.editing.Outcome;

/**
 * Where dragged boxes may land and what landing does: while dragging, {@link #mayDrop} lights a footprint as a
 * target only when the model would take the boxes there; on release, {@link #drop} hands one move (with its pin)
 * to the canvas's editor, and a refusal shows its reason next to the pointer while the drag snaps back.
 */
final class CanvasDrops {
    private final DiagramCanvas canvas;
    private final CanvasEditing editing;

    CanvasDrops(DiagramCanvas canvas, CanvasEditing editing) {
        this.canvas = canvas;
        this.editing = editing;
    }

    /** Whether the model would take {@code items} into {@code target} (a footprint only into a wider one). */
    boolean mayDrop(List<ElementId> items, ElementId target) {
        IcsModel model = canvas.getModel();
        Optional<Footprint> t = model.footprint(target);
        if (t.isEmpty()) {
            return false;
        }
        for (ElementId id : items) {
            Optional<Footprint> f = model.footprint(id);
            if (f.isPresent() && !t.get().level().canContain(f.get().level())) {
                return false;
            }
        }
        return true;
    }

    /** Drops the dragged boxes as one edit; a view that is not part of its model can only pin within a footprint. */
    Outcome drop(List<DiagramEditor.Drop> drops, double screenX, double screenY) {
        Outcome o = outcome(drops);
        if (o.refused()) {
            editing.showReason(o.reason(), screenX, screenY);
        }
        return o;
    }

    private Outcome outcome(List<DiagramEditor.Drop> drops) {
        if (drops.isEmpty()) {
            return new Outcome(false, "drop a box inside a footprint");
        }
        DiagramEditor editor = canvas.editor();
        if (editor != null) {
            return editor.moveAll(drops);
        }
        DiagramEditor.Drop d = drops.get(0);
        if (d.at() != null && canvas.getModel().parentOf(d.item()).map(d.target()::equals).orElse(false)) {
            canvas.setPinned(d.item(), d.at());
            return new Outcome(true, "");
        }
        return new Outcome(false, "this view is not part of the model, so it cannot be edited");
    }
}
