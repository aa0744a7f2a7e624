package org.icsatlas.analysis;

import java.util.List;
import org.icsatlas.model.ElementId;

/** One problem a rule found: which rule, how serious, a message naming the elements, and their ids. */
public record Finding(String ruleId, Severity severity, String message, List<ElementId> elements) {
    public Finding {
        elements = List.copyOf(elements);
    }
}
