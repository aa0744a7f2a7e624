package org.icsatlas.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * The single source of truth for one Integrated Care System: the footprint containment tree, the elements
 * in it, the relations between elements (a JGraphT directed multigraph keyed by element id) and the named views.
 *
 * <p>The mutators here are the primitive changes the {@code edit} commands are built from. Each one checks
 * everything first and throws {@link IllegalEditException} before touching anything, so a refused edit leaves
 * the model exactly as it was; each successful one tells the listeners. Use commands, not these, for user edits.
 */
public final class IcsModel {
    private ModelInfo info;
    private final Map<ElementId, Footprint> footprints = new HashMap<>();
    private final Map<ElementId, Element> elements = new HashMap<>();
    /** Parent footprint of every footprint (absent for roots) and of every element. */
    private final Map<ElementId, ElementId> parents = new HashMap<>();
    /** Children and contents lists are {@link OrderedIds}, so positions are hash look-ups. */
    private final Map<ElementId, List<ElementId>> childFootprints = new HashMap<>();
    private final Map<ElementId, List<ElementId>> contents = new HashMap<>();
    private final List<ElementId> roots = new OrderedIds();
    private final Graph<ElementId, Relation> graph = relationGraph();
    private final Map<ElementId, Relation> relations = new HashMap<>();
    private final List<ElementId> relationOrder = new OrderedIds();
    private final List<DiagramView> views = new ArrayList<>();
    private KindCatalogue kinds = KindCatalogue.BUILT_IN;
    /** Footprints and elements in tree order; null when the tree has changed since it was last worked out. */
    private volatile TreeOrder treeOrder;

    private final List<ModelListener> listeners = new CopyOnWriteArrayList<>();
    private int batchDepth;
    private final List<ModelChange> pending = new ArrayList<>();

    /**
     * A directed multigraph without JGraphT's index of the edges between each pair of vertices: the model never
     * asks for the edges between two given elements, and at 200,000 elements that index cost a quarter of the time
     * and a fifth of the memory of reading a file.
     */
    private static Graph<ElementId, Relation> relationGraph() {
        return new AbstractBaseGraph<>(null, null, DefaultGraphType.directedMultigraph(), new DefaultGraphSpecificsStrategy<>()) {
            private static final long serialVersionUID = 1L;
        };
    }

    public IcsModel(ModelInfo info) {
        this.info = Objects.requireNonNull(info);
    }

    public IcsModel() {
        this(ModelInfo.titled(""));
    }

    // ---------------------------------------------------------------- queries

    public ModelInfo info() {
        return info;
    }

    /** The kinds this model knows: the built-in ones and those its file declares. */
    public KindCatalogue kinds() {
        return kinds;
    }

    public Optional<Footprint> footprint(ElementId id) {
        return Optional.ofNullable(footprints.get(id));
    }

    public Optional<Element> element(ElementId id) {
        return Optional.ofNullable(elements.get(id));
    }

    public Optional<Relation> relation(ElementId id) {
        return Optional.ofNullable(relations.get(id));
    }

    public Optional<DiagramView> view(ElementId id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Whether any footprint, element, relation or view has this id. */
    public boolean containsId(ElementId id) {
        if (footprints.containsKey(id) || elements.containsKey(id) || relations.containsKey(id)) {
            return true;
        }
        for (DiagramView v : views) {
            if (v.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    public boolean isFootprint(ElementId id) {
        return footprints.containsKey(id);
    }

    public boolean isElement(ElementId id) {
        return elements.containsKey(id);
    }

    /** The footprints with no parent, in order. */
    public List<ElementId> roots() {
        return Collections.unmodifiableList(roots);
    }

    /** The footprints directly inside {@code footprint}, in order. */
    public List<ElementId> childFootprints(ElementId footprint) {
        return Collections.unmodifiableList(childFootprints.getOrDefault(footprint, List.of()));
    }

    /** The elements directly inside {@code footprint}, in order. */
    public List<ElementId> elementsIn(ElementId footprint) {
        return Collections.unmodifiableList(contents.getOrDefault(footprint, List.of()));
    }

    /** The footprint a footprint or element sits in; empty for a root footprint or an unknown id. */
    public Optional<ElementId> parentOf(ElementId id) {
        return Optional.ofNullable(parents.get(id));
    }

    /** The footprints above {@code id}, nearest first. */
    public List<ElementId> ancestors(ElementId id) {
        List<ElementId> out = new ArrayList<>();
        for (ElementId p = parents.get(id); p != null; p = parents.get(p)) {
            out.add(p);
        }
        return out;
    }

    /** Whether {@code footprint} is {@code id} itself or one of its ancestors. */
    public boolean isWithin(ElementId id, ElementId footprint) {
        return id.equals(footprint) || ancestors(id).contains(footprint);
    }

    /** All footprints, depth first in tree order. */
    public List<Footprint> footprints() {
        return new ArrayList<>(treeOrder().footprints());
    }

    /**
     * Footprints and elements in tree order, worked out once after each change to the tree: every rule asks for them,
     * and at 200,000 elements walking the tree with a hash look-up per element cost more than most rules. Immutable,
     * so a reader on another thread sees either none or a complete one.
     */
    private TreeOrder treeOrder() {
        TreeOrder o = treeOrder;
        if (o == null) {
            List<Footprint> fs = new ArrayList<>(footprints.size());
            for (ElementId r : roots) {
                collectFootprints(r, fs);
            }
            List<Element> es = new ArrayList<>(elements.size());
            for (Footprint f : fs) {
                for (ElementId e : contents.getOrDefault(f.id(), List.of())) {
                    es.add(elements.get(e));
                }
            }
            o = new TreeOrder(List.copyOf(fs), List.copyOf(es));
            treeOrder = o;
        }
        return o;
    }

    private record TreeOrder(List<Footprint> footprints, List<Element> elements) {
    }

    /** Drops the tree order after any change to footprints or elements. */
    private void treeChanged() {
        treeOrder = null;
    }

    private void collectFootprints(ElementId id, List<Footprint> out) {
        out.add(footprints.get(id));
        for (ElementId c : childFootprints.getOrDefault(id, List.of())) {
            collectFootprints(c, out);
        }
    }

    /** All elements, in tree order (each footprint's elements, footprints depth first). */
    public List<Element> elements() {
        return new ArrayList<>(treeOrder().elements());
    }

    /** All relations, in model order. */
    public List<Relation> relations() {
        List<Relation> out = new ArrayList<>(relationOrder.size());
        for (ElementId id : relationOrder) {
            out.add(relations.get(id));
        }
        return out;
    }

    public List<DiagramView> views() {
        return List.copyOf(views);
    }

    public int footprintCount() {
        return footprints.size();
    }

    public int elementCount() {
        return elements.size();
    }

    public int relationCount() {
        return relations.size();
    }

    /** The relation graph, read-only: vertices are element ids, edges are relations. */
    public Graph<ElementId, Relation> graph() {
        return new AsUnmodifiableGraph<>(graph);
    }

    public Set<Relation> outgoing(ElementId element) {
        return graph.containsVertex(element) ? Collections.unmodifiableSet(graph.outgoingEdgesOf(element)) : Set.of();
    }

    public Set<Relation> incoming(ElementId element) {
        return graph.containsVertex(element) ? Collections.unmodifiableSet(graph.incomingEdgesOf(element)) : Set.of();
    }

    /** Outgoing and incoming relations of an element. */
    public List<Relation> relationsOf(ElementId element) {
        if (!graph.containsVertex(element)) {
            return List.of();
        }
        return List.copyOf(graph.edgesOf(element));
    }

    /**
     * Position of a footprint among its siblings, of an element in its footprint, or of a relation or view in model order;
     * -1 for an unknown id. A hash look-up for footprints, elements and relations (views are few and scanned).
     */
    public int indexOf(ElementId id) {
        if (footprints.containsKey(id)) {
            ElementId p = parents.get(id);
            return p == null ? roots.indexOf(id) : childFootprints.get(p).indexOf(id);
        }
        if (elements.containsKey(id)) {
            return contents.get(parents.get(id)).indexOf(id);
        }
        if (relations.containsKey(id)) {
            return relationOrder.indexOf(id);
        }
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** A plain-English name for any id, for messages: the element's or footprint's name, or the id itself. */
    public String describe(ElementId id) {
        if (footprints.containsKey(id)) {
            return "'" + footprints.get(id).name() + "'";
        }
        if (elements.containsKey(id)) {
            return "'" + elements.get(id).name() + "'";
        }
        return "'" + id + "'";
    }

    public ModelSnapshot snapshot() {
        List<ModelSnapshot.PlacedFootprint> fs = new ArrayList<>();
        for (Footprint f : footprints()) {
            fs.add(new ModelSnapshot.PlacedFootprint(f, parents.get(f.id())));
        }
        List<ModelSnapshot.PlacedElement> es = new ArrayList<>();
        for (Element e : elements()) {
            es.add(new ModelSnapshot.PlacedElement(e, parents.get(e.id())));
        }
        return new ModelSnapshot(info, fs, es, relations(), views, kinds.declared());
    }

    /** Builds a new model holding exactly the snapshot's content (no listeners). */
    public static IcsModel fromSnapshot(ModelSnapshot s) {
        IcsModel m = new IcsModel(s.info());
        for (DeclaredKind k : s.kinds()) {
            m.declareKind(k);
        }
        for (ModelSnapshot.PlacedFootprint f : s.footprints()) {
            m.addFootprint(f.footprint(), f.parent(), -1);
        }
        for (ModelSnapshot.PlacedElement e : s.elements()) {
            m.addElement(e.element(), e.footprint(), -1);
        }
        for (Relation r : s.relations()) {
            m.addRelation(r, -1);
        }
        for (DiagramView v : s.views()) {
            m.addView(v, -1);
        }
        return m;
    }

    /**
     * An independent copy with the same content and no listeners: the same model {@link #fromSnapshot} builds from
     * {@link #snapshot()}, built in the same canonical order, but without re-checking every addition (this model's
     * content is already valid) or announcing it. The diagram copies the model for each relayout on the FX thread,
     * where replaying 20,000 checked additions cost more than the relayout of one footprint at England scale.
     */
    public IcsModel copy() {
        IcsModel m = new IcsModel(info);
        m.kinds = kinds;
        List<Footprint> fs = footprints();
        for (Footprint f : fs) {
            ElementId parent = parents.get(f.id());
            m.footprints.put(f.id(), f);
            if (parent == null) {
                m.roots.add(f.id());
            } else {
                m.parents.put(f.id(), parent);
                m.childFootprints.computeIfAbsent(parent, k -> new OrderedIds()).add(f.id());
            }
        }
        for (Footprint f : fs) {
            for (ElementId id : contents.getOrDefault(f.id(), List.of())) {
                m.elements.put(id, elements.get(id));
                m.parents.put(id, f.id());
                m.contents.computeIfAbsent(f.id(), k -> new OrderedIds()).add(id);
                m.graph.addVertex(id);
            }
        }
        for (ElementId id : relationOrder) {
            Relation r = relations.get(id);
            m.relations.put(id, r);
            m.relationOrder.add(id);
            m.graph.addEdge(r.source(), r.target(), r);
        }
        m.views.addAll(views);
        return m;
    }

    // ---------------------------------------------------------------- listeners and batches

    public void addListener(ModelListener l) {
        listeners.add(l);
    }

    public void removeListener(ModelListener l) {
        listeners.remove(l);
    }

    /**
     * Runs {@code body} as one batch: listeners hear of all its changes once, at the end. Batches nest.
     * If {@code body} throws, the changes it made so far are still reported (the caller undoes them).
     */
    public void batch(Runnable body) {
        batchDepth++;
        try {
            body.run();
        } finally {
            batchDepth--;
            if (batchDepth == 0 && !pending.isEmpty()) {
                List<ModelChange> out = List.copyOf(pending);
                pending.clear();
                for (ModelListener l : listeners) {
                    l.modelChanged(out);
                }
            }
        }
    }

    /** Whether a change would reach no one: no listener, no batch collecting changes (as while a file is read). */
    private boolean unheard() {
        return batchDepth == 0 && listeners.isEmpty();
    }

    private void fire(ChangeType type, ElementId subject, Set<ElementId> touched) {
        ModelChange c = new ModelChange(type, subject, touched);
        if (batchDepth > 0) {
            pending.add(c);
            return;
        }
        List<ModelChange> out = List.of(c);
        for (ModelListener l : listeners) {
            l.modelChanged(out);
        }
    }

    private static Set<ElementId> touched(ElementId... ids) {
        Set<ElementId> s = new LinkedHashSet<>();
        for (ElementId id : ids) {
            if (id != null) {
                s.add(id);
            }
        }
        return s;
    }

    // ---------------------------------------------------------------- primitive mutators

    public void setInfo(ModelInfo newInfo) {
        this.info = Objects.requireNonNull(newInfo);
        fire(ChangeType.INFO_CHANGED, null, Set.of());
    }

    /** Adds a footprint under {@code parent} (null: a root) at {@code index} (-1: at the end). */
    public void addFootprint(Footprint f, ElementId parent, int index) {
        requireFreeId(f.id());
        if (parent != null) {
            Footprint p = requireFootprint(parent);
            requireNests(p, f);
        }
        List<ElementId> siblings = parent == null ? roots : childFootprints.computeIfAbsent(parent, k -> new OrderedIds());
        requireIndex(index, siblings.size());
        footprints.put(f.id(), f);
        if (parent != null) {
            parents.put(f.id(), parent);
        }
        insert(siblings, index, f.id());
        treeChanged();
        if (!unheard()) {
            fire(ChangeType.FOOTPRINT_ADDED, f.id(), touched(parent, f.id()));
        }
    }

    /** Removes an empty footprint (no child footprints, no elements). */
    public void removeFootprint(ElementId id) {
        Footprint f = requireFootprint(id);
        if (!childFootprints.getOrDefault(id, List.of()).isEmpty() || !contents.getOrDefault(id, List.of()).isEmpty()) {
            throw new IllegalEditException("'" + f.name() + "' still contains footprints or elements; remove them first");
        }
        ElementId parent = parents.remove(id);
        (parent == null ? roots : childFootprints.get(parent)).remove(id);
        footprints.remove(id);
        treeChanged();
        childFootprints.remove(id);
        contents.remove(id);
        fire(ChangeType.FOOTPRINT_REMOVED, id, touched(parent));
    }

    /** Replaces a footprint's name, level or note; the id must exist and the new level must still nest. */
    public void updateFootprint(Footprint f) {
        Footprint old = requireFootprint(f.id());
        ElementId parent = parents.get(f.id());
        if (parent != null) {
            requireNests(footprints.get(parent), f);
        }
        for (ElementId c : childFootprints.getOrDefault(f.id(), List.of())) {
            requireNests(f, footprints.get(c));
        }
        footprints.put(f.id(), f);
        treeChanged();
        if (!old.equals(f)) {
            fire(ChangeType.FOOTPRINT_CHANGED, f.id(), touched(parent, f.id()));
        }
    }

    /** Adds an element to {@code footprint} at {@code index} (-1: at the end). */
    public void addElement(Element e, ElementId footprint, int index) {
        requireFreeId(e.id());
        requireKnownKind(e);
        requireFootprint(footprint);
        List<ElementId> list = contents.computeIfAbsent(footprint, k -> new OrderedIds());
        requireIndex(index, list.size());
        elements.put(e.id(), e);
        parents.put(e.id(), footprint);
        insert(list, index, e.id());
        treeChanged();
        graph.addVertex(e.id());
        if (!unheard()) {
            fire(ChangeType.ELEMENT_ADDED, e.id(), touched(footprint));
        }
    }

    /** Removes an element that takes part in no relation. */
    public void removeElement(ElementId id) {
        Element e = requireElement(id);
        if (graph.degreeOf(id) > 0) {
            throw new IllegalEditException("'" + e.name() + "' still has " + graph.degreeOf(id) + " relation(s); remove them first");
        }
        ElementId footprint = parents.remove(id);
        contents.get(footprint).remove(id);
        elements.remove(id);
        treeChanged();
        graph.removeVertex(id);
        fire(ChangeType.ELEMENT_REMOVED, id, touched(footprint));
    }

    /** Replaces an element's name, kind, title, note or attributes; its relations must still fit a changed kind. */
    public void updateElement(Element e) {
        Element old = requireElement(e.id());
        requireKnownKind(e);
        if (old.type() != e.type()) {
            for (Relation r : graph.edgesOf(e.id())) {
                ElementType src = r.source().equals(e.id()) ? e.type() : elements.get(r.source()).type();
                ElementType tgt = r.target().equals(e.id()) ? e.type() : elements.get(r.target()).type();
                if (!r.kind().allowsSource(src) || !r.kind().allowsTarget(tgt)) {
                    throw new IllegalEditException("'" + old.name() + "' cannot become a " + e.kind().label().toLowerCase()
                            + ": its relation " + r.id() + " (" + r.kind().describeEnds() + ") would no longer fit");
                }
            }
        }
        elements.put(e.id(), e);
        treeChanged();
        if (!old.equals(e)) {
            fire(ChangeType.ELEMENT_CHANGED, e.id(), touched(parents.get(e.id())));
        }
    }

    /**
     * Moves a footprint (to {@code newParent}, null for a root) or an element (to footprint {@code newParent})
     * to {@code index} among its new siblings (-1: at the end).
     */
    public void move(ElementId id, ElementId newParent, int index) {
        ElementId oldParent = parents.get(id);
        if (footprints.containsKey(id)) {
            Footprint f = footprints.get(id);
            if (newParent != null) {
                Footprint p = requireFootprint(newParent);
                if (isWithin(newParent, id)) {
                    throw new IllegalEditException("cannot move '" + f.name() + "' inside itself");
                }
                requireNests(p, f);
            }
            List<ElementId> from = oldParent == null ? roots : childFootprints.get(oldParent);
            List<ElementId> to = newParent == null ? roots : childFootprints.computeIfAbsent(newParent, k -> new OrderedIds());
            requireIndex(index, to == from ? to.size() - 1 : to.size());
            from.remove(id);
            insert(to, index, id);
            treeChanged();
            if (newParent == null) {
                parents.remove(id);
            } else {
                parents.put(id, newParent);
            }
            fire(ChangeType.FOOTPRINT_MOVED, id, touched(oldParent, newParent, id));
        } else if (elements.containsKey(id)) {
            if (newParent == null) {
                throw new IllegalEditException("every element must sit in a footprint");
            }
            requireFootprint(newParent);
            List<ElementId> from = contents.get(oldParent);
            List<ElementId> to = contents.computeIfAbsent(newParent, k -> new OrderedIds());
            requireIndex(index, to == from ? to.size() - 1 : to.size());
            from.remove(id);
            insert(to, index, id);
            treeChanged();
            parents.put(id, newParent);
            fire(ChangeType.ELEMENT_MOVED, id, touched(oldParent, newParent));
        } else {
            throw new IllegalEditException("there is no footprint or element with id '" + id + "'");
        }
    }

    /** Adds a relation at {@code index} in model order (-1: at the end). */
    public void addRelation(Relation r, int index) {
        requireFreeId(r.id());
        requireFits(r);
        requireIndex(index, relationOrder.size());
        relations.put(r.id(), r);
        insert(relationOrder, index, r.id());
        graph.addEdge(r.source(), r.target(), r);
        if (!unheard()) {
            fire(ChangeType.RELATION_ADDED, r.id(), touched(parents.get(r.source()), parents.get(r.target())));
        }
    }

    public void removeRelation(ElementId id) {
        Relation r = relations.get(id);
        if (r == null) {
            throw new IllegalEditException("there is no relation with id '" + id + "'");
        }
        relations.remove(id);
        relationOrder.remove(id);
        graph.removeEdge(r);
        fire(ChangeType.RELATION_REMOVED, id, touched(parents.get(r.source()), parents.get(r.target())));
    }

    /** Replaces a relation (its kind, ends, role, vote, scope or note); it must still fit its ends. */
    public void updateRelation(Relation r) {
        Relation old = relations.get(r.id());
        if (old == null) {
            throw new IllegalEditException("there is no relation with id '" + r.id() + "'");
        }
        requireFits(r);
        graph.removeEdge(old);
        graph.addEdge(r.source(), r.target(), r);
        relations.put(r.id(), r);
        if (!old.equals(r)) {
            fire(ChangeType.RELATION_CHANGED, r.id(), touched(parents.get(r.source()), parents.get(r.target()),
                    parents.get(old.source()), parents.get(old.target())));
        }
    }

    public void addView(DiagramView v, int index) {
        requireFreeId(v.id());
        requireWithinLimits(v);
        requireIndex(index, views.size());
        insert(views, index, v);
        fire(ChangeType.VIEW_ADDED, v.id(), Set.of());
    }

    public void removeView(ElementId id) {
        int i = indexOf(id);
        if (i < 0 || !views.get(i).id().equals(id)) {
            throw new IllegalEditException("there is no view with id '" + id + "'");
        }
        views.remove(i);
        fire(ChangeType.VIEW_REMOVED, id, Set.of());
    }

    public void updateView(DiagramView v) {
        requireWithinLimits(v);
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).id().equals(v.id())) {
                boolean changed = !views.get(i).equals(v);
                views.set(i, v);
                if (changed) {
                    fire(ChangeType.VIEW_CHANGED, v.id(), Set.of());
                }
                return;
            }
        }
        throw new IllegalEditException("there is no view with id '" + v.id() + "'");
    }

    /**
     * Declares a kind, or redeclares the declared kind of the same name (a new label, base or colour): every element
     * of that kind takes the new declaration. A redeclaration cannot change the kind's type.
     */
    public void declareKind(DeclaredKind kind) {
        DeclaredKind old = kinds.declared(kind.name());
        if (old != null && old.type() != kind.type()) {
            throw new IllegalEditException("the kind '" + kind.name() + "' is a " + old.type().name().toLowerCase()
                    + " kind; it cannot become a " + kind.type().name().toLowerCase() + " kind");
        }
        if (old != null && old.equals(kind)) {
            return;
        }
        kinds = kinds.with(kind);
        Set<ElementId> touched = new LinkedHashSet<>();
        List<ElementId> rekinded = new ArrayList<>();
        if (old != null) {
            for (Element e : elements.values()) {
                if (e.kind().equals(old)) {
                    elements.put(e.id(), e.withKind(kind));
                    treeChanged();
                    rekinded.add(e.id());
                    touched.add(parents.get(e.id()));
                }
            }
        }
        fire(ChangeType.KINDS_CHANGED, null, touched);
        for (ElementId id : rekinded) {
            fire(ChangeType.ELEMENT_CHANGED, id, touched(parents.get(id)));
        }
    }

    /** Removes a declared kind that no element has. */
    public void removeDeclaredKind(String name) {
        DeclaredKind k = kinds.declared(name);
        if (k == null) {
            throw new IllegalEditException("no kind '" + name + "' is declared in this model");
        }
        long users = elements.values().stream().filter(e -> e.kind().equals(k)).count();
        if (users > 0) {
            throw new IllegalEditException("the kind '" + k.label() + "' is still the kind of " + users
                    + " element(s); change their kind first");
        }
        kinds = kinds.without(name);
        fire(ChangeType.KINDS_CHANGED, null, Set.of());
    }

    // ---------------------------------------------------------------- checks

    private void requireKnownKind(Element e) {
        if (!kinds.knows(e.kind())) {
            throw new IllegalEditException("the kind '" + e.kind().name() + "' of " + (e.name().isEmpty() ? e.id() : "'" + e.name() + "'")
                    + " is not declared in this model; declare it first");
        }
    }

    private void requireFreeId(ElementId id) {
        if (containsId(id)) {
            throw new IllegalEditException("the id '" + id + "' is already used by " + describe(id));
        }
    }

    private Footprint requireFootprint(ElementId id) {
        Footprint f = footprints.get(id);
        if (f == null) {
            throw new IllegalEditException(elements.containsKey(id)
                    ? describe(id) + " is not a footprint: only footprints contain things"
                    : "there is no footprint with id '" + id + "'");
        }
        return f;
    }

    private Element requireElement(ElementId id) {
        Element e = elements.get(id);
        if (e == null) {
            throw new IllegalEditException("there is no element with id '" + id + "'");
        }
        return e;
    }

    private static void requireNests(Footprint parent, Footprint child) {
        if (!parent.level().canContain(child.level())) {
            throw new IllegalEditException("a " + child.level().label().toLowerCase() + " ('" + child.name()
                    + "') cannot sit inside a " + parent.level().label().toLowerCase() + " ('" + parent.name() + "')");
        }
    }

    private void requireFits(Relation r) {
        if (r.source().equals(r.target())) {
            throw new IllegalEditException("a relation cannot go from " + describe(r.source()) + " to itself");
        }
        Element s = elements.get(r.source());
        Element t = elements.get(r.target());
        if (s == null) {
            throw new IllegalEditException("relation " + r.id() + " starts at '" + r.source() + "', which is not an element in this model");
        }
        if (t == null) {
            throw new IllegalEditException("relation " + r.id() + " ends at '" + r.target() + "', which is not an element in this model");
        }
        if (!r.kind().allowsSource(s.type()) || !r.kind().allowsTarget(t.type())) {
            throw new IllegalEditException("'" + s.name() + "' (" + s.type().name().toLowerCase() + ") cannot "
                    + verb(r.kind()) + " '" + t.name() + "' (" + t.type().name().toLowerCase() + "): "
                    + r.kind().describeEnds());
        }
    }

    /** What the relation's source does, as a verb phrase: "'A' cannot <em>represent</em> 'B'". */
    private static String verb(RelationKind kind) {
        return switch (kind) {
            case MEMBER_OF -> "be a member of";
            case REPORTS_TO -> "report to";
            case DELEGATES_TO -> "delegate to";
            case ADVISES -> "advise or scrutinise";
            case REPRESENTS -> "represent";
            default -> "have a '" + kind.label().toLowerCase() + "' relation to";
        };
    }

    /** The backstop for {@link ViewLimits}: whatever path a view comes by, its numbers are in range. */
    private static void requireWithinLimits(DiagramView v) {
        String why = ViewLimits.check(v);
        if (why != null) {
            throw new IllegalEditException(why);
        }
    }

    private static void requireIndex(int index, int size) {
        if (index < -1 || index > size) {
            throw new IllegalEditException("position " + index + " is outside 0.." + size);
        }
    }

    private static <T> void insert(List<T> list, int index, T item) {
        if (index < 0) {
            list.add(item);
        } else {
            list.add(index, item);
        }
    }

    /** The ids of all elements in {@code footprint} and the footprints below it. */
    public Set<ElementId> elementsWithin(ElementId footprint) {
        Set<ElementId> out = new HashSet<>();
        collectWithin(footprint, out);
        return out;
    }

    private void collectWithin(ElementId footprint, Set<ElementId> out) {
        out.addAll(contents.getOrDefault(footprint, List.of()));
        for (ElementId c : childFootprints.getOrDefault(footprint, List.of())) {
            collectWithin(c, out);
        }
    }
}
