package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;

/**
 * Sets the status (current, proposed, shadow / designate, abolished) and the from / to dates of an element or a
 * relation; undo puts the old ones back.
 */
public final class SetStatusCommand extends ItemEdit {
    private final Lifecycle lifecycle;

    public SetStatusCommand(ElementId target, Lifecycle lifecycle) {
        super(target);
        this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** Sets the status and keeps no dates. */
    public SetStatusCommand(ElementId target, Status status) {
        this(target, Lifecycle.of(status));
    }

    @Override
    String action() {
        return "set the status of";
    }

    @Override
    Element change(Element e) {
        return e.withLifecycle(lifecycle);
    }

    @Override
    Relation change(IcsModel model, Relation r) {
        return r.withLifecycle(lifecycle);
    }

    @Override
    String describe(IcsModel model) {
        String what = model.relation(target).map(r -> Wording.relation(model, r)).orElseGet(() -> Wording.quoted(model, target));
        return "Mark " + what + " " + lifecycle.describe();
    }

    @Override
    String fallbackDescription() {
        return "Mark '" + target + "' " + lifecycle.describe();
    }
}
