package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.IcsModel;

/**
 * Declares a body or organisation kind of the model's own (a locality board, a provider collaborative), or
 * redeclares one with a new label, base kind or colour, which every element of that kind takes. Undo removes a new
 * kind or restores the old declaration.
 */
public final class DeclareKindCommand implements Command {
    private final DeclaredKind kind;
    private DeclaredKind before;
    private boolean executed;

    public DeclareKindCommand(DeclaredKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public void execute(IcsModel model) {
        DeclaredKind old = model.kinds().declared(kind.name());
        model.declareKind(kind);
        before = old;
        executed = true;
    }

    @Override
    public void undo(IcsModel model) {
        if (!executed) {
            throw new IllegalStateException("undo of a command that never executed: " + description());
        }
        if (before == null) {
            model.removeDeclaredKind(kind.name());
        } else {
            model.declareKind(before);
        }
    }

    @Override
    public String description() {
        return (executed && before != null ? "Redeclare" : "Declare") + " kind '" + kind.label() + "'";
    }
}
