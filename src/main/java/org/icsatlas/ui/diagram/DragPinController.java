package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Position;

/**
 * Dragging a box pins it where it is dropped. Press on an element box, or on the header band of a footprint that
 * sits inside another, and drag: the box (with a footprint's contents) follows the pointer, clamped to its parent
 * footprint's content area (below the header band, inside the padding); nothing is laid out during the drag. On
 * release, a move of more than {@link #CLICK_SLOP} screen pixels pins the box at its new position relative to its
 * parent ({@code onPin}); a smaller one is a click. Esc during a drag puts the box back. Dropping onto another
 * footprint does not move the box there: it stays in its own parent.
 *
 * <p>The dragged skins keep their translation after a drop until the next layout is drawn ({@link #settle}), so the
 * box does not jump back while the layout runs.
 */
final class DragPinController {
    /** A release this close (in screen pixels) to the press is a click, not a drag. */
    static final double CLICK_SLOP = 3;

    private final Region viewport;
    private final Group world;
    private final DiagramDrawing drawing;
    private final Supplier<DiagramLayout> layout;
    private final double padding;
    private final BiConsumer<ElementId, Position> onPin;
    private Grab grab;
    private final List<SkinNode> dropped = new ArrayList<>();

    /** One drag in progress: what moves, where it started and where it may go (parent-relative). */
    private static final class Grab {
        final ElementId id;
        final List<SkinNode> moving;
        final Box own;
        final double minX;
        final double minY;
        final double maxX;
        final double maxY;
        final Point2D pressWorld;
        final double pressScreenX;
        final double pressScreenY;
        double x;
        double y;
        boolean far;

        Grab(ElementId id, List<SkinNode> moving, Box own, Box parent, double header, double padding,
             Point2D pressWorld, double pressScreenX, double pressScreenY) {
            this.id = id;
            this.moving = moving;
            this.own = own;
            this.minX = padding;
            this.minY = header + padding;
            this.maxX = Math.max(minX, parent.width() - padding - own.width());
            this.maxY = Math.max(minY, parent.height() - padding - own.height());
            this.pressWorld = pressWorld;
            this.pressScreenX = pressScreenX;
            this.pressScreenY = pressScreenY;
            this.x = own.x();
            this.y = own.y();
        }
    }

    DragPinController(Region viewport, Group world, DiagramDrawing drawing, Supplier<DiagramLayout> layout,
                      double padding, BiConsumer<ElementId, Position> onPin) {
        this.viewport = viewport;
        this.world = world;
        this.drawing = drawing;
        this.layout = layout;
        this.padding = padding;
        this.onPin = onPin;
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        // A filter, so that Esc cancels the drag before the canvas reads it as "leave focus / clear selection".
        viewport.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && grab != null) {
                cancel();
                e.consume();
            }
        });
    }

    /** Whether a press here grabs a box (rather than starting a pan of the background). */
    boolean grabs(MouseEvent e) {
        return e.getButton() == MouseButton.PRIMARY && grabbable(e) != null;
    }

    /** Whether a drag is in progress. */
    boolean dragging() {
        return grab != null;
    }

    /**
     * Takes the translation off the boxes dropped since the last layout: the new layout draws them in place. A drag
     * still in progress is cancelled (its skins may be about to be replaced).
     */
    void settle() {
        cancel();
        for (SkinNode s : dropped) {
            s.setTranslateX(0);
            s.setTranslateY(0);
        }
        dropped.clear();
    }

    private SkinNode grabbable(MouseEvent e) {
        SkinNode skin = SkinNode.owning(e.getPickResult().getIntersectedNode());
        if (skin instanceof FootprintSkin f) {
            Point2D local = f.sceneToLocal(e.getSceneX(), e.getSceneY());
            if (!f.isHandle(local.getY())) {
                return null;
            }
        } else if (!(skin instanceof ElementSkin)) {
            return null;
        }
        ElementId parent = parentOf(layout.get(), skin.modelId());
        return parent != null && layout.get().footprints().containsKey(parent) ? skin : null;
    }

    private static ElementId parentOf(DiagramLayout l, ElementId id) {
        NodeLayout n = l.nodes().get(id);
        if (n != null) {
            return n.parent();
        }
        FootprintLayout f = l.footprints().get(id);
        return f == null ? null : f.parent();
    }

    private void pressed(MouseEvent e) {
        if (grab != null) {
            cancel();
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        SkinNode skin = grabbable(e);
        if (skin == null) {
            return;
        }
        DiagramLayout l = layout.get();
        ElementId id = skin.modelId();
        ElementId parent = parentOf(l, id);
        FootprintLayout parentLayout = l.footprints().get(parent);
        Box own = l.nodes().containsKey(id) ? l.nodes().get(id).box() : l.footprints().get(id).box();
        Box parentBox = l.absolute(parent).orElseThrow();
        settle();
        grab = new Grab(id, moving(l, skin), own, parentBox, parentLayout.headerHeight(), padding,
                world.sceneToLocal(e.getSceneX(), e.getSceneY()), e.getScreenX(), e.getScreenY());
    }

    /** The skin and, for a footprint, the skins of everything drawn inside it. */
    private List<SkinNode> moving(DiagramLayout l, SkinNode skin) {
        List<SkinNode> out = new ArrayList<>();
        out.add(skin);
        if (skin instanceof FootprintSkin) {
            ElementId root = skin.modelId();
            for (Map<ElementId, ? extends SkinNode> skins : List.of(drawing.footprints(), drawing.elements())) {
                for (Map.Entry<ElementId, ? extends SkinNode> s : skins.entrySet()) {
                    if (!s.getKey().equals(root) && inside(l, s.getKey(), root)) {
                        out.add(s.getValue());
                    }
                }
            }
        }
        return out;
    }

    private static boolean inside(DiagramLayout l, ElementId id, ElementId ancestor) {
        for (ElementId p = parentOf(l, id); p != null; p = parentOf(l, p)) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private void dragged(MouseEvent e) {
        if (grab == null) {
            return;
        }
        Point2D at = world.sceneToLocal(e.getSceneX(), e.getSceneY());
        Grab g = grab;
        g.x = clamp(g.own.x() + at.getX() - g.pressWorld.getX(), g.minX, g.maxX);
        g.y = clamp(g.own.y() + at.getY() - g.pressWorld.getY(), g.minY, g.maxY);
        if (!g.far && Math.hypot(e.getScreenX() - g.pressScreenX, e.getScreenY() - g.pressScreenY) > CLICK_SLOP) {
            g.far = true;
            viewport.setCursor(Cursor.CLOSED_HAND);
            if (g.moving.get(0) instanceof ElementSkin s) {
                // Over its neighbours while it moves; element boxes never overlap once laid out, so order is free.
                s.toFront();
            } else {
                // A footprint passes over its sibling footprints while it moves: it and the footprints inside it go
                // to the top of their layer in their own order, so nesting still draws parents under children.
                for (SkinNode s : g.moving) {
                    if (s instanceof FootprintSkin) {
                        s.toFront();
                    }
                }
            }
        }
        for (SkinNode s : g.moving) {
            s.setTranslateX(g.x - g.own.x());
            s.setTranslateY(g.y - g.own.y());
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (grab == null) {
            return;
        }
        Grab g = grab;
        grab = null;
        viewport.setCursor(null);
        boolean moved = Math.hypot(e.getScreenX() - g.pressScreenX, e.getScreenY() - g.pressScreenY) > CLICK_SLOP;
        if (moved && (g.x != g.own.x() || g.y != g.own.y())) {
            dropped.addAll(g.moving);
            onPin.accept(g.id, new Position(g.x, g.y));
        } else {
            reset(g);
        }
        if (g.far) {
            e.consume();
        }
    }

    private void cancel() {
        Grab g = grab;
        grab = null;
        viewport.setCursor(null);
        if (g != null) {
            reset(g);
        }
    }

    private static void reset(Grab g) {
        for (SkinNode s : g.moving) {
            s.setTranslateX(0);
            s.setTranslateY(0);
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
