package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * What a view shows of a model: the visible footprints (expanded or collapsed), the visible elements, and each
 * visible relation with the boxes it is drawn between (an end hidden by a collapsed footprint re-attaches to it).
 * Hidden kinds and everything outside the view's root are left out entirely, so they cannot influence placement.
 * When the view lists members inside their bodies, memberships are no edges at all: each visible body carries its
 * {@link MemberList} instead, and a footprint the view's filters emptied is left out.
 */
final class VisibleDiagram {
    /** One relation to draw, between two distinct visible boxes. */
    record Edge(Relation relation, ElementId from, ElementId to) {
    }

    final List<ElementId> tops = new ArrayList<>();
    /** Visible footprints, parents before children. */
    final List<ElementId> footprints = new ArrayList<>();
    final Map<ElementId, Footprint> footprintValues = new HashMap<>();
    final Map<ElementId, Element> elementValues = new HashMap<>();
    final Set<ElementId> collapsed = new HashSet<>();
    /** The visible footprint each visible footprint or element sits in; absent for the tops. */
    final Map<ElementId, ElementId> parent = new HashMap<>();
    final Map<ElementId, List<ElementId>> elementChildren = new HashMap<>();
    final Map<ElementId, List<ElementId>> footprintChildren = new HashMap<>();
    final Map<ElementId, Integer> hiddenRelationCounts = new HashMap<>();
    final List<Edge> edges = new ArrayList<>();
    /** The member list of each visible body that lists someone, when the view draws memberships as a list. */
    final Map<ElementId, MemberList> memberLists = new HashMap<>();

    /** For every element under the tops: the visible box it is drawn as (itself or a collapsed footprint). */
    private final Map<ElementId, ElementId> drawnAs = new HashMap<>();
    /** For every element hidden inside a collapsed footprint: that footprint. */
    private final Map<ElementId, ElementId> hiddenIn = new HashMap<>();

    static VisibleDiagram of(IcsModel model, DiagramView view) {
        VisibleDiagram d = new VisibleDiagram();
        if (view.root() == null) {
            d.tops.addAll(model.roots());
        } else if (model.isFootprint(view.root())) {
            d.tops.add(view.root());
        }
        for (ElementId top : d.tops) {
            d.visit(model, view, top, null, null);
        }
        d.collectEdges(model, view);
        return d;
    }

    private void visit(IcsModel model, DiagramView view, ElementId fp, ElementId visibleParent, ElementId collapsedAncestor) {
        if (collapsedAncestor == null) {
            footprints.add(fp);
            footprintValues.put(fp, model.footprint(fp).orElseThrow());
            if (visibleParent != null) {
                parent.put(fp, visibleParent);
            }
        }
        ElementId hider = collapsedAncestor;
        if (hider == null && view.isCollapsed(fp)) {
            collapsed.add(fp);
            hider = fp;
        }
        List<ElementId> els = new ArrayList<>();
        for (ElementId e : model.elementsIn(fp)) {
            Element el = model.element(e).orElseThrow();
            if (hider != null) {
                hiddenIn.put(e, hider);
                if (view.shows(el)) {
                    drawnAs.put(e, hider);
                }
            } else if (view.shows(el)) {
                els.add(e);
                elementValues.put(e, el);
                parent.put(e, fp);
                drawnAs.put(e, e);
                if (view.membersAsList() && el.isBody()) {
                    MemberList list = MemberList.of(model, view, e);
                    if (!list.isEmpty()) {
                        memberLists.put(e, list);
                    }
                }
            }
        }
        List<ElementId> fps = new ArrayList<>();
        for (ElementId c : model.childFootprints(fp)) {
            if (view.membersAsList() && emptiedByFilters(model, view, c)) {
                continue;
            }
            if (hider == null) {
                fps.add(c);
            }
            visit(model, view, c, fp, hider);
        }
        if (hider == null) {
            elementChildren.put(fp, els);
            footprintChildren.put(fp, fps);
        }
    }

    /**
     * Whether {@code view}'s filters hide every element in {@code fp} and the footprints under it, of which there is at
     * least one. A view that lists members is a board paper: a footprint its filters emptied (neighbourhoods once
     * primary care networks are hidden) says nothing there and is left out, collapsed or not, instead of taking room
     * for an empty frame. A footprint with nothing in it yet stays, so that it can be filled.
     */
    private static boolean emptiedByFilters(IcsModel model, DiagramView view, ElementId fp) {
        int[] heldAndShown = new int[2];
        count(model, view, fp, heldAndShown);
        return heldAndShown[0] > 0 && heldAndShown[1] == 0;
    }

    private static void count(IcsModel model, DiagramView view, ElementId fp, int[] heldAndShown) {
        for (ElementId e : model.elementsIn(fp)) {
            heldAndShown[0]++;
            if (view.shows(model.element(e).orElseThrow())) {
                heldAndShown[1]++;
                return;
            }
        }
        for (ElementId c : model.childFootprints(fp)) {
            count(model, view, c, heldAndShown);
            if (heldAndShown[1] > 0) {
                return;
            }
        }
    }

    private void collectEdges(IcsModel model, DiagramView view) {
        for (Relation r : model.relations()) {
            if (!view.shows(r) || view.membersAsList() && r.kind() == RelationKind.MEMBER_OF) {
                // a listed membership is text in its body's box, not a line (nor a hidden line of a collapsed footprint)
                continue;
            }
            ElementId hs = hiddenIn.get(r.source());
            ElementId ht = hiddenIn.get(r.target());
            if (hs != null) {
                hiddenRelationCounts.merge(hs, 1, Integer::sum);
            }
            if (ht != null && !ht.equals(hs)) {
                hiddenRelationCounts.merge(ht, 1, Integer::sum);
            }
            ElementId from = drawnAs.get(r.source());
            ElementId to = drawnAs.get(r.target());
            if (from != null && to != null && !from.equals(to)) {
                edges.add(new Edge(r, from, to));
            }
        }
    }

    boolean isFootprint(ElementId id) {
        return footprintValues.containsKey(id);
    }

    /** The visible footprints in bottom-up order (children before parents). */
    List<ElementId> bottomUp() {
        List<ElementId> out = new ArrayList<>(footprints);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The edges grouped by the footprint both their ends sit in directly; others under the null key. */
    Map<ElementId, List<Edge>> edgesBySharedParent() {
        Map<ElementId, List<Edge>> out = new LinkedHashMap<>();
        for (Edge e : edges) {
            ElementId pf = parent.get(e.from());
            ElementId shared = pf != null && pf.equals(parent.get(e.to())) ? pf : null;
            out.computeIfAbsent(shared, k -> new ArrayList<>()).add(e);
        }
        return out;
    }
}
