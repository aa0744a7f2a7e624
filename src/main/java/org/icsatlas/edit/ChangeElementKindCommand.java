package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.IcsModel;

/**
 * Changes an element's kind (a committee becomes a delivery group). Changing its type (a body becoming an
 * organisation) is refused while a relation of the element would no longer fit.
 */
public final class ChangeElementKindCommand extends ItemEdit {
    private final ElementKind kind;

    public ChangeElementKindCommand(ElementId element, ElementKind kind) {
        super(element);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    String action() {
        return "change the kind of";
    }

    @Override
    Element change(Element e) {
        return e.withKind(kind);
    }

    @Override
    String describe(IcsModel model) {
        return "Change " + Wording.quoted(model, target) + " to " + kind.label().toLowerCase();
    }

    @Override
    String fallbackDescription() {
        return "Change '" + target + "' to " + kind.label().toLowerCase();
    }
}
