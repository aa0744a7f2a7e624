package org.icsatlas.analysis;

import java.util.List;
import org.icsatlas.model.ElementId;

/** The common part of a rule: its id and severity, and a way to word a finding of it. */
abstract class BasicRule implements Rule {
    private final String id;
    private final Severity severity;

    BasicRule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    /** A finding of this rule about {@code elements}. */
    final Finding finding(String message, List<ElementId> elements) {
        return new Finding(id, severity, message, elements);
    }
}
