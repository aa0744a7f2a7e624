package org.icsatlas.render.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * The accessible text version of a diagram, for a board paper's appendix and screen-reader users: each body the
 * picture shows, with its footprint, chair, members (with roles), what it reports to and what is delegated to it.
 * Only what the picture shows is listed: elements of the scope, relations of kinds the view shows, members and
 * bodies that are drawn. Markdown (a section per body) or CSV (a row per body, lists joined with "; ").
 */
public final class TextListing {
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]|])");

    /** One body's entry. */
    public record Entry(Element body, String footprint, List<String> chairs, List<String> members, List<String> reportsTo,
                        List<String> delegatedFrom) {
    }

    /** The entries for the bodies drawn in {@code layout} (limited to {@code only} when not null), in drawing order. */
    public List<Entry> entries(IcsModel model, DiagramView view, DiagramLayout layout, Set<ElementId> only) {
        List<Entry> out = new ArrayList<>();
        for (NodeLayout n : layout.nodes().values()) {
            Element e = model.element(n.id()).orElse(null);
            if (e == null || !e.isBody() || only != null && !only.contains(n.id())) {
                continue;
            }
            List<String> chairs = new ArrayList<>();
            List<String> members = new ArrayList<>();
            List<String> reports = new ArrayList<>();
            List<String> delegated = new ArrayList<>();
            for (Relation r : model.relationsOf(e.id())) {
                if (!view.shows(r.kind())) {
                    continue;
                }
                boolean incoming = r.target().equals(e.id());
                ElementId other = incoming ? r.source() : r.target();
                if (!drawn(layout, only, other)) {
                    continue;
                }
                String name = model.element(other).map(Element::name).orElse(other.value());
                if (r.kind() == RelationKind.MEMBER_OF && incoming) {
                    members.add(name + " (" + r.role().label() + ")");
                    if (r.role() == MemberRole.CHAIR) {
                        chairs.add(name);
                    }
                } else if (r.kind() == RelationKind.REPORTS_TO && !incoming) {
                    reports.add(name);
                } else if (r.kind() == RelationKind.DELEGATES_TO && incoming) {
                    delegated.add(r.scope().isBlank() ? name : name + " (" + r.scope().strip() + ")");
                }
            }
            String fp = model.footprint(n.parent()).map(Footprint::name).orElse("");
            out.add(new Entry(e, fp, chairs, members, reports, delegated));
        }
        return out;
    }

    private static boolean drawn(DiagramLayout layout, Set<ElementId> only, ElementId id) {
        return layout.nodes().containsKey(id) && (only == null || only.contains(id));
    }

    /** Writes the entries as Markdown under {@code title}. */
    public void markdown(String title, List<Entry> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("# " + md(title) + "\n\n");
        w.write(entries.size() + (entries.size() == 1 ? " body" : " bodies") + ", as drawn in the diagram.\n");
        for (Entry e : entries) {
            w.write("\n## " + md(e.body().name()) + "\n\n");
            w.write("- Kind: " + md(e.body().kind().label()) + "\n");
            w.write("- Footprint: " + md(e.footprint()) + "\n");
            w.write("- Chair: " + list(e.chairs()) + "\n");
            w.write("- Members: " + list(e.members()) + "\n");
            w.write("- Reports to: " + list(e.reportsTo()) + "\n");
            w.write("- Delegated to it by: " + list(e.delegatedFrom()) + "\n");
        }
        w.flush();
    }

    /** Writes the entries as CSV (RFC 4180, UTF-8 with a header row). */
    public void csv(List<Entry> entries, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                .setHeader("id", "body", "kind", "footprint", "chair", "members", "reports to", "delegated to it by").get());
        for (Entry e : entries) {
            p.printRecord(e.body().id().value(), e.body().name(), e.body().kind().label(), e.footprint(),
                    String.join("; ", e.chairs()), String.join("; ", e.members()), String.join("; ", e.reportsTo()),
                    String.join("; ", e.delegatedFrom()));
        }
        p.flush();
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "none shown";
        }
        List<String> escaped = new ArrayList<>();
        items.forEach(i -> escaped.add(md(i)));
        return String.join("; ", escaped);
    }

    /** Text safe in Markdown: its punctuation escaped, angle brackets and ampersands as entities. */
    static String md(String s) {
        String t = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replaceAll("\\R", " ");
        return MARKDOWN_SPECIAL.matcher(t).replaceAll("\\\\$1");
    }
}
