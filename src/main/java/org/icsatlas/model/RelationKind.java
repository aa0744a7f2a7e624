package org.icsatlas.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of directed relation between elements, with the element types each end may have.
 * Containment is not a relation: it is the footprint tree.
 */
public enum RelationKind {
    MEMBER_OF("Member of", EnumSet.of(ElementType.ORGANISATION, ElementType.PERSON), EnumSet.of(ElementType.BODY)),
    REPORTS_TO("Reports to", EnumSet.of(ElementType.BODY), EnumSet.of(ElementType.BODY, ElementType.ORGANISATION)),
    DELEGATES_TO("Delegates to", EnumSet.of(ElementType.ORGANISATION, ElementType.BODY), EnumSet.of(ElementType.BODY)),
    ADVISES("Advises / scrutinises", EnumSet.of(ElementType.BODY), EnumSet.of(ElementType.BODY)),
    REPRESENTS("Represents", EnumSet.of(ElementType.PERSON), EnumSet.of(ElementType.ORGANISATION));

    private final String label;
    private final Set<ElementType> sources;
    private final Set<ElementType> targets;

    RelationKind(String label, Set<ElementType> sources, Set<ElementType> targets) {
        this.label = label;
        this.sources = sources;
        this.targets = targets;
    }

    public String label() {
        return label;
    }

    public boolean allowsSource(ElementType type) {
        return sources.contains(type);
    }

    public boolean allowsTarget(ElementType type) {
        return targets.contains(type);
    }

    /** Plain-English list of the allowed source types, for error messages. */
    public String describeEnds() {
        return label.toLowerCase() + " goes from " + names(sources) + " to " + names(targets);
    }

    private static String names(Set<ElementType> types) {
        return String.join(" or ", types.stream().map(t -> t.name().toLowerCase()).toList());
    }
}
