package org.icsatlas.edit;

import java.util.Optional;
import org.icsatlas.model.IcsModel;

/**
 * One user edit of a model, reversible: {@link #execute} applies it, {@link #undo} puts the model back exactly as
 * it was before (same {@link IcsModel#snapshot()}, sibling and relation order included). Redo is a second
 * {@code execute} on the model as {@code undo} left it.
 *
 * <p>A command is built from ids and values only; it reads what it needs (old values, positions, names for its
 * description) from the model when it executes. A refused edit throws
 * {@link org.icsatlas.model.IllegalEditException} and leaves the model unchanged.
 */
public interface Command {

    /** Applies the edit; throws {@link org.icsatlas.model.IllegalEditException} (model unchanged) if it is not allowed. */
    void execute(IcsModel model);

    /** Reverses the last {@link #execute} on a model that has not changed since. */
    void undo(IcsModel model);

    /**
     * What the edit does, for the Edit menu ("Move 'Barnsley ACP' to Sheffield"). It names things as they were
     * when the command last executed; before that it names them by id.
     */
    String description();

    /**
     * A single command doing this edit and then {@code next}, when the two are small steps of one kind on the same
     * target (consecutive pins of one element in one view): both have executed, this one first.
     * Empty when they should stay separate undo steps.
     */
    default Optional<Command> mergeWith(Command next) {
        return Optional.empty();
    }
}
