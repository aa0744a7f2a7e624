package org.icsatlas.io.dot;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Writes a view of a model as a Graphviz DOT digraph: one {@code cluster} subgraph per visible footprint (nested as
 * the footprints nest), one box per visible element, one edge per visible relation styled by its kind and labelled
 * with a member's role or a delegation's scope. A collapsed footprint becomes a single box that takes the edges of
 * its hidden contents. Flow is bottom to top, as in the app's own diagrams.
 */
public final class DotExporter {

    /** Writes the whole model with everything shown. */
    public void export(IcsModel model, Writer out) throws IOException {
        export(model, DiagramView.whole("dot-export", "DOT export"), out);
    }

    public void export(IcsModel model, DiagramView view, Writer out) throws IOException {
        Map<ElementId, String> drawnAs = new HashMap<>();
        out.write("digraph ics {\n");
        out.write("  graph [rankdir=BT, compound=true, fontname=\"Helvetica\", fontsize=13];\n");
        out.write("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=12];\n");
        out.write("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        if (view.root() == null) {
            for (ElementId r : model.roots()) {
                footprint(model, view, r, out, "  ", drawnAs);
            }
        } else if (model.isFootprint(view.root())) {
            footprint(model, view, view.root(), out, "  ", drawnAs);
        }
        for (Relation r : model.relations()) {
            String from = drawnAs.get(r.source());
            String to = drawnAs.get(r.target());
            if (!view.shows(r) || from == null || to == null || from.equals(to)) {
                continue;
            }
            out.write("  " + quote(from) + " -> " + quote(to) + " [" + style(r.kind()) + label(r) + "];\n");
        }
        out.write("}\n");
        out.flush();
    }

    private void footprint(IcsModel model, DiagramView view, ElementId id, Writer out, String indent,
                           Map<ElementId, String> drawnAs) throws IOException {
        Footprint f = model.footprint(id).orElseThrow();
        if (view.isCollapsed(id)) {
            out.write(indent + quote(id.value()) + " [label=" + quote(f.name()) + ", shape=box3d];\n");
            for (ElementId e : model.elementsWithin(id)) {
                if (view.shows(model.element(e).orElseThrow())) {
                    drawnAs.put(e, id.value());
                }
            }
            return;
        }
        out.write(indent + "subgraph " + quote("cluster_" + id.value()) + " {\n");
        out.write(indent + "  label=" + quote(f.name()) + ";\n");
        for (ElementId e : model.elementsIn(id)) {
            Element el = model.element(e).orElseThrow();
            if (view.shows(el)) {
                out.write(indent + "  " + quote(e.value()) + " [label=" + quote(el.name()) + "];\n");
                drawnAs.put(e, e.value());
            }
        }
        for (ElementId c : model.childFootprints(id)) {
            footprint(model, view, c, out, indent + "  ", drawnAs);
        }
        out.write(indent + "}\n");
    }

    private static String style(RelationKind kind) {
        return switch (kind) {
            case MEMBER_OF -> "style=dashed, arrowhead=none";
            case REPORTS_TO -> "style=solid";
            case DELEGATES_TO -> "color=\"black:invis:black\"";
            case ADVISES -> "style=dotted";
            case REPRESENTS -> "penwidth=0.5, arrowhead=none";
        };
    }

    private static String label(Relation r) {
        if (r.kind() == RelationKind.MEMBER_OF && r.role() != null) {
            return ", label=" + quote(r.role().label());
        }
        if (r.kind() == RelationKind.DELEGATES_TO && r.scope() != null && !r.scope().isBlank()) {
            return ", label=" + quote(r.scope());
        }
        return "";
    }

    /** A DOT double-quoted string: quotes and backslashes escaped, line breaks as DOT's centred line break. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
