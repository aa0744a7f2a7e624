package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * The canvas's keys for common edits, and its clipboard: Delete removes the selection; F2 renames; Enter on a body
 * selects its members; Tab / Shift+Tab step through the boxes; arrows nudge the selection (Shift: larger steps);
 * Ctrl+C / Ctrl+X / Ctrl+V / Ctrl+D copy, cut, paste and duplicate (the system clipboard carries the copied part as
 * native JSON); B, O, P add a body, organisation or person at the pointer, Shift+P a place, Shift+N a
 * neighbourhood; C turns the connect tool on or off. Each key is one edit through the canvas's editor, run by
 * {@link CanvasEditing#run}, which shows a refusal next to the pointer.
 */
final class EditingKeys {
    private final DiagramCanvas canvas;
    private final CanvasEditing editing;

    EditingKeys(DiagramCanvas canvas, CanvasEditing editing) {
        this.canvas = canvas;
        this.editing = editing;
    }


    /** Arrows nudge the selection when it holds a box; otherwise they pan. */
    boolean takesArrows(KeyEvent e) {
        if (editing.editor() == null) {
            return false;
        }
        DiagramLayout l = canvas.layoutProperty().get();
        return editing.selection().items().stream().anyMatch(id -> l.nodes().containsKey(id)
                || (l.footprints().containsKey(id) && l.footprints().get(id).parent() != null));
    }

    void keyPressed(KeyEvent e) {
        if (editing.editor() == null || e.isConsumed() || editing.namesOpen()) {
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
                case D -> editing.run(editing.editor().duplicate(editing.selection().items()));
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
            case DELETE, BACK_SPACE -> editing.run(editing.editor().deleteSelection());
            case F2 -> {
                if (editing.selection().primary() != null) {
                    editing.rename(editing.selection().primary());
                }
            }
            case ENTER -> selectMembers();
            case TAB -> cycle(e.isShiftDown() ? -1 : 1);
            case UP, DOWN, LEFT, RIGHT -> {
                if (!takesArrows(e)) {
                    return;
                }
                nudge(code, e.isShiftDown() ? CanvasEditing.BIG_NUDGE : CanvasEditing.NUDGE);
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
            case C -> editing.toggleConnectTool();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void createAtPointer(Object kind) {
        Point at = editing.pointer();
        if (at == null) {
            Box view = canvas.visibleWorld();
            at = new Point(view.centreX(), view.centreY());
        }
        Point2D s = canvas.localToScreen(canvas.camera().toViewport(at.x(), at.y()));
        editing.createAt(kind, at, s == null ? 0 : s.getX(), s == null ? 0 : s.getY());
    }

    private void nudge(KeyCode code, double step) {
        double dx = code == KeyCode.LEFT ? -step : code == KeyCode.RIGHT ? step : 0;
        double dy = code == KeyCode.UP ? -step : code == KeyCode.DOWN ? step : 0;
        DiagramLayout l = canvas.layoutProperty().get();
        editing.run(editing.editor().nudge(editing.selection().items(), dx, dy, id -> {
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
        int i = boxes.indexOf(editing.selection().primary());
        int next = i < 0 ? (step > 0 ? 0 : boxes.size() - 1) : Math.floorMod(i + step, boxes.size());
        editing.selection().set(boxes.get(next));
        canvas.centreOn(boxes.get(next));
    }

    private void selectMembers() {
        ElementId body = editing.selection().primary();
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
            editing.selection().setAll(members);
        }
    }


    void copy(boolean cut) {
        Optional<String> json = editing.editor().copy(editing.selection().items());
        if (json.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(json.get());
        Clipboard.getSystemClipboard().setContent(content);
        if (cut) {
            editing.run(editing.editor().deleteSelection());
        }
    }

    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        Optional<ElementId> into = pasteTarget();
        if (into.isEmpty()) {
            Point2D at = editing.screenPointer();
            editing.showReason("select a footprint to paste into", at.getX(), at.getY());
            return;
        }
        editing.run(editing.editor().paste(text, into.get()));
    }

    /** The selected footprint, or the footprint of the selected box, or the footprint under the pointer. */
    private Optional<ElementId> pasteTarget() {
        ElementId p = editing.selection().primary();
        var model = canvas.getModel();
        if (p != null && model.isFootprint(p)) {
            return Optional.of(p);
        }
        if (p != null && model.isElement(p)) {
            return model.parentOf(p);
        }
        Point pointer = editing.pointer();
        if (pointer != null) {
            Optional<ElementId> under = new HitTester(canvas.layoutProperty().get()).footprintAt(pointer, java.util.Set.of());
            if (under.isPresent()) {
                return under;
            }
        }
        return model.roots().isEmpty() ? Optional.empty() : Optional.of(model.roots().get(0));
    }
}
