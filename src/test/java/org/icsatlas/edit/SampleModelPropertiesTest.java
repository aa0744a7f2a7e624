package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;

/**
 * Random sequences of edits on the two bundled samples: every refused edit changes nothing, the rules never throw on
 * any state reached, undo all restores the sample exactly and redo all the final model.
 */
class SampleModelPropertiesTest {

    @Provide
    Arbitrary<String> samples() {
        return Arbitraries.of(SampleModels.ALL);
    }

    @Property(tries = 200)
    void undoAllRestoresTheSampleAndRedoAllTheFinalModel(@ForAll("samples") String sample,
                                                         @ForAll @Size(max = 60) List<Long> edits) {
        IcsModel model = SampleModels.load(sample);
        ModelSnapshot original = model.snapshot();
        EditSequence sequence = new EditSequence(model);
        for (long seed : edits) {
            sequence.step(seed);
        }
        ModelSnapshot last = model.snapshot();
        sequence.undoAllAndRedoAll();
        assertEquals(last, model.snapshot());
        assertEquals(original, sequence.original());
        int tried = sequence.done() + sequence.refused();
        Statistics.label("share of edits refused").collect(tried == 0 ? "no edits" : (sequence.refused() * 4 / tried * 25) + "%+");
    }
}
