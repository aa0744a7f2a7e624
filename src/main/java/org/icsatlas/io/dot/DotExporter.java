package org.icsatlas.io.dot;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ModelExporter;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Writes a view of a model as a Graphviz DOT digraph: one {@code cluster} subgraph per visible footprint (labelled,
 * nested as the footprints nest), one node per visible element (shaped by type: a rounded box for a body, a sharp box
 * for an organisation, an oval for a person), one edge per visible relation styled by its kind and labelled with a
 * member's role or a delegation's scope. A collapsed footprint stays a labelled cluster holding one node that counts
 * what it hides; relations that end inside it are drawn to its border with {@code lhead} / {@code ltail}
 * ({@code compound=true}). Flow is bottom to top, as in the app's own diagrams.
 */
public final class DotExporter implements ModelExporter {

    /** Writes the whole model with everything shown, as UTF-8. */
    @Override
    public void exportModel(IcsModel model, OutputStream out) throws ExportException {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            export(model, w);
            w.flush();
        } catch (IOException e) {
            throw new ExportException("cannot write the DOT file: " + e.getMessage(), e);
        }
    }

    /** Writes the whole model with everything shown. */
    public void export(IcsModel model, Writer out) throws IOException {
        export(model, DiagramView.whole("dot-export", "DOT export"), out);
    }

    /** Where a relation's end is drawn: the node, and the cluster it is clipped to when the end is hidden in one. */
    private record End(String node, String cluster) {
    }

    public void export(IcsModel model, DiagramView view, Writer out) throws IOException {
        Map<ElementId, End> drawnAs = new HashMap<>();
        out.write("digraph ics {\n");
        // Bottom to top flips "b" and "t": labelloc=b puts each cluster's name at its top, as in the app.
        out.write("  graph [rankdir=BT, compound=true, newrank=true, fontname=\"Helvetica\", fontsize=13, labeljust=l, labelloc=b];\n");
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
            End from = drawnAs.get(r.source());
            End to = drawnAs.get(r.target());
            if (!view.shows(r) || from == null || to == null || from.node().equals(to.node())) {
                continue;
            }
            String clip = (from.cluster() == null ? "" : ", ltail=" + quote(from.cluster()))
                    + (to.cluster() == null ? "" : ", lhead=" + quote(to.cluster()));
            out.write("  " + quote(from.node()) + " -> " + quote(to.node()) + " [" + style(r.kind()) + label(r) + clip + "];\n");
        }
        out.write("}\n");
        out.flush();
    }

    private void footprint(IcsModel model, DiagramView view, ElementId id, Writer out, String indent,
                           Map<ElementId, End> drawnAs) throws IOException {
        Footprint f = model.footprint(id).orElseThrow();
        String cluster = "cluster_" + id.value();
        out.write(indent + "subgraph " + quote(cluster) + " {\n");
        out.write(indent + "  label=" + quote(f.name()) + ";\n");
        out.write(indent + "  " + clusterStyle(f.level()) + "\n");
        if (view.isCollapsed(id)) {
            String anchor = anchor(id);
            int hidden = 0;
            for (ElementId e : model.elementsWithin(id)) {
                if (view.shows(model.element(e).orElseThrow())) {
                    drawnAs.put(e, new End(anchor, cluster));
                    hidden++;
                }
            }
            out.write(indent + "  " + quote(anchor) + " [label=" + quote(hidden + (hidden == 1 ? " element" : " elements")
                    + " (collapsed)") + ", shape=note, style=dashed];\n");
            out.write(indent + "}\n");
            return;
        }
        boolean drewSomething = false;
        for (ElementId e : model.elementsIn(id)) {
            Element el = model.element(e).orElseThrow();
            if (view.shows(el)) {
                out.write(indent + "  " + quote(e.value()) + " [label=" + quote(el.name()) + shape(el.type()) + "];\n");
                drawnAs.put(e, new End(e.value(), null));
                drewSomething = true;
            }
        }
        for (ElementId c : model.childFootprints(id)) {
            footprint(model, view, c, out, indent + "  ", drawnAs);
            drewSomething = true;
        }
        if (!drewSomething) {
            // Graphviz leaves out an empty cluster: an invisible point keeps the footprint on the drawing.
            out.write(indent + "  " + quote(anchor(id)) + " [shape=point, style=invis, width=0.5];\n");
        }
        out.write(indent + "}\n");
    }

    /** A node name no element can have (element ids have no spaces). */
    private static String anchor(ElementId footprint) {
        return footprint.value() + " (footprint)";
    }

    private static String clusterStyle(FootprintLevel level) {
        return switch (level) {
            case REGION -> "style=\"rounded\"; penwidth=2.5; fontsize=18;";
            case SYSTEM -> "style=\"rounded,filled\"; fillcolor=\"#edf2f8\"; penwidth=2; fontsize=16;";
            case PLACE -> "style=\"rounded,filled\"; fillcolor=\"#fbfcfe\"; penwidth=1.5; fontsize=14;";
            case NEIGHBOURHOOD -> "style=\"rounded,dashed\"; penwidth=1; fontsize=12;";
        };
    }

    private static String shape(ElementType type) {
        return switch (type) {
            case BODY -> "";
            case ORGANISATION -> ", style=solid";
            case PERSON -> ", shape=oval";
        };
    }

    private static String style(RelationKind kind) {
        return switch (kind) {
            case MEMBER_OF -> "style=dashed, arrowhead=none";
            case REPORTS_TO -> "style=solid";
            case DELEGATES_TO -> "color=\"black:invis:black\", arrowhead=empty";
            case ADVISES -> "style=dotted, arrowhead=open";
            case REPRESENTS -> "penwidth=0.5, arrowhead=none";
        };
    }

    private static String label(Relation r) {
        String text = EdgeLayout.labelText(r);
        return text.isEmpty() ? "" : ", label=" + quote(text);
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
