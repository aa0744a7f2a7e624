package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.RandomEdits;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The outline follows every edit by re-listing only the footprints the edit touched: after each of many random
 * edits (and their undo) its tree is exactly the model's, and the items of footprints the edit did not touch are
 * the very same objects as before, folding included.
 */
@ExtendWith(ApplicationExtension.class)
class OutlineIncrementalTest {
    private MainViewModel vm;
    private OutlineView outline;

    @Start
    void start(Stage stage) throws Exception {
        vm = new MainViewModel(new ModelStore(), new ProblemChecker(RuleBook.standard(), Runnable::run, Runnable::run));
        vm.openSample(Sample.SOUTH_YORKSHIRE_AND_BASSETLAW);
        outline = new OutlineView(vm, () -> { });
        // A stage of its own: the primary stage (and its scene) belongs to the window tests that share this JVM.
        own = new Stage();
        own.setScene(new Scene(outline, 400, 600));
        own.show();
    }

    private Stage own;

    @org.junit.jupiter.api.AfterEach
    void closeOwnStage(FxRobot robot) {
        robot.interact(own::close);
    }

    /** The tree as ids, nested like the model: footprints' child footprints, then their elements. */
    private static List<Object> shape(TreeItem<ElementId> item) {
        List<Object> out = new ArrayList<>();
        for (TreeItem<ElementId> c : item.getChildren()) {
            out.add(c.getValue());
            if (!c.getChildren().isEmpty()) {
                out.add(shape(c));
            }
        }
        return out;
    }

    private static List<Object> shape(IcsModel m, List<ElementId> ids) {
        List<Object> out = new ArrayList<>();
        for (ElementId id : ids) {
            out.add(id);
            if (m.isFootprint(id)) {
                List<ElementId> kids = new ArrayList<>(m.childFootprints(id));
                kids.addAll(m.elementsIn(id));
                if (!kids.isEmpty()) {
                    out.add(shape(m, kids));
                }
            }
        }
        return out;
    }

    private void assertTreeIsTheModel(String after) {
        IcsModel m = vm.getModel();
        assertEquals(shape(m, m.roots()), shape(outline.getRoot()), "outline after " + after);
        for (ElementId id : m.footprints().stream().map(f -> f.id()).toList()) {
            assertSame(id, outline.itemOf(id).getValue(), "the outline indexes " + id);
        }
    }

    @Test
    void anEditReListsOnlyTheFootprintItTouched(FxRobot robot) {
        ElementId sheffield = ElementId.of("sheffield");
        ElementId barnsley = ElementId.of("barnsley");
        TreeItem<ElementId> barnsleyItem = outline.itemOf(barnsley);
        List<TreeItem<ElementId>> barnsleyChildren = List.copyOf(barnsleyItem.getChildren());
        robot.interact(() -> barnsleyItem.setExpanded(true));
        TreeItem<ElementId> root = outline.getRoot();

        robot.interact(() -> vm.editor().createElement(BodyKind.COMMITTEE, "Sheffield workshop committee", sheffield, null));
        assertTreeIsTheModel("adding a committee to Sheffield");
        assertSame(root, outline.getRoot(), "the tree was not built afresh");
        assertSame(barnsleyItem, outline.itemOf(barnsley));
        assertEquals(barnsleyChildren, barnsleyItem.getChildren(), "Barnsley's items are kept");
        assertTrue(barnsleyItem.isExpanded(), "and so is its folding");

        robot.interact(vm::undo);
        assertTreeIsTheModel("undoing it");
        assertSame(barnsleyItem, outline.itemOf(barnsley));
    }

    @Test
    void manyRandomEditsAndTheirUndoKeepTheTreeExactlyTheModel(FxRobot robot) {
        TreeItem<ElementId> root = outline.getRoot();
        int done = 0;
        for (long seed = 1; seed <= 120; seed++) {
            long s = seed;
            boolean[] ok = {false};
            robot.interact(() -> {
                Command c = new RandomEdits(vm.getModel(), s).next();
                ok[0] = vm.execute(c).done();
            });
            assertTreeIsTheModel("random edit " + seed);
            if (ok[0]) {
                done++;
            }
            if (seed % 7 == 0) {
                robot.interact(vm::undo);
                assertTreeIsTheModel("undo after random edit " + seed);
            }
        }
        assertTrue(done > 40, "most random edits were accepted: " + done);
        assertSame(root, outline.getRoot(), "no edit rebuilt the whole tree");
    }
}
