package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;

/**
 * Flags a footprint nested inside one of the same or a narrower level (a place inside a neighbourhood).
 * {@link IcsModel} refuses such nesting when footprints are added, moved or changed, so on any model its
 * mutators can build this finds nothing; it is kept as a defensive check for models that reach the
 * problems panel by another path in future.
 */
public final class FootprintNestingRule extends BasicRule {
    public static final String ID = "footprint-nesting";

    public FootprintNestingRule() {
        super(ID, Severity.ERROR);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        for (Footprint f : model.footprints()) {
            Optional<Footprint> parent = model.parentOf(f.id()).flatMap(model::footprint);
            if (parent.isPresent() && !parent.get().level().canContain(f.level())) {
                out.add(finding("the " + f.level().label().toLowerCase() + " " + model.describe(f.id())
                        + " sits inside the " + parent.get().level().label().toLowerCase() + " " + model.describe(parent.get().id())
                        + "; a footprint must sit inside a wider level", List.of(f.id(), parent.get().id())));
            }
        }
        return out;
    }
}
