package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;

/** Adds a footprint under a parent footprint (or as a root) at a position among its siblings. */
public final class AddFootprintCommand implements Command {
    private final Footprint footprint;
    private final ElementId parent;
    private final int index;
    private String description;

    /** {@code parent} null adds a root; {@code index} -1 adds after the last sibling. */
    public AddFootprintCommand(Footprint footprint, ElementId parent, int index) {
        this.footprint = Objects.requireNonNull(footprint, "footprint");
        this.parent = parent;
        this.index = index;
        this.description = plainDescription();
    }

    public AddFootprintCommand(Footprint footprint, ElementId parent) {
        this(footprint, parent, -1);
    }

    public Footprint footprint() {
        return footprint;
    }

    @Override
    public void execute(IcsModel model) {
        model.addFootprint(footprint, parent, index);
        description = plainDescription() + (parent == null ? "" : " to " + Wording.plain(model, parent));
    }

    private String plainDescription() {
        return "Add " + footprint.level().label().toLowerCase() + " '" + footprint.name() + "'";
    }

    @Override
    public void undo(IcsModel model) {
        model.removeFootprint(footprint.id());
    }

    @Override
    public String description() {
        return description;
    }
}
