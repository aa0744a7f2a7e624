package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;

/** Changes a footprint's level; refused when it would no longer nest in its parent or around its children. */
public final class ChangeFootprintLevelCommand extends ItemEdit {
    private final FootprintLevel level;

    public ChangeFootprintLevelCommand(ElementId footprint, FootprintLevel level) {
        super(footprint);
        this.level = Objects.requireNonNull(level, "level");
    }

    @Override
    String action() {
        return "change the level of";
    }

    @Override
    Footprint change(Footprint f) {
        return f.withLevel(level);
    }

    @Override
    String describe(IcsModel model) {
        return "Change " + Wording.quoted(model, target) + " to " + level.label().toLowerCase();
    }

    @Override
    String fallbackDescription() {
        return "Change '" + target + "' to " + level.label().toLowerCase();
    }
}
