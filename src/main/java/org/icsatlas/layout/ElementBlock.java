package org.icsatlas.layout;

import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;

/**
 * The result of laying out the elements directly inside one footprint with ELK: top-left corners, edge routes and
 * label centres, all relative to the block's own top-left corner, and the block's size. Immutable and cached per
 * footprint under the {@link Key} of what went in.
 */
record ElementBlock(Map<ElementId, Point> positions, Map<ElementId, List<Point>> routes, Map<ElementId, Point> labels,
                    double width, double height) {

    static final ElementBlock EMPTY = new ElementBlock(Map.of(), Map.of(), Map.of(), 0, 0);

    /** One element box to place. */
    record Node(ElementId id, double width, double height) {
    }

    /** One relation between two nodes of the block, with the size of its label (zero when it has none). */
    record Edge(ElementId relation, ElementId source, ElementId target, double labelWidth, double labelHeight) {
    }

    /**
     * Everything an {@link ElementBlock} depends on; equal keys give equal blocks. {@code aspectRatio} is the
     * width / height that ELK packs the block's unconnected groups of boxes towards.
     */
    record Key(List<Node> nodes, List<Edge> edges, double aspectRatio) {
        Key {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }

        /** A key packing towards 16:10. */
        Key(List<Node> nodes, List<Edge> edges) {
            this(nodes, edges, LayoutMetrics.DEFAULT.aspectRatio());
        }
    }
}
