package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.icsatlas.edit.ChangeViewCommand;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.GeneratedModels;
import org.icsatlas.edit.PinCommand;
import org.icsatlas.edit.RandomEdits;
import org.icsatlas.layout.LayoutMemo.Arrangement;
import org.icsatlas.layout.LayoutMemo.Size;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ChangeType;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.ModelChange;
import org.icsatlas.model.ModelListener;
import org.icsatlas.model.Position;
import org.icsatlas.model.RelationKind;

/**
 * The stability contract of {@link LayoutEngine#layout(IcsModel, DiagramView, DiagramLayout, Set, LayoutMonitor)},
 * checked edit by edit: a model is shown through its first view, as the main window does; each step applies one real
 * edit command (from {@link RandomEdits}, or a collapse, kind toggle or pin of the view shown), collects the touched
 * footprints the way the diagram canvas does (the model's {@link ModelChange#touchedFootprints()}, and for the view
 * {@link ViewChanges#touchedFootprints}), lays out again from the previous layout and compares the two:
 *
 * <ul>
 * <li>every expanded footprint that is neither changed nor an ancestor of a changed one has exactly the same children
 *     at exactly the same parent-relative boxes;</li>
 * <li>in the changed footprints' ancestors (not themselves changed) and in the top level: the elements stay put, the
 *     rows of child footprints keep their members and order, every child before the first one whose slot changed
 *     stays put, and later siblings in a row and later rows shift by exactly the growth of what precedes them;</li>
 * <li>collapsing a footprint keeps its slot in its parent (unless the parent changed too), so nothing outside the
 *     parent moves;</li>
 * <li>the new layout keeps every child inside its parent's content area, no two siblings overlap (unless both are
 *     pinned: the user may pin two boxes onto each other), and every pinned item sits at its pin.</li>
 * </ul>
 *
 * "Changed" is the touched footprints plus the parents of items whose pin the edit set or cleared: a pin moves its
 * item by definition, and unpinned siblings it lands on move down below it.
 */
final class EditStability {
    private static final double EPS = 1e-6;

    private final LayoutEngine engine;
    private final IcsModel model;
    private DiagramView view;
    private DiagramLayout layout;
    private final List<String> history = new ArrayList<>();

    private EditStability(LayoutEngine engine, IcsModel model) {
        this.engine = engine;
        this.model = model;
        this.view = shownView(model, null);
        this.layout = engine.layout(model, view);
    }

    /**
     * A model chosen by {@code seed}: half the time a small nested {@link RandomModels} model, a quarter a medium one
     * (each shown through a view with a few footprints collapsed), a quarter one grown by random edits
     * ({@link GeneratedModels}) with whatever views those made.
     */
    static EditStability start(LayoutEngine engine, long seed) {
        Random r = new Random(seed);
        IcsModel m;
        if (seed % 4 == 3) {
            List<Long> seeds = new ArrayList<>();
            for (int i = 10 + r.nextInt(50); i > 0; i--) {
                seeds.add(r.nextLong());
            }
            m = IcsModel.fromSnapshot(GeneratedModels.grow(seeds));
        } else {
            m = seed % 4 == 2 ? RandomModels.medium(seed) : RandomModels.model(seed);
        }
        if (m.views().isEmpty()) {
            DiagramView v = DiagramView.whole("v", "View");
            for (Footprint f : m.footprints()) {
                if (r.nextInt(6) == 0) {
                    v = v.withCollapsed(f.id(), true);
                }
            }
            if (r.nextInt(4) == 0) {
                v = v.withElementKindShown(BodyKind.COMMITTEE, false);
            }
            m.addView(v, -1);
        }
        return new EditStability(engine, m);
    }

    /** What the main window shows: the view shown so far if it still exists, else the model's first view. */
    private static DiagramView shownView(IcsModel m, ElementId shown) {
        if (shown != null && m.view(shown).isPresent()) {
            return m.view(shown).orElseThrow();
        }
        return m.views().isEmpty() ? DiagramView.whole("v-fallback", "Fallback") : m.views().get(0);
    }

    /** What the steps so far did, for failure messages. */
    String history() {
        return String.join("; ", history);
    }

    /**
     * Applies one edit chosen by {@code seed} (a refused edit is retried with another, a few times), lays out
     * incrementally and checks the result against the layout before the edit. Returns what kind of edit it was
     * (its command's class, "refused" when none was accepted).
     */
    String step(long seed) {
        Random r = new Random(seed);
        List<ModelChange> changes = new ArrayList<>();
        ModelListener listener = changes::addAll;
        DiagramView was = view;
        model.addListener(listener);
        String done = "nothing (every edit tried was refused)";
        String kind = "refused";
        try {
            for (int attempt = 0; attempt < 8; attempt++) {
                Command c = pick(r);
                try {
                    c.execute(model);
                    done = c.description();
                    kind = c.getClass().getSimpleName();
                    break;
                } catch (IllegalEditException refused) {
                    // The model is as it was; the changes it reported while rolling back stay, as on the canvas.
                }
            }
        } finally {
            model.removeListener(listener);
        }
        view = shownView(model, was.id());

        // What the canvas passes as touched (DiagramCanvas#modelChanged, and #viewChanged via ViewChanges).
        Set<ElementId> touched = new TreeSet<>();
        for (ModelChange c : changes) {
            if (c.type() != ChangeType.INFO_CHANGED && !c.type().name().startsWith("VIEW_")) {
                touched.addAll(c.touchedFootprints());
            }
        }
        touched.addAll(ViewChanges.touchedFootprints(model, was, view));
        Set<ElementId> changed = new TreeSet<>(touched);
        for (ElementId pinned : pinsChanged(was, view)) {
            model.parentOf(pinned).ifPresent(changed::add); // a top-level pin: the top level has pins, see hasPinnedChild
        }
        history.add(done + " touching " + touched + (changed.equals(touched) ? "" : " (pins in " + changed + ")"));

        DiagramLayout before = layout;
        DiagramLayout after = engine.layout(model, view, before, touched, LayoutMonitor.NONE);
        String what = "after " + history();
        assertNotNull(after.memo(), what);
        assertStable(before, after, was, view, changed, what);
        assertContainedAndApart(after, view, what);
        assertPinsKept(after, view, what);
        assertRoutesAsIfRoutedAfresh(after, engine.layout(model, view, before.withoutRouteCache(), touched, LayoutMonitor.NONE), what);
        layout = after;
        return kind;
    }

    /**
     * The routes a relayout took over from the layout before ({@link RouteCache}) are the routes it would have drawn
     * routing every line again: same relations, same ends, same points, same label spots.
     */
    static void assertRoutesAsIfRoutedAfresh(DiagramLayout cached, DiagramLayout fresh, String what) {
        assertEquals(fresh.edges().keySet(), cached.edges().keySet(), what);
        for (EdgeLayout f : fresh.edges().values()) {
            EdgeLayout c = cached.edges().get(f.relation());
            assertEquals(f.from(), c.from(), what);
            assertEquals(f.to(), c.to(), what);
            assertEquals(f.points().size(), c.points().size(), () -> "route of " + f.relation() + " " + what);
            for (int i = 0; i < f.points().size(); i++) {
                assertNear(f.points().get(i), c.points().get(i), "route of " + f.relation() + " " + what);
            }
            if (f.label() == null) {
                assertEquals(null, c.label(), what);
            } else {
                assertNear(f.label(), c.label(), "label of " + f.relation() + " " + what);
            }
        }
    }

    private static void assertNear(Point a, Point b, String what) {
        assertTrue(Math.abs(a.x() - b.x()) <= EPS && Math.abs(a.y() - b.y()) <= EPS, () -> b + " instead of " + a + ": " + what);
    }

    private Command pick(Random r) {
        int k = r.nextInt(10);
        if (k < 7 || model.footprints().isEmpty()) {
            return new RandomEdits(model, r.nextLong()).next();
        }
        List<ElementId> fps = model.footprints().stream().map(Footprint::id).toList();
        List<Element> els = model.elements();
        ElementId v = view.id();
        if (k == 7 || els.isEmpty()) {
            ElementId f = fps.get(r.nextInt(fps.size()));
            return ChangeViewCommand.collapse(v, f, !view.isCollapsed(f));
        }
        if (k == 8) {
            ElementKind kind = els.get(r.nextInt(els.size())).kind();
            return ChangeViewCommand.showElementKind(v, kind, !view.shows(kind));
        }
        if (r.nextBoolean()) {
            RelationKind kind = RelationKind.values()[r.nextInt(RelationKind.values().length)];
            return ChangeViewCommand.showRelationKind(v, kind, !view.shows(kind));
        }
        ElementId e = els.get(r.nextInt(els.size())).id();
        return r.nextInt(4) == 0 && view.pinned().containsKey(e) ? PinCommand.unpin(v, e)
                : PinCommand.pin(v, e, new Position(r.nextInt(400), r.nextInt(300)));
    }

    private static Set<ElementId> pinsChanged(DiagramView was, DiagramView now) {
        Set<ElementId> out = new TreeSet<>();
        Set<ElementId> ids = new HashSet<>(was.pinned().keySet());
        ids.addAll(now.pinned().keySet());
        for (ElementId id : ids) {
            if (!Objects.equals(was.pinned().get(id), now.pinned().get(id))) {
                out.add(id);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- the contract

    private void assertStable(DiagramLayout before, DiagramLayout after, DiagramView was, DiagramView now,
                              Set<ElementId> changed, String what) {
        Set<ElementId> chain = new HashSet<>();
        for (ElementId c : changed) {
            chain.add(c);
            if (model.containsId(c)) {
                chain.addAll(model.ancestors(c));
            }
        }
        Map<ElementId, Map<ElementId, Box>> childrenBefore = LayoutPropertiesTest.childrenByParent(before);
        Map<ElementId, Map<ElementId, Box>> childrenAfter = LayoutPropertiesTest.childrenByParent(after);

        for (FootprintLayout f : after.footprints().values()) {
            FootprintLayout old = before.footprints().get(f.id());
            if (chain.contains(f.id()) || old == null || old.collapsed() || f.collapsed()) {
                continue;
            }
            // An untouched footprint: all of its children, exactly where they were.
            assertEquals(childrenBefore.getOrDefault(f.id(), Map.of()), childrenAfter.getOrDefault(f.id(), Map.of()),
                    "children of untouched " + f.id() + " moved " + what);
        }

        List<ElementId> containers = new ArrayList<>();
        containers.add(null);
        for (ElementId c : chain) {
            if (!changed.contains(c)) {
                containers.add(c);
            }
        }
        for (ElementId k : containers) {
            if (k != null) {
                FootprintLayout a = after.footprints().get(k);
                FootprintLayout b = before.footprints().get(k);
                if (a == null || b == null || a.collapsed() || b.collapsed()) {
                    continue;
                }
            }
            boolean pinsHere = hasPinnedChild(was, k) || hasPinnedChild(now, k);
            assertAncestorShifts(before, after, k, pinsHere, what);
        }

        // Collapsing a footprint keeps its slot, so (unless its parent changed too) nothing outside the parent moves.
        for (FootprintLayout f : after.footprints().values()) {
            FootprintLayout old = before.footprints().get(f.id());
            ElementId k = f.parent();
            if (old == null || old.collapsed() || !f.collapsed() || !Objects.equals(old.parent(), k)
                    || k != null && changed.contains(k)) {
                continue;
            }
            Arrangement ab = k == null ? before.memo().top() : before.memo().footprints().get(k);
            Arrangement aa = k == null ? after.memo().top() : after.memo().footprints().get(k);
            assertEquals(ab.slots().get(f.id()), aa.slots().get(f.id()),
                    "collapsing " + f.id() + " changed its slot in " + (k == null ? "the top level" : k) + " " + what);
        }
    }

    private boolean hasPinnedChild(DiagramView v, ElementId container) {
        for (ElementId p : v.pinned().keySet()) {
            if (model.containsId(p) && Objects.equals(model.parentOf(p).orElse(null), container)) {
                return true;
            }
            if (container == null && Objects.equals(v.root(), p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An ancestor of a changed footprint (or the top level): its own elements stay put; its child footprints keep
     * their rows; before the first child whose slot changed nothing moves; after it, each sibling in the row shifts by
     * the growth of the siblings before it and each row by the growth of the rows above.
     */
    private static void assertAncestorShifts(DiagramLayout before, DiagramLayout after, ElementId k, boolean pins, String what) {
        String where = (k == null ? "the top level" : "ancestor " + k) + " " + what;
        if (k != null) {
            for (NodeLayout n : after.nodes().values()) {
                NodeLayout old = before.nodes().get(n.id());
                if (k.equals(n.parent()) && old != null && k.equals(old.parent())) {
                    assertEquals(old.box(), n.box(), "element " + n.id() + " of " + where + " moved");
                }
            }
        }
        Arrangement ab = k == null ? before.memo().top() : before.memo().footprints().get(k);
        Arrangement aa = k == null ? after.memo().top() : after.memo().footprints().get(k);
        assertNotNull(ab, where);
        assertNotNull(aa, where);
        Set<ElementId> common = new LinkedHashSet<>(ab.slots().keySet());
        common.retainAll(aa.slots().keySet());
        List<List<ElementId>> rowsBefore = restrict(ab.rows(), common);
        List<List<ElementId>> rowsAfter = restrict(aa.rows(), common);
        assertEquals(rowsBefore, rowsAfter, "rows of " + where + " were reordered");
        if (pins) {
            return; // pinned children are placed after the rows, and whatever they land on moves down
        }

        // Before the first child (row by row) whose slot changed or which left, nothing moves.
        boolean disturbed = false;
        for (List<ElementId> row : ab.rows()) {
            for (ElementId c : row) {
                Size now = aa.slots().get(c);
                if (now == null || !now.equals(ab.slots().get(c))) {
                    disturbed = true;
                    break;
                }
                assertEquals(box(before, c).x(), box(after, c).x(), 0.0, c + " before any change in " + where + " moved");
                assertEquals(box(before, c).y(), box(after, c).y(), 0.0, c + " before any change in " + where + " moved");
            }
            if (disturbed) {
                break;
            }
        }

        // After it, shifts by exactly the growth: along a row, and from row to row.
        Map<ElementId, int[]> at = indices(ab.rows());
        ElementId prevRowFirst = null;
        List<ElementId> prevRow = null;
        for (List<ElementId> row : aa.rows()) {
            ElementId prev = null;
            ElementId first = null;
            for (ElementId c : row) {
                if (!common.contains(c)) {
                    prev = null;
                    continue;
                }
                if (first == null) {
                    first = c;
                }
                if (prev != null && at.get(c)[0] == at.get(prev)[0] && at.get(c)[1] == at.get(prev)[1] + 1) {
                    double growth = aa.slots().get(prev).width() - ab.slots().get(prev).width();
                    assertEquals(dx(before, after, prev) + growth, dx(before, after, c), EPS,
                            c + " in " + where + " did not shift by the growth of " + prev);
                    assertEquals(dy(before, after, prev), dy(before, after, c), EPS, c + " left the row of " + prev + " in " + where);
                }
                prev = c;
            }
            if (first != null && prevRowFirst != null && at.get(first)[0] == at.get(prevRowFirst)[0] + 1) {
                double growth = rowHeight(prevRow, aa) - rowHeight(ab.rows().get(at.get(prevRowFirst)[0]), ab);
                assertEquals(dy(before, after, prevRowFirst) + growth, dy(before, after, first), EPS,
                        "the row of " + first + " in " + where + " did not shift by the growth of the row above");
            }
            prevRowFirst = first;
            prevRow = first == null ? null : row;
        }
    }

    private static List<List<ElementId>> restrict(List<List<ElementId>> rows, Set<ElementId> keep) {
        List<List<ElementId>> out = new ArrayList<>();
        for (List<ElementId> row : rows) {
            List<ElementId> r = row.stream().filter(keep::contains).toList();
            if (!r.isEmpty()) {
                out.add(r);
            }
        }
        return out;
    }

    private static Map<ElementId, int[]> indices(List<List<ElementId>> rows) {
        Map<ElementId, int[]> out = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < rows.get(i).size(); j++) {
                out.put(rows.get(i).get(j), new int[] {i, j});
            }
        }
        return out;
    }

    private static double rowHeight(List<ElementId> row, Arrangement a) {
        double h = 0;
        for (ElementId c : row) {
            h = Math.max(h, a.slots().get(c).height());
        }
        return h;
    }

    private static Box box(DiagramLayout l, ElementId footprint) {
        return l.footprints().get(footprint).box();
    }

    private static double dx(DiagramLayout before, DiagramLayout after, ElementId c) {
        return box(after, c).x() - box(before, c).x();
    }

    private static double dy(DiagramLayout before, DiagramLayout after, ElementId c) {
        return box(after, c).y() - box(before, c).y();
    }

    // ---------------------------------------------------------------- geometry of the new layout

    /** Every visible pinned item at its pin, or on the edge of its parent's content area for a pin in the padding or header. */
    private static void assertPinsKept(DiagramLayout l, DiagramView view, String what) {
        LayoutMetrics mt = l.metrics();
        for (Map.Entry<ElementId, Position> pin : view.pinned().entrySet()) {
            FootprintLayout f = l.footprints().get(pin.getKey());
            NodeLayout n = l.nodes().get(pin.getKey());
            if (f == null && n == null) {
                continue;
            }
            Box b = f != null ? f.box() : n.box();
            boolean top = f != null && f.parent() == null;
            double minX = top ? 0 : mt.footprintPadding();
            double minY = top ? 0 : mt.headerHeight() + mt.footprintPadding();
            assertEquals(Math.max(pin.getValue().x(), minX), b.x(), 0.0, "pinned " + pin.getKey() + " moved " + what);
            assertEquals(Math.max(pin.getValue().y(), minY), b.y(), 0.0, "pinned " + pin.getKey() + " moved " + what);
        }
    }

    /** Every child inside its parent's content area; no two siblings overlap unless both are pinned. */
    static void assertContainedAndApart(DiagramLayout l, DiagramView view, String what) {
        LayoutMetrics mt = l.metrics();
        Map<ElementId, Map<ElementId, Box>> byParent = LayoutPropertiesTest.childrenByParent(l);
        for (Map.Entry<ElementId, Map<ElementId, Box>> e : byParent.entrySet()) {
            if (e.getKey() != null) {
                FootprintLayout parent = l.footprints().get(e.getKey());
                assertTrue(!parent.collapsed(), "collapsed " + e.getKey() + " shows children " + what);
                Box content = new Box(mt.footprintPadding() - EPS, parent.headerHeight() + mt.footprintPadding() - EPS,
                        parent.box().width() - 2 * mt.footprintPadding() + 2 * EPS,
                        parent.box().height() - parent.headerHeight() - 2 * mt.footprintPadding() + 2 * EPS);
                for (Map.Entry<ElementId, Box> c : e.getValue().entrySet()) {
                    assertTrue(content.contains(c.getValue()), c.getKey() + " " + c.getValue() + " outside the content area "
                            + content + " of " + e.getKey() + " " + what);
                }
            }
            List<Map.Entry<ElementId, Box>> boxes = new ArrayList<>(e.getValue().entrySet());
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    Map.Entry<ElementId, Box> a = boxes.get(i);
                    Map.Entry<ElementId, Box> b = boxes.get(j);
                    if (view.pinned().containsKey(a.getKey()) && view.pinned().containsKey(b.getKey())) {
                        continue;
                    }
                    assertTrue(!a.getValue().intersects(b.getValue()), a + " overlaps " + b + " in " + e.getKey() + " " + what);
                }
            }
        }
    }
}
