package org.icsatlas.edit;

import static org.icsatlas.edit.SmallSystem.assertRefused;
import static org.icsatlas.edit.SmallSystem.assertUndoable;
import static org.icsatlas.edit.SmallSystem.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class ChangeViewCommandTest {
    private final IcsModel model = SmallSystem.build();

    private DiagramView whole() {
        return model.view(id("view-whole")).orElseThrow();
    }

    @Test
    void collapsesAndExpandsAFootprint() {
        Command collapse = ChangeViewCommand.collapse(id("view-whole"), id("sheffield"), true);
        assertUndoable(model, collapse);
        assertTrue(whole().isCollapsed(id("sheffield")));
        assertEquals("Collapse Sheffield", collapse.description());
        Command expand = ChangeViewCommand.collapse(id("view-whole"), id("dearne"), false);
        assertUndoable(model, expand);
        assertFalse(whole().isCollapsed(id("dearne")));
        assertEquals("Expand Dearne", expand.description());
    }

    @Test
    void hidesKindsOfElementAndRelation() {
        Command hideGp = ChangeViewCommand.showElementKind(id("view-whole"), OrganisationKind.PCN, false);
        assertUndoable(model, hideGp);
        assertFalse(whole().shows(OrganisationKind.PCN));
        assertEquals("Hide kind 'Primary care network'", hideGp.description());
        Command hideMembers = ChangeViewCommand.showRelationKind(id("view-whole"), RelationKind.MEMBER_OF, false);
        assertUndoable(model, hideMembers);
        assertFalse(whole().shows(RelationKind.MEMBER_OF));
        assertEquals("Hide 'Member of' relations", hideMembers.description());
    }

    @Test
    void renamesARootsAndZoomsAView() {
        Command rename = ChangeViewCommand.rename(id("view-whole"), "Everything");
        assertUndoable(model, rename);
        assertEquals("Rename view 'Whole system' to 'Everything'", rename.description());
        Command root = ChangeViewCommand.root(id("view-whole"), id("sheffield"));
        assertUndoable(model, root);
        assertEquals(id("sheffield"), whole().root());
        assertEquals("Show only Sheffield", root.description());
        Command zoom = ChangeViewCommand.zoom(id("view-whole"), 1.5);
        assertUndoable(model, zoom);
        assertEquals(1.5, whole().zoom());
        assertEquals("Zoom to 150%", zoom.description());
    }

    @Test
    void listsMembersInsideTheirBodiesAndUndoes() {
        Command list = ChangeViewCommand.membersAsList(id("view-whole"), true);
        assertUndoable(model, list);
        assertTrue(whole().membersAsList());
        assertEquals("List members inside their bodies", list.description());
        list.undo(model);
        assertFalse(whole().membersAsList());
        Command lines = ChangeViewCommand.membersAsList(id("view-whole"), false);
        lines.execute(model);
        assertFalse(whole().membersAsList());
        assertEquals("Draw members as lines", lines.description());
        assertRefused(model, ChangeViewCommand.membersAsList(id("view-none"), true));
    }

    @Test
    void consecutiveZoomsOfOneViewMergeIntoOneStep() {
        Command first = ChangeViewCommand.zoom(id("view-whole"), 1.2);
        Command second = ChangeViewCommand.zoom(id("view-whole"), 1.4);
        var before = model.snapshot();
        first.execute(model);
        second.execute(model);
        var after = model.snapshot();
        Command merged = first.mergeWith(second).orElseThrow();
        merged.undo(model);
        assertEquals(before, model.snapshot());
        merged.execute(model);
        assertEquals(after, model.snapshot());
        assertEquals("Zoom to 140%", merged.description());
    }

    @Test
    void zoomsOfDifferentViewsAndCollapsesDoNotMerge() {
        Command zoom = ChangeViewCommand.zoom(id("view-whole"), 1.2);
        assertTrue(zoom.mergeWith(ChangeViewCommand.zoom(id("view-barnsley"), 2)).isEmpty());
        Command collapse = ChangeViewCommand.collapse(id("view-whole"), id("sheffield"), true);
        assertTrue(collapse.mergeWith(ChangeViewCommand.collapse(id("view-whole"), id("sheffield"), false)).isEmpty());
    }

    @Test
    void refusesCollapsingAnElement() {
        assertRefused(model, ChangeViewCommand.collapse(id("view-whole"), id("audit"), true));
    }

    @Test
    void refusesAZeroZoomAndAMissingView() {
        assertRefused(model, ChangeViewCommand.zoom(id("view-whole"), 0));
        assertRefused(model, ChangeViewCommand.zoom(id("view-none"), 2));
    }
}
