package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.icsatlas.edit.ReconnectCommand;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.Position;
import org.icsatlas.ui.editing.DiagramEditor;
import org.icsatlas.ui.editing.Outcome;
import org.icsatlas.ui.editing.Selection;

/**
 * The canvas's editing without a menu: creating where the user clicks (palette or keys), the name field, the line
 * chooser, the context menus, the handles of the selection and the reason shown next to the pointer when the model
 * refuses an edit. Every edit goes through the canvas's {@link DiagramEditor}; the keys and the clipboard are
 * {@link EditingKeys}.
 */
final class CanvasEditing implements ConnectGesture.Handler {
    static final double NUDGE = 10;
    static final double BIG_NUDGE = 50;
    static final String REASON_CLASS = "atlas-edit-reason";

    private final DiagramCanvas canvas;
    private final InlineNameEditor names;
    private final RelationMenus menus;
    private final ContextMenu boxMenu = new ContextMenu();
    private final Label reason = new Label();
    private final PauseTransition reasonTimer = new PauseTransition(Duration.seconds(4));
    /** What the next click creates: an {@link ElementKind} or a {@link FootprintLevel}; null for nothing. */
    private final ObjectProperty<Object> armed = new SimpleObjectProperty<>(this, "armed");
    private final ObjectProperty<String> lastReason = new SimpleObjectProperty<>(this, "lastReason", "");
    private boolean connectTool;
    private Point pointer;
    private ElementId renameWhenShown;
    private final EditingKeys keys;

    CanvasEditing(DiagramCanvas canvas) {
        this.canvas = canvas;
        this.names = new InlineNameEditor(canvas, (id, name) -> run(editor().rename(id, name)));
        this.menus = new RelationMenus(canvas);
        reason.getStyleClass().add(REASON_CLASS);
        reason.setStyle("-fx-background-color: #fff3e0; -fx-border-color: #c62828; -fx-padding: 4 8 4 8;"
                + " -fx-text-fill: #3e2723; -fx-background-radius: 3; -fx-border-radius: 3;");
        reason.setManaged(false);
        reason.setVisible(false);
        reason.setMouseTransparent(true);
        reasonTimer.setOnFinished(e -> reason.setVisible(false));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> pointer = canvas.toWorld(e));
        keys = new EditingKeys(canvas, this);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, keys::keyPressed);
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && editor() != null) {
                canvas.hitAt(canvas.toWorld(e)).filter(h -> h.kind() == Hit.Kind.ELEMENT).ifPresent(h -> {
                    rename(h.id());
                    e.consume();
                });
            }
        });
    }

    javafx.scene.Node nameField() {
        return names.node();
    }

    Label reasonLabel() {
        return reason;
    }

    InlineNameEditor names() {
        return names;
    }

    ObjectProperty<Object> armedProperty() {
        return armed;
    }

    /** The reason of the last refused edit, for the status bar. */
    ObjectProperty<String> lastReasonProperty() {
        return lastReason;
    }

    boolean connectToolOn() {
        return connectTool;
    }

    void setConnectTool(boolean on) {
        connectTool = on;
    }

    DiagramEditor editor() {
        return canvas.editor();
    }

    Selection selection() {
        return canvas.selectionController().selection();
    }

    /** Another model: nothing pending. */
    void reset() {
        names.close();
        renameWhenShown = null;
        armed.set(null);
        menus.hide();
    }

    // ---------------------------------------------------------------- create

    /** The gesture source that runs first: with a kind armed, a press creates one there. */
    Gesture beginCreate(MouseEvent e, Point world, Optional<Hit> hit) {
        Object kind = armed.get();
        if (kind == null || e.getButton() != MouseButton.PRIMARY) {
            return null;
        }
        armed.set(null);
        createAt(kind, world, e.getScreenX(), e.getScreenY());
        e.consume();
        return new Gesture() {
            @Override
            public void dragged(MouseEvent d) {
                d.consume();
            }

            @Override
            public void released(MouseEvent r) {
                r.consume();
            }

            @Override
            public void cancel() {
            }
        };
    }

    /** Adds an element of {@code kind} (or a footprint of a level) at {@code world}, inside the footprint there. */
    Optional<ElementId> createAt(Object kind, Point world, double screenX, double screenY) {
        if (editor() == null) {
            return Optional.empty();
        }
        DiagramLayout l = canvas.layoutProperty().get();
        Optional<ElementId> footprint = new HitTester(l).footprintAt(world, java.util.Set.of());
        if (footprint.isEmpty()) {
            showReason("click inside a footprint to put it there", screenX, screenY);
            return Optional.empty();
        }
        Box in = l.absolute(footprint.get()).orElseThrow();
        double header = l.footprints().get(footprint.get()).headerHeight();
        double pad = l.metrics().footprintPadding();
        Position at = new Position(Math.max(pad, world.x() - in.x()), Math.max(header + pad, world.y() - in.y()));
        Optional<ElementId> made;
        if (kind instanceof ElementKind k) {
            made = editor().createElement(k, editor().freshName(k.type() == org.icsatlas.model.ElementType.BODY ? "board"
                    : k.type() == org.icsatlas.model.ElementType.PERSON ? "person" : "organisation"), footprint.get(), at);
        } else {
            FootprintLevel level = (FootprintLevel) kind;
            made = editor().createFootprint(level, editor().freshName(level.label()), footprint.get(), at);
        }
        if (made.isEmpty()) {
            showReason(canvas.getDocument().history().canUndo() ? lastRefusal() : lastRefusal(), screenX, screenY);
        } else {
            selection().set(made.get());
            renameWhenShown = made.get();
        }
        return made;
    }

    private String lastRefusal() {
        return lastReason.get();
    }

    /** Called after each layout is drawn: opens the name field of a box created just before. */
    void layoutShown() {
        if (renameWhenShown != null && canvas.boxOf(renameWhenShown).isPresent()) {
            ElementId id = renameWhenShown;
            renameWhenShown = null;
            rename(id);
        }
    }

    /** Opens the name field over {@code id}'s box. */
    void rename(ElementId id) {
        Optional<Box> b = canvas.boxOf(id);
        if (b.isEmpty() || editor() == null) {
            return;
        }
        String name = canvas.getModel().element(id).map(Element::name)
                .or(() -> canvas.getModel().footprint(id).map(f -> f.name())).orElse("");
        Point2D topLeft = canvas.camera().toViewport(b.get().x(), b.get().y());
        names.open(id, name, topLeft, b.get().width() * canvas.zoomProperty().get());
    }

    // ---------------------------------------------------------------- lines

    @Override
    public void connect(ElementId source, ElementId target, double screenX, double screenY) {
        if (editor() == null) {
            return;
        }
        Point2D at = releasedAt(screenX, screenY);
        if (editor().legalKinds(source, target).isEmpty()) {
            showReason("no relation can go from " + canvas.getModel().describe(source) + " to "
                    + canvas.getModel().describe(target), at.getX(), at.getY());
            return;
        }
        menus.chooseConnection(editor(), source, target, at.getX(), at.getY());
    }

    @Override
    public void reconnect(ElementId relation, boolean sourceEnd, ElementId newEnd, double screenX, double screenY) {
        if (editor() != null) {
            Point2D at = releasedAt(screenX, screenY);
            Outcome o = editor().reconnect(relation, sourceEnd ? ReconnectCommand.End.SOURCE : ReconnectCommand.End.TARGET, newEnd);
            if (o.refused()) {
                showReason(o.reason(), at.getX(), at.getY());
            }
        }
    }

    /** Where a line gesture was released (the pointer is not tracked during a drag); the last pointer if unknown. */
    private Point2D releasedAt(double screenX, double screenY) {
        return screenX == 0 && screenY == 0 ? screenPointer() : new Point2D(screenX, screenY);
    }

    Point2D screenPointer() {
        Point p = pointer == null ? new Point(0, 0) : pointer;
        Point2D v = canvas.camera().toViewport(p.x(), p.y());
        Point2D s = canvas.localToScreen(v);
        return s == null ? new Point2D(0, 0) : s;
    }

    /** The chooser and menus, for tests. */
    RelationMenus menus() {
        return menus;
    }

    /** Right-click: a line's menu (kind, role, vote), a box's menu (rename, delete, unpin); Unpin only when read-only. */
    void contextMenuRequested(ContextMenuEvent e) {
        Point2D p = canvas.drawing().root().screenToLocal(e.getScreenX(), e.getScreenY());
        Optional<Hit> hit = p == null ? Optional.empty() : canvas.hitAt(new Point(p.getX(), p.getY()));
        if (hit.isEmpty()) {
            menus.hide();
            boxMenu.hide();
            return;
        }
        if (editor() != null) {
            contextMenu(hit.get(), e.getScreenX(), e.getScreenY());
        } else if (canvas.pinned(hit.get().id())) {
            ElementId id = hit.get().id();
            MenuItem unpin = new MenuItem("Unpin");
            unpin.setOnAction(a -> canvas.setPinned(id, null));
            boxMenu.getItems().setAll(unpin);
            boxMenu.show(canvas, e.getScreenX(), e.getScreenY());
        } else {
            return;
        }
        e.consume();
    }

    void contextMenu(Hit hit, double screenX, double screenY) {
        menus.hide();
        boxMenu.hide();
        if (hit.isRelation()) {
            selection().set(hit.id());
            menus.lineMenu(editor(), canvas.getModel(), hit.id(), screenX, screenY);
            return;
        }
        ElementId id = hit.id();
        if (!selection().contains(id)) {
            selection().set(id);
        }
        List<MenuItem> items = new ArrayList<>();
        MenuItem rename = new MenuItem("Rename");
        rename.setOnAction(a -> rename(id));
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(a -> run(editor().duplicate(selection().items())));
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(a -> run(editor().deleteSelection()));
        items.add(rename);
        items.add(duplicate);
        items.add(delete);
        if (canvas.pinned(id)) {
            MenuItem unpin = new MenuItem("Unpin");
            unpin.setOnAction(a -> canvas.setPinned(id, null));
            items.add(unpin);
        }
        boxMenu.getItems().setAll(items);
        boxMenu.show(canvas, screenX, screenY);
    }

    // ---------------------------------------------------------------- handles and reasons

    /** Draws the connect handle of each selected box and the end handles of each selected line. */
    void showHandles() {
        DiagramLayout l = canvas.layoutProperty().get();
        List<Point> connect = new ArrayList<>();
        List<Point> ends = new ArrayList<>();
        for (ElementId id : selection().items()) {
            if (l.nodes().containsKey(id)) {
                connect.add(HitTester.connectHandle(l.absolute(id).orElseThrow()));
            } else if (l.edges().containsKey(id)) {
                List<Point> pts = l.edges().get(id).points();
                if (pts.size() >= 2) {
                    ends.add(pts.get(0));
                    ends.add(pts.get(pts.size() - 1));
                }
            }
        }
        canvas.editOverlay().showHandles(connect, ends, canvas.zoomProperty().get());
    }

    /** Shows why an edit was not done, next to the pointer (screen coordinates), for a few seconds. */
    void showReason(String text, double screenX, double screenY) {
        lastReason.set(text);
        reason.setText(text);
        Point2D local = canvas.screenToLocal(screenX, screenY);
        double x = local == null ? 12 : local.getX() + 14;
        double y = local == null ? 12 : local.getY() + 14;
        double w = reason.prefWidth(-1);
        double h = reason.prefHeight(w);
        reason.resizeRelocate(Math.max(4, Math.min(x, canvas.getWidth() - w - 4)), Math.max(4, Math.min(y, canvas.getHeight() - h - 4)), w, h);
        reason.setVisible(true);
        reason.toFront();
        reasonTimer.playFromStart();
    }

    void run(Outcome o) {
        if (o.refused()) {
            Point2D at = screenPointer();
            showReason(o.reason(), at.getX(), at.getY());
        }
    }

    // ---------------------------------------------------------------- keys and clipboard (EditingKeys)

    /** Arrows nudge the selection when it holds a box; otherwise they pan. */
    boolean takesArrows(KeyEvent e) {
        return keys.takesArrows(e);
    }

    void copy(boolean cut) {
        keys.copy(cut);
    }

    void paste() {
        keys.paste();
    }

    boolean namesOpen() {
        return names.isOpen();
    }

    void toggleConnectTool() {
        connectTool = !connectTool;
    }

    /** The last diagram point the pointer was over, or null. */
    Point pointer() {
        return pointer;
    }
}
