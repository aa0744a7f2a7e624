package org.icsatlas.render.drawing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.Point;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.icsatlas.render.style.StatusStyle;
import org.icsatlas.render.style.StyleTable;

/**
 * The key of a page: a swatch and a name for just the element kinds and relation kinds drawn on it, grouped as
 * bodies, organisations, people and relations, in columns no taller than asked. Swatches are drawn with the same
 * looks as the diagram, so the key shows the shape, outline and line style that the page does. When anything drawn
 * has a status other than current, a "Status" group shows each such status's mark (dash or grey) and tag.
 */
public final class LegendLook {
    public static final double ENTRY_SIZE = 7.5;
    public static final double HEADING_SIZE = 8.5;
    private static final double ROW = 13;
    private static final double SWATCH_W = 30;
    private static final double SWATCH_H = 10;
    private static final double GAP = 6;
    private static final double COLUMN_GAP = 12;

    private final StyleTable style;

    public LegendLook(StyleTable style) {
        this.style = style;
    }

    /** The kinds present in a drawing, read from the classes of its groups. */
    public static Kinds kindsIn(Drawing drawing, Collection<ElementKind> elementKinds, Collection<RelationKind> relationKinds) {
        Map<String, ElementKind> elementClasses = new HashMap<>();
        for (ElementKind k : elementKinds) {
            elementClasses.putIfAbsent("element kind-" + DiagramDrawer.slug(k.name()), k);
        }
        Map<String, RelationKind> relationClasses = new HashMap<>();
        for (RelationKind k : relationKinds) {
            relationClasses.putIfAbsent("relation relation-" + DiagramDrawer.slug(k.name()), k);
        }
        Map<String, Status> statusClasses = new HashMap<>();
        for (Status s : Status.values()) {
            if (s != Status.CURRENT) {
                statusClasses.put(DiagramDrawer.statusClass(s).trim(), s);
            }
        }
        Set<ElementKind> es = new LinkedHashSet<>();
        Set<RelationKind> rs = new LinkedHashSet<>();
        Set<Status> ss = new LinkedHashSet<>();
        collect(drawing.root(), elementClasses, relationClasses, statusClasses, es, rs, ss);
        List<Status> statuses = new ArrayList<>(ss);
        statuses.sort(Comparator.naturalOrder());
        return new Kinds(new ArrayList<>(es), new ArrayList<>(rs), statuses);
    }

    /** Reads each group's classes once: its status classes aside, what is left names its kind. */
    private static void collect(Group g, Map<String, ElementKind> ek, Map<String, RelationKind> rk, Map<String, Status> sk,
                                Set<ElementKind> es, Set<RelationKind> rs, Set<Status> ss) {
        String kind = g.kind();
        String plain = kind;
        if (kind.contains(" status-")) {
            StringBuilder rest = new StringBuilder(kind.length());
            for (String token : kind.split(" ")) {
                Status s = sk.get(token);
                if (s != null) {
                    ss.add(s);
                } else if (!token.startsWith("status-") || rest.isEmpty()) {
                    rest.append(rest.isEmpty() ? "" : " ").append(token);
                }
            }
            plain = rest.toString();
        }
        ElementKind e = ek.get(plain);
        if (e != null) {
            es.add(e);
        } else {
            RelationKind r = rk.get(plain);
            if (r != null) {
                rs.add(r);
            }
        }
        for (Group c : g.children()) {
            collect(c, ek, rk, sk, es, rs, ss);
        }
    }

    /** The element and relation kinds a legend shows, and the statuses (other than current) it explains. */
    public record Kinds(List<ElementKind> elements, List<RelationKind> relations, List<Status> statuses) {
        public Kinds {
            elements = List.copyOf(elements);
            relations = List.copyOf(relations);
            statuses = List.copyOf(statuses);
        }

        /** Kinds without statuses (the form before statuses were drawn). */
        public Kinds(List<ElementKind> elements, List<RelationKind> relations) {
            this(elements, relations, List.of());
        }

        public boolean isEmpty() {
            return elements.isEmpty() && relations.isEmpty() && statuses.isEmpty();
        }
    }

    /** How the key names a status's mark ("Proposed (dashed)"). */
    public static String statusEntry(Status status) {
        return switch (status) {
            case CURRENT -> "Current";
            case PROPOSED -> "Proposed (dashed)";
            case SHADOW -> "Shadow / designate (dotted)";
            case ABOLISHED -> "Abolished (greyed)";
        };
    }

    /** The swatch of a status: a plain box in {@code at} with the status's outline dash or grey, and its tag. */
    public List<Mark> statusSwatch(Status status, Box at) {
        StatusStyle st = style.status(status);
        String ink = st.greyed() ? StyleTable.grey("#9aa5b1") : style.paper().ink();
        String fill = st.greyed() ? "#e4e7eb" : style.paper().paper();
        return List.of(new Mark.Paint("outline", new Figure.Rect(at.x() + 1, at.y() + 1, at.width() - 2, at.height() - 2, 3),
                fill, 1, new Stroke(ink, 2, st.dash(), st.dash().isEmpty())));
    }

    /** A laid-out legend: its group (origin at its top-left, page units) and its size. */
    public record Placed(Group group, double width, double height) {
    }

    /** The legend of {@code kinds} in columns at most {@code maxHeight} tall. */
    public Placed legend(Kinds kinds, double maxHeight) {
        List<Row> rows = new ArrayList<>();
        for (ElementType type : ElementType.values()) {
            List<ElementKind> ofType = new ArrayList<>(kinds.elements().stream().filter(k -> k.type() == type).toList());
            if (ofType.isEmpty()) {
                continue;
            }
            ofType.sort(Comparator.comparing(ElementKind::label));
            rows.add(new Row(switch (type) {
                case BODY -> "Bodies";
                case ORGANISATION -> "Organisations";
                case PERSON -> "People";
            }, null, null));
            ofType.forEach(k -> rows.add(new Row(k.label(), k, null)));
        }
        if (!kinds.relations().isEmpty()) {
            rows.add(new Row("Relations", null, null));
            kinds.relations().forEach(k -> rows.add(new Row(k.label(), null, k)));
        }
        if (!kinds.statuses().isEmpty()) {
            rows.add(new Row("Status", null, null));
            kinds.statuses().forEach(s -> rows.add(new Row(statusEntry(s), null, null, s)));
        }
        int perColumn = Math.max(2, (int) Math.floor((maxHeight - ROW) / ROW));
        List<Mark> marks = new ArrayList<>();
        List<Group> swatches = new ArrayList<>();
        String ink = style.paper().ink();
        marks.add(TextRuns.line("legend-title", "Key", 0, ROW / 2, FontFace.BOLD, HEADING_SIZE + 1, ink));
        double x = 0;
        double width = 0;
        double height = ROW;
        double columnWidth = 0;
        int row = 0;
        for (Row r : rows) {
            boolean heading = r.element == null && r.relation == null && r.status == null;
            // a heading never ends a column: it goes to the next one with its first entry
            if (row == perColumn || heading && row == perColumn - 1 && row > 0) {
                x += columnWidth + COLUMN_GAP;
                columnWidth = 0;
                row = 0;
            }
            double y = ROW + row * ROW;
            double cy = y + ROW / 2;
            double w;
            if (heading) {
                Mark.Text t = TextRuns.line("legend-heading", r.text, x, cy, FontFace.BOLD, HEADING_SIZE, ink);
                marks.add(t);
                w = t.width();
            } else {
                // drawn in diagram units at twice the size, then halved: lines as heavy as the diagram's at 50 %
                Box swatch = new Box(0, 0, 2 * SWATCH_W, 2 * SWATCH_H);
                List<Mark> look = r.element != null
                        ? List.of(new ElementLook(style, LayoutMetrics.DEFAULT).outline(r.element, swatch))
                        : r.relation != null ? relationSwatch(r.relation, swatch) : statusSwatch(r.status, swatch);
                swatches.add(new Group("legend-" + (r.element != null ? DiagramDrawer.slug(r.element.name())
                        : r.relation != null ? DiagramDrawer.slug(r.relation.name())
                        : "status-" + DiagramDrawer.slug(r.status.name())), "legend-swatch", r.text, "", new Transform(0.5, x,
                        cy - SWATCH_H / 2), look, List.of()));
                Mark.Text t = TextRuns.line("legend-entry", r.text, x + SWATCH_W + GAP, cy, FontFace.REGULAR, ENTRY_SIZE, ink);
                marks.add(t);
                w = SWATCH_W + GAP + t.width();
            }
            columnWidth = Math.max(columnWidth, w);
            width = Math.max(width, x + columnWidth);
            height = Math.max(height, y + ROW);
            row++;
        }
        Group g = new Group("legend", "legend", "Key", "The kinds of body, organisation and relation on this page",
                null, marks, swatches);
        return new Placed(g, width, height);
    }

    private List<Mark> relationSwatch(RelationKind k, Box at) {
        ElementId a = ElementId.of("legend-a");
        ElementId b = ElementId.of("legend-b");
        Relation sample = k == RelationKind.MEMBER_OF
                ? new Relation(ElementId.of("legend"), k, a, b, MemberRole.MEMBER, null, null, "")
                : new Relation(ElementId.of("legend"), k, a, b, null, null, null, "");
        EdgeLayout route = new EdgeLayout(sample.id(), a, b,
                List.of(new Point(at.x(), at.centreY()), new Point(at.maxX(), at.centreY())), null);
        return new RelationLook(style, LayoutMetrics.DEFAULT).marks(sample, route, null, 1);
    }

    private record Row(String text, ElementKind element, RelationKind relation, Status status) {
        Row(String text, ElementKind element, RelationKind relation) {
            this(text, element, relation, null);
        }
    }
}
