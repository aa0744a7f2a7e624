package org.icsatlas.layout;

import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;

/**
 * What a layout remembers for the next one, per expanded footprint: the ELK block of its elements (with the key it
 * was computed from) and the rows its child footprints were packed in, with the slot each one occupied.
 * {@code top} is the same for the row of top-level footprints.
 */
record LayoutMemo(LayoutMetrics metrics, Map<ElementId, Arrangement> footprints, Arrangement top) {

    /** The remembered arrangement of one footprint's children. */
    record Arrangement(ElementBlock.Key blockKey, ElementBlock block, List<List<ElementId>> rows,
                       Map<ElementId, Size> slots) {
    }

    /** A width and a height. */
    record Size(double width, double height) {
    }
}
