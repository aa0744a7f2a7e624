package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/** Removes a declared kind that no element has any more; undo declares it again. */
public final class RemoveKindCommand implements Command {
    private final String name;
    private DeclaredKind removed;

    public RemoveKindCommand(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public void execute(IcsModel model) {
        DeclaredKind k = model.kinds().declared(name);
        if (k == null) {
            throw new IllegalEditException("no kind '" + name + "' is declared in this model");
        }
        model.removeDeclaredKind(name);
        removed = k;
    }

    @Override
    public void undo(IcsModel model) {
        if (removed == null) {
            throw new IllegalStateException("undo of a command that never executed: " + description());
        }
        model.declareKind(removed);
    }

    @Override
    public String description() {
        return "Remove kind '" + (removed == null ? name : removed.label()) + "'";
    }
}
