package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;

/**
 * Flags a body, organisation or person that sits in no footprint. It asks the model for every element it holds that
 * the tree does not list ({@link IcsModel#unplacedElements()}), so it would see an element the tree lost.
 * {@link IcsModel} requires a footprint for every element it adds or moves, so on any model its mutators can build this finds nothing; it is kept as a defensive check.
 */
public final class ElementOutsideFootprintRule extends BasicRule {
    public static final String ID = "element-outside-footprint";

    public ElementOutsideFootprintRule() {
        super(ID, Severity.ERROR);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<ElementId> unplaced = new ArrayList<>(model.unplacedElements());
        unplaced.sort(Comparator.naturalOrder());
        List<Finding> out = new ArrayList<>();
        for (ElementId id : unplaced) {
            out.add(finding(model.describe(id) + " sits in no footprint; move it into the system, place or neighbourhood it works at",
                    List.of(id)));
        }
        return out;
    }
}
