package org.icsatlas.render.drawing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;
import org.icsatlas.render.style.StyleTable;

/**
 * Builds the one {@link Drawing} of a laid-out view: a group per footprint (nesting like the footprints), per element
 * and per relation, each with its model id, a class per kind, and the text a screen reader says. The looks come from
 * {@link ElementLook}, {@link RelationLook} and {@link FootprintLook}, the same the screen draws with. Inside a
 * footprint's group, its own frame comes first, then its child footprints, then the relations whose ends both lie
 * in it, then its elements, so lines run over tints and under boxes.
 */
public final class DiagramDrawer {
    /** Room kept around the boxes for what rides on their edges (badges, strokes, arrowheads). */
    public static final double BLEED = 8;
    /** Kind and status constants are few and drawn thousands of times: their class names are made once. */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

    private final StyleTable style;

    public DiagramDrawer(StyleTable style) {
        this.style = style;
    }

    /** The drawing of everything in {@code layout}. */
    public Drawing draw(IcsModel model, DiagramLayout layout) {
        return draw(model, layout, null);
    }

    /**
     * The drawing of the part of {@code layout} that {@code only} names (elements, and footprints drawn collapsed),
     * with the footprints around them and the relations between them; everything when {@code only} is null. The
     * drawing's origin is the top-left of what is drawn, less {@link #BLEED}.
     */
    public Drawing draw(IcsModel model, DiagramLayout layout, Set<ElementId> only) {
        Parts parts = new Parts(model, layout, only);
        ElementLook elementLook = new ElementLook(style, layout.metrics());
        RelationLook relationLook = new RelationLook(style, layout.metrics());
        FootprintLook footprintLook = new FootprintLook(style, layout.metrics());

        Map<ElementId, List<Group>> relationsIn = new HashMap<>();
        List<Group> topRelations = new ArrayList<>();
        for (EdgeLayout e : parts.edges) {
            Relation r = model.relation(e.relation()).orElseThrow();
            Group g = new Group(r.id().value(), "relation relation-" + slug(r.kind().name()) + statusClass(r.status()),
                    nameOf(model, r.source()) + " " + r.kind().label().toLowerCase(Locale.ROOT) + " " + nameOf(model, r.target())
                            + statusWords(r.status()),
                    EdgeLayout.labelText(r), null, relationLook.marks(r, e, null, 1), List.of());
            ElementId home = commonFootprint(layout, e.from(), e.to());
            (home == null ? topRelations : relationsIn.computeIfAbsent(home, k -> new ArrayList<>())).add(g);
        }
        Map<ElementId, List<Group>> elementsIn = new HashMap<>();
        for (NodeLayout n : parts.nodes) {
            Element el = model.element(n.id()).orElseThrow();
            Box box = layout.absolute(n.id()).orElseThrow();
            String where = model.footprint(n.parent()).map(Footprint::name).orElse("");
            Group g = new Group(el.id().value(), "element kind-" + slug(el.kind().name()) + statusClass(el.status()), el.name(),
                    el.kind().label() + (where.isEmpty() ? "" : ", " + where) + statusWords(el.status()), null,
                    elementLook.marks(el, box, layout.memberList(n.id()).orElse(null)), List.of());
            elementsIn.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(g);
        }
        Map<ElementId, List<Group>> childFootprints = new HashMap<>();
        List<ElementId> order = new ArrayList<>(parts.footprints.keySet());
        java.util.Collections.reverse(order);
        Map<ElementId, Group> built = new HashMap<>();
        for (ElementId id : order) {
            FootprintLayout fl = parts.footprints.get(id);
            Footprint f = model.footprint(id).orElseThrow();
            Box box = layout.absolute(id).orElseThrow();
            List<Mark> marks = new ArrayList<>();
            if (parts.framed.contains(id)) {
                marks.addAll(footprintLook.frame(f, fl, box));
                marks.addAll(footprintLook.text(f, fl, box));
            }
            List<Group> kids = new ArrayList<>(childFootprints.getOrDefault(id, List.of()));
            kids.addAll(relationsIn.getOrDefault(id, List.of()));
            kids.addAll(elementsIn.getOrDefault(id, List.of()));
            Group g = new Group(id.value(), "footprint footprint-" + slug(f.level().name())
                    + (fl.collapsed() ? " collapsed" : ""), f.name(), f.level().label()
                    + (fl.collapsed() ? ", collapsed" : ""), null, marks, kids);
            built.put(id, g);
            if (fl.parent() != null && parts.footprints.containsKey(fl.parent())) {
                childFootprints.computeIfAbsent(fl.parent(), k -> new ArrayList<>()).add(0, g);
            }
        }
        List<Group> tops = new ArrayList<>();
        for (ElementId id : parts.footprints.keySet()) {
            FootprintLayout fl = parts.footprints.get(id);
            if (fl.parent() == null || !parts.footprints.containsKey(fl.parent())) {
                tops.add(built.get(id));
            }
        }
        tops.addAll(topRelations);
        Box b = parts.bounds(layout);
        Group root = new Group("diagram", "diagram", model.info().title(), "", Transform.translate(BLEED - b.x(), BLEED - b.y()),
                List.of(), tops);
        return new Drawing(b.width() + 2 * BLEED, b.height() + 2 * BLEED, root);
    }

    /** The visible footprint that holds both boxes, the lowest one; null when only the top level does. */
    private static ElementId commonFootprint(DiagramLayout layout, ElementId a, ElementId b) {
        Set<ElementId> up = new LinkedHashSet<>();
        for (ElementId x = layout.parentOf(a); x != null; x = layout.parentOf(x)) {
            up.add(x);
        }
        for (ElementId x = layout.parentOf(b); x != null; x = layout.parentOf(x)) {
            if (up.contains(x)) {
                return x;
            }
        }
        return null;
    }

    private static String nameOf(IcsModel model, ElementId id) {
        return model.element(id).map(Element::name).or(() -> model.footprint(id).map(Footprint::name)).orElse(id.value());
    }

    /** The class a status adds to a group (" status-proposed"), nothing for current. */
    static String statusClass(Status status) {
        return status == Status.CURRENT ? "" : " status-" + slug(status.name());
    }

    /** What a screen reader adds for a status (", proposed"), nothing for current. */
    private static String statusWords(Status status) {
        return status == Status.CURRENT ? "" : ", " + status.label();
    }

    static String slug(String constant) {
        return SLUGS.computeIfAbsent(constant, c -> c.toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /**
     * The footprints, elements and relations to draw, in drawing order. When only some of the layout is drawn (a
     * place's page, a selection, a focus), a footprint that holds more than was chosen keeps its group, so the nesting
     * and the reading order stay, but not its frame: its whole box would fill the page around a small part of it.
     */
    private static final class Parts {
        final Map<ElementId, FootprintLayout> footprints = new LinkedHashMap<>();
        /** The footprints drawn with frame and title: all of them, or those wholly chosen. */
        final Set<ElementId> framed = new LinkedHashSet<>();
        final List<NodeLayout> nodes = new ArrayList<>();
        final List<EdgeLayout> edges = new ArrayList<>();

        Parts(IcsModel model, DiagramLayout layout, Set<ElementId> only) {
            Set<ElementId> boxes = new LinkedHashSet<>();
            for (NodeLayout n : layout.nodes().values()) {
                if ((only == null || only.contains(n.id())) && model.element(n.id()).isPresent()) {
                    nodes.add(n);
                    boxes.add(n.id());
                }
            }
            Set<ElementId> keep = new LinkedHashSet<>();
            for (FootprintLayout f : layout.footprints().values()) {
                if (model.footprint(f.id()).isEmpty()) {
                    continue;
                }
                if (only == null || only.contains(f.id()) && f.collapsed()) {
                    keep.add(f.id());
                    boxes.add(f.id());
                }
            }
            for (NodeLayout n : nodes) {
                for (ElementId p = n.parent(); p != null && layout.footprints().containsKey(p); p = layout.footprints().get(p).parent()) {
                    keep.add(p);
                }
            }
            for (ElementId f : Set.copyOf(keep)) {
                for (ElementId p = layout.footprints().get(f).parent(); p != null && layout.footprints().containsKey(p);
                     p = layout.footprints().get(p).parent()) {
                    keep.add(p);
                }
            }
            Set<ElementId> partial = new LinkedHashSet<>();
            if (only != null) {
                for (NodeLayout n : layout.nodes().values()) {
                    if (!boxes.contains(n.id())) {
                        ancestors(layout, n.parent(), partial);
                    }
                }
                for (FootprintLayout f : layout.footprints().values()) {
                    if (f.collapsed() && !boxes.contains(f.id())) {
                        ancestors(layout, f.parent(), partial);
                    }
                }
            }
            for (FootprintLayout f : layout.footprints().values()) {
                if (keep.contains(f.id())) {
                    footprints.put(f.id(), f);
                    if (!partial.contains(f.id())) {
                        framed.add(f.id());
                    }
                }
            }
            for (EdgeLayout e : layout.edges().values()) {
                if (e.points().size() >= 2 && boxes.contains(e.from()) && boxes.contains(e.to())
                        && model.relation(e.relation()).isPresent()) {
                    edges.add(e);
                }
            }
        }

        /** {@code start} and the footprints above it, into {@code out}. */
        private static void ancestors(DiagramLayout layout, ElementId start, Set<ElementId> out) {
            for (ElementId p = start; p != null && layout.footprints().containsKey(p) && out.add(p); ) {
                p = layout.footprints().get(p).parent();
            }
        }

        /** The box around everything drawn; a part of a layout is framed by its own boxes, not by the whole. */
        Box bounds(DiagramLayout layout) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            List<Box> all = new ArrayList<>();
            for (ElementId f : framed) {
                all.add(layout.absolute(f).orElseThrow());
            }
            for (NodeLayout n : nodes) {
                all.add(layout.absolute(n.id()).orElseThrow());
            }
            for (EdgeLayout e : edges) {
                for (Point p : e.points()) {
                    all.add(new Box(p.x(), p.y(), 0, 0));
                }
                layout.labelBox(e.relation()).ifPresent(all::add);
            }
            for (Box b : all) {
                minX = Math.min(minX, b.x());
                minY = Math.min(minY, b.y());
                maxX = Math.max(maxX, b.maxX());
                maxY = Math.max(maxY, b.maxY());
            }
            return all.isEmpty() ? new Box(0, 0, 0, 0) : new Box(minX, minY, maxX - minX, maxY - minY);
        }
    }
}
