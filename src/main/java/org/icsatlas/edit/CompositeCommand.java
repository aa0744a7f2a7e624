package org.icsatlas.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.icsatlas.model.IcsModel;

/**
 * A named list of commands that is one undo step (one gesture: add a body and connect its members). Atomic: if a
 * step is refused, the steps already done are undone in reverse and the exception propagates, leaving the model
 * unchanged. Runs inside {@link IcsModel#batch} so listeners hear one batch of changes.
 */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> steps;

    public CompositeCommand(String description, List<? extends Command> steps) {
        this.description = Objects.requireNonNull(description, "description");
        this.steps = List.copyOf(steps);
    }

    public static CompositeCommand of(String description, Command... steps) {
        return new CompositeCommand(description, List.of(steps));
    }

    public List<Command> steps() {
        return steps;
    }

    @Override
    public void execute(IcsModel model) {
        model.batch(() -> runAll(model));
    }

    /** Executes the steps in order, undoing the ones done if one throws. */
    private void runAll(IcsModel model) {
        List<Command> done = new ArrayList<>(steps.size());
        try {
            for (Command c : steps) {
                c.execute(model);
                done.add(c);
            }
        } catch (RuntimeException e) {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo(model);
            }
            throw e;
        }
    }

    @Override
    public void undo(IcsModel model) {
        model.batch(() -> {
            for (int i = steps.size() - 1; i >= 0; i--) {
                steps.get(i).undo(model);
            }
        });
    }

    @Override
    public String description() {
        return description;
    }
}
