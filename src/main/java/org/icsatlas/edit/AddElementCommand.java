package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/** Adds a body, organisation or person to a footprint at a position among the footprint's elements. */
public final class AddElementCommand implements Command {
    private final Element element;
    private final ElementId footprint;
    private final int index;
    private String description;

    /** {@code index} -1 adds after the footprint's last element. */
    public AddElementCommand(Element element, ElementId footprint, int index) {
        this.element = Objects.requireNonNull(element, "element");
        this.footprint = Objects.requireNonNull(footprint, "footprint");
        this.index = index;
        this.description = "Add '" + element.name() + "'";
    }

    public AddElementCommand(Element element, ElementId footprint) {
        this(element, footprint, -1);
    }

    public Element element() {
        return element;
    }

    @Override
    public void execute(IcsModel model) {
        model.addElement(element, footprint, index);
        description = "Add '" + element.name() + "' to " + Wording.plain(model, footprint);
    }

    @Override
    public void undo(IcsModel model) {
        model.removeElement(element.id());
    }

    @Override
    public String description() {
        return description;
    }
}
