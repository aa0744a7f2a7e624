package org.icsatlas.edit;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.ModelSnapshot;

/**
 * jqwik models: each grown from an empty model by a list of random, mostly additive edits applied straight to the
 * model, so every one is a model the editor can reach. Given as snapshots (immutable) so shrinking is safe.
 */
public final class GeneratedModels {
    private GeneratedModels() {
    }

    static Arbitrary<ModelSnapshot> snapshots() {
        return Arbitraries.longs().list().ofMinSize(10).ofMaxSize(80).map(GeneratedModels::grow);
    }

    public static ModelSnapshot grow(List<Long> seeds) {
        IcsModel model = new IcsModel(ModelInfo.titled("Generated"));
        for (long seed : seeds) {
            Random r = new Random(seed);
            RandomEdits edits = new RandomEdits(model, r.nextLong());
            Command c = r.nextInt(10) < 8 ? edits.nextAddition() : edits.next();
            try {
                c.execute(model);
            } catch (IllegalEditException refused) {
                // A refused edit leaves the model as it was; the next seed carries on from there.
            }
        }
        return model.snapshot();
    }
}
