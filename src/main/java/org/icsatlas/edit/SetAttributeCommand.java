package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;

/** Sets an attribute of an element (e.g. {@code termsOfReferenceDate}), or removes it when the value is empty. */
public final class SetAttributeCommand extends ItemEdit {
    private final String key;
    private final String value;

    public SetAttributeCommand(ElementId element, String key, String value) {
        super(element);
        this.key = Objects.requireNonNull(key, "key").strip();
        this.value = value == null ? "" : value;
    }

    @Override
    String action() {
        return "set an attribute of";
    }

    @Override
    Element change(Element e) {
        if (key.isEmpty()) {
            throw new IllegalEditException("an attribute of '" + e.name() + "' needs a name");
        }
        return e.withAttribute(key, value);
    }

    @Override
    String describe(IcsModel model) {
        return (value.isEmpty() ? "Remove " : "Set ") + key + " of " + Wording.quoted(model, target);
    }

    @Override
    String fallbackDescription() {
        return (value.isEmpty() ? "Remove " : "Set ") + key + " of '" + target + "'";
    }
}
