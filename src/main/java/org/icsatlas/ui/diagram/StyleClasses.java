package org.icsatlas.ui.diagram;

import java.util.Locale;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.RelationKind;

/**
 * The CSS style-class names of the diagram, named once (as AtlantaFX does) so code and {@code diagram.css}
 * cannot drift apart. Per-kind classes let a theme restyle one kind without touching code.
 */
public final class StyleClasses {
    public static final String CANVAS = "diagram-canvas";
    /** The canvas's background, a node of its own so that the canvas carries no stylesheet. */
    public static final String BACKDROP = "diagram-backdrop";
    public static final String WORLD = "diagram-world";
    public static final String FOOTPRINT = "footprint";
    public static final String FOOTPRINT_BODY = "footprint-body";
    public static final String FOOTPRINT_HEADER = "footprint-header";
    public static final String FOOTPRINT_TITLE = "footprint-title";
    public static final String FOOTPRINT_HIDDEN_COUNT = "footprint-hidden-count";
    public static final String COLLAPSED = "collapsed";
    public static final String ELEMENT = "element";
    public static final String ELEMENT_OUTLINE = "element-outline";
    public static final String ELEMENT_NAME = "element-name";
    public static final String ELEMENT_BADGE = "element-badge";
    /** One line of the member list inside a body's box (a view's "members as a list"). */
    public static final String ELEMENT_MEMBER = "element-member";
    /** The small status tag ("proposed") on an element or relation that is not current. */
    public static final String ELEMENT_STATUS_TAG = "element-status-tag";
    public static final String EDGE = "edge";
    public static final String EDGE_LINE = "edge-line";
    public static final String EDGE_HEAD = "edge-head";
    public static final String EDGE_LABEL = "edge-label";
    /** The small marker on a box whose position the user pinned by dragging it. */
    public static final String PIN_MARKER = "pin-marker";
    /** On a skin whose position is pinned in the current view. */
    public static final String PINNED = "pinned";
    public static final String SELECTED = "selected";
    public static final String HIGHLIGHTED = "highlighted";
    public static final String FADED = "faded";
    public static final String LEGEND = "diagram-legend";
    public static final String LEGEND_TITLE = "legend-title";
    public static final String LEGEND_ENTRY = "legend-entry";
    public static final String PROGRESS = "layout-progress";

    private StyleClasses() {
    }

    /** For example {@code footprint-place}. */
    public static String forLevel(FootprintLevel level) {
        return "footprint-" + slug(level.name());
    }

    /** For example {@code kind-integrated-care-board}. */
    public static String forKind(ElementKind kind) {
        return "kind-" + slug(kind.name());
    }

    /** For example {@code relation-reports-to}. */
    public static String forRelation(RelationKind kind) {
        return "relation-" + slug(kind.name());
    }

    private static String slug(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
