package org.icsatlas.ui.app;

/** The CSS style classes and ids of the main window (see atlas.css), named once here. */
public final class StyleClasses {
    public static final String OUTLINE = "atlas-outline";
    public static final String CHIP = "kind-chip";
    public static final String FOOTPRINT_CHIP = "footprint-chip";
    public static final String COLLAPSED = "collapsed";
    public static final String PROBLEMS = "atlas-problems";
    public static final String SEVERITY_ERROR = "severity-error";
    public static final String SEVERITY_WARNING = "severity-warning";
    public static final String SEVERITY_INFO = "severity-info";
    public static final String STATUS_BAR = "atlas-status-bar";
    public static final String SIDE_HEADER = "side-header";
    public static final String SECONDARY_TEXT = "secondary-text";

    private StyleClasses() {
    }
}
