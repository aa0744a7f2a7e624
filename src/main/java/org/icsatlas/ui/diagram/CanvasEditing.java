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
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.icsatlas.edit.ReconnectCommand;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.ui.editing.DiagramEditor;
import org.icsatlas.ui.editing.Outcome;
import org.icsatlas.ui.editing.Selection;

/**
 * The canvas's editing without a menu: creating where the user clicks (palette or keys), the name field, the
 * keys of common edits, the line chooser, the context menus, the handles of the selection and the reason shown
 * next to the pointer when the model refuses an edit. Every edit goes through the canvas's {@link DiagramEditor}.
 *
 * <p>Keys: Delete removes the selection; F2 renames; Enter on a body selects its members; Tab / Shift+Tab step
 * through the boxes; arrows nudge the selection (Shift: larger steps); Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D copy,
 * cut, paste and duplicate (the system clipboard carries the copied part as native JSON); B, O, P add a body,
 * organisation or person at the pointer, Shift+P a place, Shift+N a neighbourhood; C turns the connect tool on or off.
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
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
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

    private DiagramEditor editor() {
        return canvas.editor();
    }

    private Selection selection() {
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

    private Point2D screenPointer() {
        Point p = pointer == null ? new Point(0, 0) : pointer;
        Point2D v = canvas.camera().toViewport(p.x(), p.y());
        Point2D s = canvas.localToScreen(v);
        return s == null ? new Point2D(0, 0) : s;
    }

    /** The chooser and menus, for tests. */
    RelationMenus menus() {
        return menus;
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

    private void run(Outcome o) {
        if (o.refused()) {
            Point2D at = screenPointer();
            showReason(o.reason(), at.getX(), at.getY());
        }
    }

    // ---------------------------------------------------------------- keys

    /** Arrows nudge the selection when it holds a box; otherwise they pan. */
    boolean takesArrows(KeyEvent e) {
        if (editor() == null) {
            return false;
        }
        DiagramLayout l = canvas.layoutProperty().get();
        return selection().items().stream().anyMatch(id -> l.nodes().containsKey(id)
                || (l.footprints().containsKey(id) && l.footprints().get(id).parent() != null));
    }

    private void keyPressed(KeyEvent e) {
        if (editor() == null || e.isConsumed() || names.isOpen()) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        if (shortcut) {
            if (e.isShiftDown()) {
                // Ctrl+Shift+… belongs to the menus (Ctrl+Shift+D duplicates the view, Ctrl+Shift+Z redoes)
                return;
            }
            switch (code) {
                case C -> copy(false);
                case X -> copy(true);
                case V -> paste();
                case D -> run(editor().duplicate(selection().items()));
                default -> {
                    return;
                }
            }
            e.consume();
            return;
        }
        if (e.isAltDown()) {
            return;
        }
        switch (code) {
            case DELETE, BACK_SPACE -> run(editor().deleteSelection());
            case F2 -> {
                if (selection().primary() != null) {
                    rename(selection().primary());
                }
            }
            case ENTER -> selectMembers();
            case TAB -> cycle(e.isShiftDown() ? -1 : 1);
            case UP, DOWN, LEFT, RIGHT -> {
                if (!takesArrows(e)) {
                    return;
                }
                nudge(code, e.isShiftDown() ? BIG_NUDGE : NUDGE);
            }
            case B -> createAtPointer(BodyKind.PARTNERSHIP_BOARD);
            case O -> createAtPointer(OrganisationKind.LOCAL_AUTHORITY);
            case P -> createAtPointer(e.isShiftDown() ? FootprintLevel.PLACE : PersonKind.values()[0]);
            case N -> {
                if (!e.isShiftDown()) {
                    return;
                }
                createAtPointer(FootprintLevel.NEIGHBOURHOOD);
            }
            case C -> connectTool = !connectTool;
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void createAtPointer(Object kind) {
        Point at = pointer;
        if (at == null) {
            Box view = canvas.visibleWorld();
            at = new Point(view.centreX(), view.centreY());
        }
        Point2D s = canvas.localToScreen(canvas.camera().toViewport(at.x(), at.y()));
        createAt(kind, at, s == null ? 0 : s.getX(), s == null ? 0 : s.getY());
    }

    private void nudge(KeyCode code, double step) {
        double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
        double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
        DiagramLayout l = canvas.layoutProperty().get();
        run(editor().nudge(selection().items(), dx, dy, id -> {
            NodeLayout n = l.nodes().get(id);
            if (n != null) {
                return Optional.of(new Position(n.box().x(), n.box().y()));
            }
            return Optional.ofNullable(l.footprints().get(id)).filter(f -> f.parent() != null)
                    .map(f -> new Position(f.box().x(), f.box().y()));
        }));
    }

    private void cycle(int step) {
        List<ElementId> boxes = new ArrayList<>(canvas.layoutProperty().get().nodes().keySet());
        if (boxes.isEmpty()) {
            return;
        }
        int i = boxes.indexOf(selection().primary());
        int next = i < 0 ? (step > 0 ? 0 : boxes.size() - 1) : Math.floorMod(i + step, boxes.size());
        selection().set(boxes.get(next));
        canvas.centreOn(boxes.get(next));
    }

    private void selectMembers() {
        ElementId body = selection().primary();
        if (body == null || canvas.getModel().element(body).filter(Element::isBody).isEmpty()) {
            return;
        }
        List<ElementId> members = new ArrayList<>();
        for (Relation r : canvas.getModel().incoming(body)) {
            if (r.kind() == RelationKind.MEMBER_OF) {
                members.add(r.source());
            }
        }
        if (!members.isEmpty()) {
            selection().setAll(members);
        }
    }

    // ---------------------------------------------------------------- clipboard

    void copy(boolean cut) {
        Optional<String> json = editor().copy(selection().items());
        if (json.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(json.get());
        Clipboard.getSystemClipboard().setContent(content);
        if (cut) {
            run(editor().deleteSelection());
        }
    }

    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        Optional<ElementId> into = pasteTarget();
        if (into.isEmpty()) {
            Point2D at = screenPointer();
            showReason("select a footprint to paste into", at.getX(), at.getY());
            return;
        }
        run(editor().paste(text, into.get()));
    }

    /** The selected footprint, or the footprint of the selected box, or the footprint under the pointer. */
    private Optional<ElementId> pasteTarget() {
        ElementId p = selection().primary();
        var model = canvas.getModel();
        if (p != null && model.isFootprint(p)) {
            return Optional.of(p);
        }
        if (p != null && model.isElement(p)) {
            return model.parentOf(p);
        }
        if (pointer != null) {
            Optional<ElementId> under = new HitTester(canvas.layoutProperty().get()).footprintAt(pointer, java.util.Set.of());
            if (under.isPresent()) {
                return under;
            }
        }
        return model.roots().isEmpty() ? Optional.empty() : Optional.of(model.roots().get(0));
    }
}
