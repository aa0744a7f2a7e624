package org.icsatlas.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.ElementId;

/**
 * Lays out the blocks that are too small to be worth ELK's fixed cost, the way ELK layered would: one element; two
 * side by side; or two connected only one way, the target above the source with the edges as parallel vertical
 * lines and their labels stacked beside them. Most neighbourhoods (a PCN and its team) are such blocks.
 */
final class SmallBlockLayouter {
    private final LayoutMetrics metrics;

    SmallBlockLayouter(LayoutMetrics metrics) {
        this.metrics = metrics;
    }

    /** Whether {@link #layout} handles this block. */
    static boolean handles(ElementBlock.Key key) {
        if (key.nodes().size() == 1) {
            return key.edges().isEmpty();
        }
        if (key.nodes().size() != 2) {
            return false;
        }
        ElementId first = null;
        for (ElementBlock.Edge e : key.edges()) {
            if (first == null) {
                first = e.source();
            } else if (!first.equals(e.source())) {
                return false;
            }
        }
        return true;
    }

    ElementBlock layout(ElementBlock.Key key) {
        List<ElementBlock.Node> nodes = key.nodes();
        if (nodes.size() == 1) {
            ElementBlock.Node n = nodes.get(0);
            return new ElementBlock(Map.of(n.id(), new Point(0, 0)), Map.of(), Map.of(), n.width(), n.height());
        }
        double gap = metrics.spacing();
        if (key.edges().isEmpty()) {
            ElementBlock.Node a = nodes.get(0);
            ElementBlock.Node b = nodes.get(1);
            return new ElementBlock(Map.of(a.id(), new Point(0, 0), b.id(), new Point(a.width() + gap, 0)), Map.of(), Map.of(),
                    a.width() + gap + b.width(), Math.max(a.height(), b.height()));
        }
        ElementId sourceId = key.edges().get(0).source();
        ElementBlock.Node source = nodes.get(0).id().equals(sourceId) ? nodes.get(0) : nodes.get(1);
        ElementBlock.Node target = source == nodes.get(0) ? nodes.get(1) : nodes.get(0);
        int k = key.edges().size();
        double labels = 0;
        for (ElementBlock.Edge e : key.edges()) {
            labels += e.labelHeight();
        }
        double layerGap = Math.max(1.5 * gap, labels + gap);
        double width = Math.max(source.width(), target.width());
        double centre = width / 2;
        double top = target.height() + layerGap;
        double lane = Math.min(10, Math.min(source.width(), target.width()) / (k + 1));
        Map<ElementId, List<Point>> routes = new HashMap<>();
        Map<ElementId, Point> labelCentres = new HashMap<>();
        double labelY = target.height() + gap / 2;
        for (int i = 0; i < k; i++) {
            ElementBlock.Edge e = key.edges().get(i);
            double x = centre + (i - (k - 1) / 2.0) * lane;
            routes.put(e.relation(), List.of(new Point(x, top), new Point(x, target.height())));
            if (e.labelWidth() > 0) {
                labelCentres.put(e.relation(), new Point(x + 4 + e.labelWidth() / 2, labelY + e.labelHeight() / 2));
                width = Math.max(width, x + 4 + e.labelWidth());
                labelY += e.labelHeight();
            }
        }
        Map<ElementId, Point> positions = new HashMap<>();
        positions.put(target.id(), new Point(centre - target.width() / 2, 0));
        positions.put(source.id(), new Point(centre - source.width() / 2, top));
        return new ElementBlock(positions, routes, labelCentres, width, top + source.height());
    }
}
