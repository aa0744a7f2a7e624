package org.icsatlas.layout;

import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;

/**
 * What a layout remembers for the next one, per expanded footprint: the ELK block of its elements (with the key it
 * was computed from) and the rows its child footprints were packed in, with the slot each one occupied.
 * {@code top} is the same for the row of top-level footprints; {@code routes} the corridor routes, which the next
 * layout reuses where nothing they pass changed.
 */
record LayoutMemo(LayoutMetrics metrics, Map<ElementId, Arrangement> footprints, Arrangement top, RouteCache routes) {

    LayoutMemo(LayoutMetrics metrics, Map<ElementId, Arrangement> footprints, Arrangement top) {
        this(metrics, footprints, top, RouteCache.EMPTY);
    }

    /** The same memo without its routes: the next layout routes every line afresh. */
    LayoutMemo withoutRoutes() {
        return new LayoutMemo(metrics, footprints, top, RouteCache.EMPTY);
    }

    /** The remembered arrangement of one footprint's children. */
    record Arrangement(ElementBlock.Key blockKey, ElementBlock block, List<List<ElementId>> rows,
                       Map<ElementId, Size> slots) {
    }

    /** A width and a height. */
    record Size(double width, double height) {
    }
}
