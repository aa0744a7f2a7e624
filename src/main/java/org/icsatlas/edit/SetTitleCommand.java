package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/** Sets or clears the role title of a person ("Chair-designate, BSW ICB"); only people carry a title. */
public final class SetTitleCommand extends ItemEdit {
    private final String title;

    public SetTitleCommand(ElementId person, String title) {
        super(person);
        this.title = Objects.requireNonNullElse(title, "").strip();
    }

    @Override
    String action() {
        return "set the title of";
    }

    @Override
    Element change(Element e) {
        if (e.type() != ElementType.PERSON) {
            throw new IllegalEditException("'" + e.name() + "' is not a person, so it has no title");
        }
        return e.withTitle(title);
    }

    @Override
    String describe(IcsModel model) {
        return title.isEmpty() ? "Clear title of " + Wording.quoted(model, target)
                : "Set title of " + Wording.quoted(model, target) + " to '" + title + "'";
    }

    @Override
    String fallbackDescription() {
        return "Set title of '" + target + "'";
    }
}
