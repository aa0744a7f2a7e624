package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.ModelSnapshot;

/**
 * Runs a sequence of random edits through an {@link UndoHistory} and checks the history's promises: a refused edit
 * changes nothing; each undo step returns exactly to the state before it; undoing everything gives the original
 * model and redoing everything the final one; the rules run without throwing on every state reached.
 */
final class EditSequence {
    private final IcsModel model;
    private final UndoHistory history;
    private final RuleBook rules = RuleBook.standard();
    /** {@code states.get(i)} is the model after the first {@code i} undo steps. */
    private final List<ModelSnapshot> states = new ArrayList<>();
    private int refused;
    private int done;

    EditSequence(IcsModel model) {
        this.model = model;
        this.history = new UndoHistory(model, Integer.MAX_VALUE);
        states.add(model.snapshot());
        rules.check(model);
    }

    /** Applies one random edit chosen by {@code seed} and checks the model and history after it. */
    void step(long seed) {
        Command c = new RandomEdits(model, seed).next();
        ModelSnapshot before = model.snapshot();
        int depth = history.undoSize();
        try {
            history.execute(c);
        } catch (IllegalEditException e) {
            assertEquals(before, model.snapshot(), "refused '" + c.description() + "' changed the model");
            assertEquals(depth, history.undoSize(), "refused '" + c.description() + "' was recorded");
            refused++;
            return;
        }
        done++;
        if (history.undoSize() == depth + 1) {
            states.add(model.snapshot());
        } else {
            assertEquals(depth, history.undoSize(), "an edit must add one step or merge into the last");
            states.set(depth, model.snapshot());
        }
        rules.check(model);
    }

    /** Undoes every step, checking each intermediate state, then redoes every step the same way. */
    void undoAllAndRedoAll() {
        int depth = history.undoSize();
        assertEquals(states.size() - 1, depth);
        assertEquals(states.get(depth), model.snapshot());
        for (int i = depth; i > 0; i--) {
            String what = history.undoDescription();
            history.undo();
            assertEquals(states.get(i - 1), model.snapshot(), what + " did not restore the model");
            rules.check(model);
        }
        for (int i = 1; i <= depth; i++) {
            String what = history.redoDescription();
            history.redo();
            assertEquals(states.get(i), model.snapshot(), what + " did not reproduce the model");
        }
    }

    ModelSnapshot original() {
        return states.get(0);
    }

    int refused() {
        return refused;
    }

    int done() {
        return done;
    }
}
