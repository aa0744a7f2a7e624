package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.icsatlas.model.ElementId;

/**
 * Lays out the elements of one footprint with ELK layered, flow upwards (members and reporting bodies below the
 * bodies they belong or report to), orthogonal edges, labels in the middle of their edges. Only the edges whose
 * ends both sit in the footprint go in; the rest are routed later between footprints.
 */
final class ElkBlockLayouter {
    static {
        // registers ELK's option types with ElkReflect; without it ELK cannot clone option defaults
        LayoutMetaDataService.getInstance();
    }

    private final LayoutMetrics metrics;

    ElkBlockLayouter(LayoutMetrics metrics) {
        this.metrics = metrics;
    }

    ElementBlock layout(ElementBlock.Key key, LayoutMonitor monitor) {
        if (key.nodes().isEmpty()) {
            return ElementBlock.EMPTY;
        }
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.DIRECTION, Direction.UP);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, metrics.spacing());
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, metrics.spacing());
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, metrics.spacing() * 1.5);
        root.setProperty(CoreOptions.ASPECT_RATIO, key.aspectRatio());
        root.setProperty(LayeredOptions.THOROUGHNESS, 3);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        // members of one body meet in one trunk instead of a comb of parallel lines
        root.setProperty(LayeredOptions.MERGE_EDGES, true);
        Map<ElementId, ElkNode> nodes = new HashMap<>();
        for (ElementBlock.Node n : key.nodes()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(n.width(), n.height());
            nodes.put(n.id(), node);
        }
        Map<ElementId, ElkEdge> edges = new HashMap<>();
        Map<ElementId, ElkLabel> labels = new HashMap<>();
        for (ElementBlock.Edge e : key.edges()) {
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(nodes.get(e.source()), nodes.get(e.target()));
            edges.put(e.relation(), edge);
            if (e.labelWidth() > 0) {
                ElkLabel label = ElkGraphUtil.createLabel(e.relation().value(), edge);
                label.setDimensions(e.labelWidth(), e.labelHeight());
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
                labels.put(e.relation(), label);
            }
        }
        new LayeredLayoutProvider().layout(root, new CancellableMonitor(monitor));
        monitor.checkCancelled();

        Map<ElementId, Point> positions = new HashMap<>();
        double w = 0;
        double h = 0;
        for (Map.Entry<ElementId, ElkNode> n : nodes.entrySet()) {
            ElkNode node = n.getValue();
            positions.put(n.getKey(), new Point(node.getX(), node.getY()));
            w = Math.max(w, node.getX() + node.getWidth());
            h = Math.max(h, node.getY() + node.getHeight());
        }
        Map<ElementId, List<Point>> routes = new HashMap<>();
        for (Map.Entry<ElementId, ElkEdge> e : edges.entrySet()) {
            List<Point> route = route(e.getValue());
            routes.put(e.getKey(), route);
            for (Point p : route) {
                w = Math.max(w, p.x());
                h = Math.max(h, p.y());
            }
        }
        Map<ElementId, Point> labelCentres = new HashMap<>();
        for (Map.Entry<ElementId, ElkLabel> l : labels.entrySet()) {
            ElkLabel label = l.getValue();
            labelCentres.put(l.getKey(), new Point(label.getX() + label.getWidth() / 2, label.getY() + label.getHeight() / 2));
            w = Math.max(w, label.getX() + label.getWidth());
            h = Math.max(h, label.getY() + label.getHeight());
        }
        return new ElementBlock(Map.copyOf(positions), Map.copyOf(routes), Map.copyOf(labelCentres), w, h);
    }

    private static List<Point> route(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        if (edge.getSections().isEmpty()) {
            return points;
        }
        ElkEdgeSection s = edge.getSections().get(0);
        points.add(new Point(s.getStartX(), s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
            points.add(new Point(b.getX(), b.getY()));
        }
        points.add(new Point(s.getEndX(), s.getEndY()));
        return List.copyOf(points);
    }

    /** Lets ELK stop early when the caller cancels. */
    private static final class CancellableMonitor extends BasicProgressMonitor {
        private final LayoutMonitor monitor;

        CancellableMonitor(LayoutMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public boolean isCanceled() {
            return monitor.isCancelled();
        }
    }
}
