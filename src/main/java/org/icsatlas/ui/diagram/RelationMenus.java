package org.icsatlas.ui.diagram;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Region;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.ui.editing.DiagramEditor;

/**
 * The small menus of line editing: the chooser shown when a line is drawn (only the relation kinds legal between
 * the two boxes; a membership asks the role and whether it votes), and a line's context menu (kind, role, voting,
 * delete). Every item runs one {@link DiagramEditor} edit.
 */
final class RelationMenus {
    static final String CHOOSER_CLASS = "atlas-relation-chooser";
    private final ContextMenu menu = new ContextMenu();
    private final Region owner;

    RelationMenus(Region owner) {
        this.owner = owner;
        menu.getStyleClass().add(CHOOSER_CLASS);
    }

    ContextMenu menu() {
        return menu;
    }

    void hide() {
        menu.hide();
    }

    /** Offers the kinds legal from {@code source} to {@code target}; picking one connects them. */
    void chooseConnection(DiagramEditor editor, ElementId source, ElementId target, double screenX, double screenY) {
        List<RelationKind> kinds = editor.legalKinds(source, target);
        menu.getItems().clear();
        if (kinds.isEmpty()) {
            return;
        }
        for (RelationKind k : kinds) {
            if (k == RelationKind.MEMBER_OF) {
                // One click per choice, no submenus: quick on a projector, and the role is asked at once.
                for (MemberRole role : DiagramEditor.COMMON_ROLES) {
                    MenuItem voting = new MenuItem("Member: " + role.label() + ", voting");
                    voting.setOnAction(a -> editor.connect(source, k, target, role, Boolean.TRUE));
                    MenuItem nonVoting = new MenuItem("Member: " + role.label() + ", non-voting");
                    nonVoting.setOnAction(a -> editor.connect(source, k, target, role, Boolean.FALSE));
                    menu.getItems().addAll(voting, nonVoting);
                }
                menu.getItems().add(new SeparatorMenuItem());
            } else {
                MenuItem item = new MenuItem(k.label());
                item.setOnAction(a -> editor.connect(source, k, target, null, null));
                menu.getItems().add(item);
            }
        }
        menu.show(owner, screenX, screenY);
    }

    /** The context menu of a line: change its kind, role or vote, or delete it. */
    void lineMenu(DiagramEditor editor, IcsModel model, ElementId relation, double screenX, double screenY) {
        Optional<Relation> found = model.relation(relation);
        if (found.isEmpty()) {
            return;
        }
        Relation r = found.get();
        menu.getItems().clear();
        // The kinds the two ends allow, at the top level: one click turns a reporting line into advice.
        for (RelationKind k : editor.legalKinds(r.source(), r.target())) {
            CheckMenuItem item = new CheckMenuItem(k.label());
            item.setSelected(k == r.kind());
            item.setOnAction(a -> {
                if (k != r.kind()) {
                    editor.changeKind(relation, k);
                }
            });
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        if (r.kind() == RelationKind.MEMBER_OF) {
            Menu role = new Menu("Role");
            for (MemberRole m : MemberRole.values()) {
                CheckMenuItem item = new CheckMenuItem(capitalised(m.label()));
                item.setSelected(m == r.role());
                item.setOnAction(a -> {
                    if (m != r.role()) {
                        editor.setRole(relation, m);
                    }
                });
                role.getItems().add(item);
            }
            CheckMenuItem voting = new CheckMenuItem("Voting");
            voting.setSelected(Boolean.TRUE.equals(r.voting()));
            voting.setOnAction(a -> editor.setVoting(relation, !Boolean.TRUE.equals(r.voting())));
            menu.getItems().addAll(role, voting);
        }
        MenuItem delete = new MenuItem("Delete line");
        delete.setOnAction(a -> editor.delete(List.of(relation)));
        menu.getItems().addAll(new SeparatorMenuItem(), delete);
        menu.show(owner, screenX, screenY);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
