package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.icsatlas.model.IcsModel;
import org.junit.jupiter.api.Test;

/** The random edit source the property tests rely on: mostly legal edits, of every kind of command. */
class RandomEditsTest {

    @Test
    void mostRandomEditsOnTheSmallSystemAreLegal() {
        IcsModel model = SmallSystem.build();
        EditSequence sequence = new EditSequence(model);
        for (long seed = 0; seed < 600; seed++) {
            sequence.step(seed);
        }
        sequence.undoAllAndRedoAll();
        assertTrue(sequence.done() > 2 * sequence.refused(), sequence.done() + " done, " + sequence.refused() + " refused");
    }

    @Test
    void everyCommandClassIsProduced() {
        IcsModel model = SmallSystem.build();
        Set<Class<?>> seen = new HashSet<>();
        for (long seed = 0; seed < 2000; seed++) {
            seen.add(new RandomEdits(model, seed).next().getClass());
        }
        assertTrue(seen.size() >= 20, "only " + seen);
    }
}
