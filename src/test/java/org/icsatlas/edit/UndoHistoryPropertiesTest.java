package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;

/** Random sequences of edits on generated models: undo all restores the original, redo all the final model. */
class UndoHistoryPropertiesTest {

    @Provide
    Arbitrary<ModelSnapshot> models() {
        return GeneratedModels.snapshots();
    }

    @Property(tries = 300)
    void undoAllRestoresTheOriginalAndRedoAllTheFinalModel(@ForAll("models") ModelSnapshot start,
                                                          @ForAll @Size(max = 40) List<Long> edits) {
        IcsModel model = IcsModel.fromSnapshot(start);
        EditSequence sequence = new EditSequence(model);
        for (long seed : edits) {
            sequence.step(seed);
        }
        ModelSnapshot last = model.snapshot();
        sequence.undoAllAndRedoAll();
        assertEquals(last, model.snapshot());
        int tried = sequence.done() + sequence.refused();
        Statistics.label("share of edits refused").collect(tried == 0 ? "no edits" : (sequence.refused() * 4 / tried * 25) + "%+");
        Statistics.label("elements at the start").collect(start.elements().size() < 10 ? "under 10" : "10 or more");
    }
}
