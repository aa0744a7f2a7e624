package org.icsatlas.layout;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Computes the geometry of a view of a model: one {@link DiagramLayout} that the canvas and every exporter draw.
 * An engine runs one call at a time off the JavaFX thread; the model must not change during a call.
 */
public interface LayoutEngine {

    /**
     * Lays out {@code view} of {@code model}. With a {@code previous} layout (of any view of the same model), every
     * footprint whose contents did not change keeps the parent-relative positions of its children; changed and
     * touched footprints are laid out again, and their ancestors grow or shrink around them (siblings after them in
     * their row, and the rows below, shift by exactly the change). Pass the footprints of
     * {@link org.icsatlas.model.ModelChange#touchedFootprints()} as {@code touchedFootprints}, and after a change of
     * view those of {@link ViewChanges#touchedFootprints}; to collapse or expand a footprint, pass that footprint: its
     * parent keeps its slot, so nothing outside the parent moves. Touching a footprint also gives back the room its
     * collapsed children kept. Pass {@code previous == null} for a fresh, tidy layout.
     *
     * <p>Pinned positions ({@link DiagramView#pinned()}) are kept exactly, except that a pin inside a footprint's
     * padding or header band is moved onto the edge of its content area; unpinned siblings that would overlap a
     * pinned box move down below it.
     *
     * @throws java.util.concurrent.CancellationException soon after {@code monitor} reports cancellation
     */
    DiagramLayout layout(IcsModel model, DiagramView view, DiagramLayout previous, Set<ElementId> touchedFootprints,
                         LayoutMonitor monitor);

    /**
     * What {@link #layout(LayoutInput, DiagramLayout, Set, LayoutMonitor)} will read of {@code view} of
     * {@code model}, taken now, on the thread that owns the model (the JavaFX thread): the model may change as soon
     * as this returns. The default is a private copy of the model.
     */
    default LayoutInput snapshot(IcsModel model, DiagramView view) {
        return LayoutInput.copyOf(model, view);
    }

    /**
     * Lays out a {@link #snapshot}, on any thread, with the same promises as
     * {@link #layout(IcsModel, DiagramView, DiagramLayout, Set, LayoutMonitor)}.
     */
    default DiagramLayout layout(LayoutInput input, DiagramLayout previous, Set<ElementId> touchedFootprints,
                                 LayoutMonitor monitor) {
        return layout(input.model(), input.view(), previous, touchedFootprints, monitor);
    }

    /** A fresh layout of {@code view}, without cancellation or progress. */
    default DiagramLayout layout(IcsModel model, DiagramView view) {
        return layout(model, view, null, Set.of(), LayoutMonitor.NONE);
    }

    /** The text and spacing numbers this engine sizes boxes with; exporters wrap and measure text with the same. */
    LayoutMetrics metrics();

    /**
     * This engine aiming a fresh layout at another width / height ratio, so a diagram fills the window it is shown
     * in (or the page it is printed on). Stability is unaffected: footprints carried over from a previous layout
     * keep their arrangement.
     */
    default LayoutEngine withAspectRatio(double ratio) {
        return this;
    }

    /**
     * This engine aimed at the arrangement saved with {@code view} (the window shape it was laid out for), or this
     * engine when it has none: what the command line, the exporters and a reopened window lay the view out with.
     */
    default LayoutEngine arrangedFor(org.icsatlas.model.DiagramView view) {
        return view != null && view.hasArrangement() ? withAspectRatio(view.arrangedAspect()) : this;
    }

    /** The default engine: ELK layered inside each footprint, packed footprints, corridor-routed edges between them. */
    static LayoutEngine standard() {
        return new NestedLayoutEngine(LayoutMetrics.DEFAULT);
    }

    /**
     * Starts a tiny layout on a background (daemon) thread so that ELK's classes are loaded and its code warmed
     * before the first real layout: a cold first layout costs up to a second. Call it once at start-up.
     */
    static CompletableFuture<Void> warmUp() {
        return CompletableFuture.runAsync(NestedLayoutEngine::warmUpNow);
    }
}
