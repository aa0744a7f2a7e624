package org.icsatlas.io.graphml;

import java.util.Map;
import java.util.Objects;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.RelationKind;

/**
 * How the yEd export draws each kind, in yEd's own vocabulary (shape names such as {@code roundrectangle}, line types
 * {@code line|dashed|dotted}, arrow names such as {@code standard}). The io layer may not depend on the renderer, so
 * the caller builds this from the diagram's style table (see {@code cli.StyleTableLook}) and the file carries the
 * same colours, shapes and line styles as the legend.
 */
public record YedLook(Map<ElementKind, Node> nodes, Map<RelationKind, Edge> edges, Map<FootprintLevel, Group> groups,
                      String fontFamily, double fontSize) {

    /** A body, organisation or person: a {@code y:ShapeNode}. */
    public record Node(String fill, String border, double borderWidth, String text, String shape) {
    }

    /** A relation: a {@code y:PolyLineEdge}. */
    public record Edge(String colour, double width, String lineType, String sourceArrow, String targetArrow) {
    }

    /** A footprint: a group node whose label sits in a header band. */
    public record Group(String fill, String border, double borderWidth, String headerFill, String headerText, double fontSize) {
    }

    public YedLook {
        nodes = Map.copyOf(nodes);
        edges = Map.copyOf(edges);
        groups = Map.copyOf(groups);
        Objects.requireNonNull(fontFamily, "fontFamily");
    }

    /**
     * How {@code kind} is drawn. A declared kind the look was not built for is drawn as the kind it is based on, in
     * its own outline colour when it has one.
     */
    Node node(ElementKind kind) {
        Node n = nodes.get(kind);
        if (n == null && kind instanceof DeclaredKind d && d.basedOn() != null && nodes.containsKey(d.basedOn())) {
            Node base = nodes.get(d.basedOn());
            n = d.colour() == null ? base : new Node(base.fill(), d.colour(), base.borderWidth(), base.text(), base.shape());
        }
        return Objects.requireNonNull(n, () -> "no yEd look for " + kind.name()
                + " (build the look from the model's kinds: StyleTableLook.of(table, model.kinds()))");
    }

    Edge edge(RelationKind kind) {
        return Objects.requireNonNull(edges.get(kind), () -> "no yEd look for " + kind);
    }

    Group group(FootprintLevel level) {
        return Objects.requireNonNull(groups.get(level), () -> "no yEd look for " + level);
    }
}
