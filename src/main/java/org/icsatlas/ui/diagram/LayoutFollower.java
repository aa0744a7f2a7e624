package org.icsatlas.ui.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.ViewChanges;
import org.icsatlas.model.ChangeType;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelChange;

/**
 * Keeps the canvas's layout in step with its model and view. It collects the footprints each batch of changes
 * touched and asks the {@link LayoutRunner} for one relayout per batch (so an edit and the view change it causes
 * relay out once), and it chooses the arrangement a fresh layout aims at: the one saved with the view when it has
 * one — so the window draws the boxes a command-line export draws — and otherwise the canvas's shape, so the
 * diagram fills the window; {@link #arrangedAspect()} says which, so the document can keep it with the view.
 * Later relayouts keep that engine, because a footprint's kept geometry is only reused under the same metrics.
 */
final class LayoutFollower {
    private final LayoutEngine engine;
    private final LayoutRunner runner;
    private final DoubleSupplier viewportRatio;
    /** Footprints touched by edits or view changes since the layout on screen was requested. */
    private final Set<ElementId> touched = new HashSet<>();
    /** The engine of the current layout, aimed at {@link #aspect} (the plain engine when that is 0). */
    private LayoutEngine activeEngine;
    private double aspect;
    /** Whether the current fresh layout was made without knowing the canvas's shape. */
    private boolean ratioPending;

    LayoutFollower(LayoutEngine engine, LayoutRunner runner, DoubleSupplier viewportRatio) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.viewportRatio = Objects.requireNonNull(viewportRatio, "viewportRatio");
        this.activeEngine = engine;
    }

    /** Lays {@code view} out afresh, aimed at its saved arrangement or at the canvas's shape. */
    void fresh(IcsModel model, DiagramView view) {
        double ratio = view != null && view.hasArrangement() ? view.arrangedAspect() : viewportRatio.getAsDouble();
        ratioPending = ratio == 0;
        aim(ratio);
        runner.request(activeEngine, model, view, null, touched);
    }

    /**
     * Relays out what changed since {@code previous}; a view saved with another arrangement than the one on screen
     * (another view switched to) is laid out afresh for its own.
     */
    void follow(IcsModel model, DiagramView view, DiagramLayout previous) {
        if (previous == null || view != null && view.hasArrangement() && view.arrangedAspect() != aspect) {
            fresh(model, view);
        } else {
            runner.request(activeEngine, model, view, previous, touched);
        }
    }

    private void aim(double ratio) {
        aspect = ratio;
        activeEngine = ratio > 0 ? engine.withAspectRatio(ratio) : engine;
    }

    /**
     * Notes one batch of model changes; true when it touched what the diagram draws (not only the file's info or
     * the views, whose changes arrive through {@link #viewChanged}).
     */
    boolean changed(List<ModelChange> changes) {
        boolean relevant = false;
        for (ModelChange c : changes) {
            if (c.type() == ChangeType.INFO_CHANGED || c.type().name().startsWith("VIEW_")) {
                continue;
            }
            relevant = true;
            touched.addAll(c.touchedFootprints());
        }
        return relevant;
    }

    /** Notes a change of the view drawn; true when the picture depends on it (not only the arrangement record). */
    boolean viewChanged(IcsModel model, DiagramView was, DiagramView now) {
        if (onlyArrangementDiffers(was, now)) {
            return false;
        }
        touched.addAll(ViewChanges.touchedFootprints(model, was, now));
        return true;
    }

    /** True when {@code a} and {@code b} differ in nothing but the arrangement recorded with them. */
    static boolean onlyArrangementDiffers(DiagramView a, DiagramView b) {
        return a != null && b != null && !a.equals(b) && a.withArrangedAspect(b.arrangedAspect()).equals(b);
    }

    /** Nothing is pending: the layout on screen is the newest, or another model is shown afresh. */
    void clear() {
        touched.clear();
    }

    boolean idle() {
        return touched.isEmpty();
    }

    /** Whether the last fresh layout was made before the canvas had a size (so it should be redone once). */
    boolean ratioPending() {
        return ratioPending;
    }

    /** The width / height ratio the layout on screen wraps places for; 0 when it was made without one. */
    double arrangedAspect() {
        return aspect;
    }
}
