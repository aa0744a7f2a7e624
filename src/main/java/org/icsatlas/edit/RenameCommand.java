package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/** Renames a footprint or an element. */
public final class RenameCommand extends ItemEdit {
    private final String newName;

    public RenameCommand(ElementId target, String newName) {
        super(target);
        this.newName = Objects.requireNonNull(newName, "newName").strip();
    }

    @Override
    String action() {
        return "rename";
    }

    @Override
    Footprint change(Footprint f) {
        requireName();
        return f.withName(newName);
    }

    @Override
    Element change(Element e) {
        requireName();
        return e.withName(newName);
    }

    private void requireName() {
        if (newName.isEmpty()) {
            throw new IllegalEditException("a name cannot be blank");
        }
    }

    @Override
    String describe(IcsModel model) {
        return "Rename " + Wording.quoted(model, target) + " to '" + newName + "'";
    }

    @Override
    String fallbackDescription() {
        return "Rename '" + target + "' to '" + newName + "'";
    }
}
