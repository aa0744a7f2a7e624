package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelInfo;

/** Replaces the model's title, description and as-of date. */
public final class SetModelInfoCommand implements Command {
    private final ModelInfo info;
    private ModelInfo before;

    public SetModelInfoCommand(ModelInfo info) {
        this.info = Objects.requireNonNull(info, "info");
    }

    @Override
    public void execute(IcsModel model) {
        before = model.info();
        model.setInfo(info);
    }

    @Override
    public void undo(IcsModel model) {
        model.setInfo(before);
    }

    @Override
    public String description() {
        return "Edit model details";
    }
}
