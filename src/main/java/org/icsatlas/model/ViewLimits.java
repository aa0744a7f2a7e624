package org.icsatlas.model;

import java.util.Locale;
import java.util.Map;

/**
 * The range a view's numbers must lie in, checked where they enter (the file reader, every importer, the edit
 * commands) and, as a backstop, by {@link IcsModel} when a view is added or changed. A pinned position of 1e308
 * once passed {@code validate} and then kept the layout busy for ever; a million drawing units is far beyond the
 * widest real diagram (all England lays out well under 100,000 wide) and small enough for every grid in the layout.
 */
public final class ViewLimits {
    /** The largest coordinate (or size) allowed, either way from 0, in drawing units. */
    public static final double MAX_COORDINATE = 1_000_000;
    public static final double MIN_ZOOM = 0.01;
    public static final double MAX_ZOOM = 100;

    private ViewLimits() {
    }

    /** Whether {@code v} is a finite coordinate within ±{@link #MAX_COORDINATE}. */
    public static boolean isCoordinate(double v) {
        return Double.isFinite(v) && Math.abs(v) <= MAX_COORDINATE;
    }

    /** Whether {@code v} is a size: finite, not negative and at most {@link #MAX_COORDINATE}. */
    public static boolean isSize(double v) {
        return Double.isFinite(v) && v >= 0 && v <= MAX_COORDINATE;
    }

    /** Whether {@code z} is a zoom factor from {@link #MIN_ZOOM} to {@link #MAX_ZOOM}. */
    public static boolean isZoom(double z) {
        return z >= MIN_ZOOM && z <= MAX_ZOOM;
    }

    /** "from -1,000,000 to 1,000,000", for messages. */
    public static String coordinateRange() {
        return String.format(Locale.ROOT, "from %,d to %,d", -(long) MAX_COORDINATE, (long) MAX_COORDINATE);
    }

    /** "from 0.01 to 100", for messages. */
    public static String zoomRange() {
        return "from " + MIN_ZOOM + " to " + (long) MAX_ZOOM;
    }

    /** Why {@code p} is out of range, or null when it is within it. */
    public static String checkPosition(Position p) {
        if (!isCoordinate(p.x()) || !isCoordinate(p.y())) {
            return "a position must lie " + coordinateRange() + " on each axis, not (" + p.x() + ", " + p.y() + ")";
        }
        return null;
    }

    /** Why {@code z} is out of range, or null when it is within it. */
    public static String checkZoom(double z) {
        return isZoom(z) ? null : "zoom must be " + zoomRange() + ", not " + z;
    }

    /** Why {@code view} holds a number out of range, or null when all are within it. */
    static String check(DiagramView view) {
        String zoom = checkZoom(view.zoom());
        if (zoom != null) {
            return "view '" + view.name() + "': " + zoom;
        }
        for (Map.Entry<ElementId, Position> pin : view.pinned().entrySet()) {
            String why = checkPosition(pin.getValue());
            if (why != null) {
                return "view '" + view.name() + "', pin of '" + pin.getKey() + "': " + why;
            }
        }
        return null;
    }
}
