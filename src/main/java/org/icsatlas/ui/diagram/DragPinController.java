package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Position;
import org.icsatlas.ui.editing.DiagramEditor.Drop;
import org.icsatlas.ui.editing.Outcome;

/**
 * The move gesture: press on an element box, or on the header band of a footprint that sits inside another, and
 * drag. The box (with a footprint's contents, and with the rest of a multi-selection) follows the pointer; only
 * the picture moves. Within its own footprint the box is clamped to the content area and is pinned where it is
 * dropped; over another footprint that footprint lights up as the drop target (red when the model would refuse
 * the box there) and the drop moves the box into it, pinned at the drop point: one command either way. A refused
 * drop snaps back and the canvas shows the reason. Esc during a drag puts everything back.
 *
 * <p>Dropped skins keep their translation until the next layout is drawn ({@link #settle}), so a box does not
 * jump back while the layout runs.
 */
final class DragPinController {
    /** A release this close (in screen pixels) to the press is a click, not a drag. */
    static final double CLICK_SLOP = 3;

    /** Hands a drop to the editor; returns what became of it. */
    @FunctionalInterface
    interface DropHandler {
        Outcome drop(List<Drop> drops, double screenX, double screenY);
    }

    private final Region viewport;
    private final DiagramDrawing drawing;
    private final Supplier<DiagramLayout> layout;
    private final double padding;
    private final Supplier<Set<ElementId>> selection;
    private final BiPredicate<List<ElementId>, ElementId> mayDrop;
    private final DropHandler onDrop;
    private final EditOverlay overlay;
    private final Function<MouseEvent, Point> toWorld;
    private final List<SkinNode> dropped = new ArrayList<>();
    private Move current;

    DragPinController(Region viewport, DiagramDrawing drawing, Supplier<DiagramLayout> layout, double padding,
                      Supplier<Set<ElementId>> selection, BiPredicate<List<ElementId>, ElementId> mayDrop,
                      DropHandler onDrop, EditOverlay overlay, Function<MouseEvent, Point> toWorld) {
        this.viewport = viewport;
        this.drawing = drawing;
        this.layout = layout;
        this.padding = padding;
        this.selection = selection;
        this.mayDrop = mayDrop;
        this.onDrop = onDrop;
        this.overlay = overlay;
        this.toWorld = toWorld;
    }

    /** The gesture source: claims a primary press on an element box or on a nested footprint's header band. */
    Gesture begin(MouseEvent e, Point world, Optional<Hit> hit) {
        if (e.getButton() != MouseButton.PRIMARY || hit.isEmpty()) {
            return null;
        }
        Hit h = hit.get();
        if (h.kind() != Hit.Kind.ELEMENT && h.kind() != Hit.Kind.FOOTPRINT_HEADER) {
            return null;
        }
        DiagramLayout l = layout.get();
        HitTester hits = new HitTester(l);
        if (!hasParentFootprint(l, hits, h.id())) {
            return null;
        }
        settle();
        List<ElementId> items = new ArrayList<>();
        Set<ElementId> selected = selection.get();
        if (selected.contains(h.id()) && selected.size() > 1) {
            Set<ElementId> chosen = new LinkedHashSet<>();
            for (ElementId id : selected) {
                if (hasParentFootprint(l, hits, id)) {
                    chosen.add(id);
                }
            }
            for (ElementId id : chosen) {
                if (!insideAny(hits, id, chosen)) {
                    items.add(id);
                }
            }
            items.remove(h.id());
        }
        items.add(0, h.id());
        current = new Move(l, hits, items, world, e.getScreenX(), e.getScreenY());
        return current;
    }

    private static boolean hasParentFootprint(DiagramLayout l, HitTester hits, ElementId id) {
        Optional<ElementId> parent = hits.parentOf(id);
        return parent.isPresent() && l.footprints().containsKey(parent.get());
    }

    private static boolean insideAny(HitTester hits, ElementId id, Set<ElementId> roots) {
        for (ElementId p = hits.parentOf(id).orElse(null); p != null; p = hits.parentOf(p).orElse(null)) {
            if (roots.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a drag is in progress. */
    boolean dragging() {
        return current != null;
    }

    /**
     * Takes the translation off the boxes dropped since the last layout: the new layout draws them in place. A drag
     * still in progress is cancelled (its skins may be about to be replaced).
     */
    void settle() {
        if (current != null) {
            current.cancel();
        }
        for (SkinNode s : dropped) {
            s.setTranslateX(0);
            s.setTranslateY(0);
        }
        dropped.clear();
    }

    /** One drag in progress: what moves, where it started and where the lead item may go. */
    private final class Move implements Gesture {
        final DiagramLayout layout;
        final HitTester hits;
        final List<ElementId> items;
        final List<SkinNode> moving = new ArrayList<>();
        final ElementId parent;
        final Box own;
        final Box parentBox;
        final double minX;
        final double minY;
        final double maxX;
        final double maxY;
        final Point press;
        final double pressScreenX;
        final double pressScreenY;
        double dx;
        double dy;
        ElementId target;
        boolean far;

        Move(DiagramLayout l, HitTester hits, List<ElementId> items, Point press, double screenX, double screenY) {
            this.layout = l;
            this.hits = hits;
            this.items = List.copyOf(items);
            ElementId lead = items.get(0);
            this.parent = hits.parentOf(lead).orElseThrow();
            this.own = l.nodes().containsKey(lead) ? l.nodes().get(lead).box() : l.footprints().get(lead).box();
            this.parentBox = l.absolute(parent).orElseThrow();
            FootprintLayout pl = l.footprints().get(parent);
            this.minX = padding;
            this.minY = pl.headerHeight() + padding;
            this.maxX = Math.max(minX, parentBox.width() - padding - own.width());
            this.maxY = Math.max(minY, parentBox.height() - padding - own.height());
            this.press = press;
            this.pressScreenX = screenX;
            this.pressScreenY = screenY;
            this.target = parent;
            for (ElementId id : items) {
                collectSkins(id);
            }
        }

        private void collectSkins(ElementId root) {
            SkinNode skin = drawing.skin(root);
            if (skin == null) {
                return;
            }
            moving.add(skin);
            if (skin instanceof FootprintSkin) {
                for (Map<ElementId, ? extends SkinNode> skins : List.of(drawing.footprints(), drawing.elements())) {
                    for (Map.Entry<ElementId, ? extends SkinNode> s : skins.entrySet()) {
                        if (!s.getKey().equals(root) && inside(s.getKey(), root)) {
                            moving.add(s.getValue());
                        }
                    }
                }
            }
        }

        private boolean inside(ElementId id, ElementId ancestor) {
            for (ElementId p = hits.parentOf(id).orElse(null); p != null; p = hits.parentOf(p).orElse(null)) {
                if (p.equals(ancestor)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void dragged(MouseEvent e) {
            Point at = toWorld.apply(e);
            if (!far && Math.hypot(e.getScreenX() - pressScreenX, e.getScreenY() - pressScreenY) > CLICK_SLOP) {
                far = true;
                viewport.setCursor(Cursor.CLOSED_HAND);
                bringToFront();
            }
            if (!far) {
                return;
            }
            target = hits.dropTarget(items, at).orElse(null);
            double rawX = at.x() - press.x();
            double rawY = at.y() - press.y();
            if (parent.equals(target) && items.size() == 1) {
                dx = clamp(own.x() + rawX, minX, maxX) - own.x();
                dy = clamp(own.y() + rawY, minY, maxY) - own.y();
            } else {
                dx = rawX;
                dy = rawY;
            }
            if (target != null && !target.equals(parent)) {
                overlay.showDropTarget(layout.absolute(target).orElseThrow(), mayDrop.test(items, target));
            } else {
                overlay.hideDropTarget();
            }
            for (SkinNode s : moving) {
                s.setTranslateX(dx);
                s.setTranslateY(dy);
            }
            e.consume();
        }

        private void bringToFront() {
            for (SkinNode s : moving) {
                // Over the neighbours while it moves; a footprint and those inside it keep their own order.
                s.toFront();
            }
        }

        @Override
        public void released(MouseEvent e) {
            current = null;
            viewport.setCursor(null);
            overlay.hideDropTarget();
            if (!far || (dx == 0 && dy == 0 && parent.equals(target))) {
                reset();
                return;
            }
            e.consume();
            if (target == null) {
                reset();
                onDrop.drop(List.of(), e.getScreenX(), e.getScreenY());
                return;
            }
            Outcome o = onDrop.drop(drops(), e.getScreenX(), e.getScreenY());
            if (o.done()) {
                dropped.addAll(moving);
            } else {
                reset();
            }
        }

        /** Where each item lands, relative to the footprint it lands in. */
        private List<Drop> drops() {
            List<Drop> out = new ArrayList<>();
            boolean elsewhere = !target.equals(parent);
            Box targetBox = layout.absolute(target).orElseThrow();
            FootprintLayout tl = layout.footprints().get(target);
            for (ElementId id : items) {
                Box abs = layout.absolute(id).orElseThrow();
                ElementId goesTo = elsewhere ? target : hits.parentOf(id).orElseThrow();
                Box into = elsewhere ? targetBox : layout.absolute(goesTo).orElseThrow();
                double x = abs.x() + dx - into.x();
                double y = abs.y() + dy - into.y();
                if (elsewhere && !tl.collapsed()) {
                    x = clamp(x, padding, Math.max(padding, into.width() - padding - abs.width()));
                    y = clamp(y, tl.headerHeight() + padding, Math.max(tl.headerHeight() + padding, into.height() - padding - abs.height()));
                }
                out.add(new Drop(id, goesTo, elsewhere && tl.collapsed() ? null : new Position(x, y)));
            }
            return out;
        }

        @Override
        public void cancel() {
            current = null;
            viewport.setCursor(null);
            overlay.hideDropTarget();
            reset();
        }

        private void reset() {
            for (SkinNode s : moving) {
                s.setTranslateX(0);
                s.setTranslateY(0);
            }
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
