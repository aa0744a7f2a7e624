package org.icsatlas.model;

import static org.icsatlas.model.ChangeEvents.touched;
import static org.icsatlas.model.EditChecks.insert;
import static org.icsatlas.model.EditChecks.requireIndex;
import static org.icsatlas.model.EditChecks.requireWithinLimits;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jgrapht.Graph;

/**
 * The single source of truth for one Integrated Care System: the footprint containment tree and the elements in it
 * ({@link ContainmentTree}), the relations between elements (a JGraphT directed multigraph over the element ids,
 * kept by {@link RelationIndex}) and the named views.
 *
 * <p>The mutators here are the primitive changes the {@code edit} commands are built from. Each one checks
 * everything first and throws {@link IllegalEditException} before touching anything, so a refused edit leaves
 * the model exactly as it was; each successful one tells the listeners ({@link ChangeEvents}). Use commands, not
 * these, for user edits.
 */
public final class IcsModel {
    private ModelInfo info;
    private final ContainmentTree tree = new ContainmentTree();
    private final RelationIndex relations = new RelationIndex();
    private final List<DiagramView> views = new ArrayList<>();
    private KindCatalogue kinds = KindCatalogue.BUILT_IN;
    private final ChangeEvents events = new ChangeEvents();
    private final ModelChecks checks = new ModelChecks(this, tree);
    private final TreeEdits treeEdits = new TreeEdits(tree, relations, events, checks);

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
        return Optional.ofNullable(tree.footprints.get(id));
    }

    public Optional<Element> element(ElementId id) {
        return Optional.ofNullable(tree.element(id));
    }

    public Optional<Relation> relation(ElementId id) {
        return Optional.ofNullable(relations.get(id));
    }

    public Optional<DiagramView> view(ElementId id) {
        return views.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    /** Whether any footprint, element, relation or view has this id. */
    public boolean containsId(ElementId id) {
        if (tree.footprints.containsKey(id) || tree.hasElement(id) || relations.contains(id)) {
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
        return tree.footprints.containsKey(id);
    }

    public boolean isElement(ElementId id) {
        return tree.hasElement(id);
    }

    /** The footprints with no parent, in order. */
    public List<ElementId> roots() {
        return Collections.unmodifiableList(tree.roots);
    }

    /** The footprints directly inside {@code footprint}, in order. */
    public List<ElementId> childFootprints(ElementId footprint) {
        return Collections.unmodifiableList(footprint == null ? List.of() : tree.children(footprint));
    }

    /** The elements directly inside {@code footprint}, in order. */
    public List<ElementId> elementsIn(ElementId footprint) {
        return Collections.unmodifiableList(tree.contents(footprint));
    }

    /** The footprint a footprint or element sits in; empty for a root footprint or an unknown id. */
    public Optional<ElementId> parentOf(ElementId id) {
        return Optional.ofNullable(tree.parent(id));
    }

    /** The footprints above {@code id}, nearest first. */
    public List<ElementId> ancestors(ElementId id) {
        return tree.ancestors(id);
    }

    /** Whether {@code footprint} is {@code id} itself or one of its ancestors. */
    public boolean isWithin(ElementId id, ElementId footprint) {
        return tree.isWithin(id, footprint);
    }

    /** All footprints, depth first in tree order. */
    public List<Footprint> footprints() {
        return new ArrayList<>(tree.order().footprints());
    }

    /** All elements, in tree order (each footprint's elements, footprints depth first). */
    public List<Element> elements() {
        return new ArrayList<>(tree.order().elements());
    }

    /**
     * The elements the model holds that the footprint tree does not: whose footprint is missing or does not list them.
     * Empty on any model built through these mutators; for the defensive rule that says so.
     */
    public List<ElementId> unplacedElements() {
        return tree.unplaced();
    }

    /** All relations, in model order. */
    public List<Relation> relations() {
        return new ArrayList<>(relations.ordered());
    }

    public List<DiagramView> views() {
        return List.copyOf(views);
    }

    public int footprintCount() {
        return tree.footprints.size();
    }

    public int elementCount() {
        return tree.elementCount();
    }

    public int relationCount() {
        return relations.size();
    }

    /**
     * The model's relation graph, read-only: the JGraphT directed multigraph that stores the relations, its vertices
     * the element ids (in the order they were added), its edges the relations. For graph algorithms; for a body's
     * relations in model order use {@link #outgoing} and {@link #incoming}.
     */
    public Graph<ElementId, Relation> graph() {
        return relations.graph();
    }

    /** The relations from {@code element}, in model order. */
    public Set<Relation> outgoing(ElementId element) {
        return relations.outgoing(element);
    }

    /** The relations to {@code element}, in model order. */
    public Set<Relation> incoming(ElementId element) {
        return relations.incoming(element);
    }

    /** Incoming and outgoing relations of an element. */
    public List<Relation> relationsOf(ElementId element) {
        return relations.of(element);
    }

    /**
     * Position of a footprint among its siblings, of an element in its footprint, or of a relation or view in model order;
     * -1 for an unknown id. A hash look-up for footprints, elements and relations (views are few and scanned).
     */
    public int indexOf(ElementId id) {
        int i = tree.indexOf(id);
        if (i >= 0 || tree.footprints.containsKey(id) || tree.hasElement(id)) {
            return i;
        }
        if (relations.contains(id)) {
            return relations.indexOf(id);
        }
        for (int v = 0; v < views.size(); v++) {
            if (views.get(v).id().equals(id)) {
                return v;
            }
        }
        return -1;
    }

    /** A plain-English name for any id, for messages: the element's or footprint's name, or the id itself. */
    public String describe(ElementId id) {
        Footprint f = tree.footprints.get(id);
        if (f != null) {
            return "'" + f.name() + "'";
        }
        Element e = tree.element(id);
        return e != null ? "'" + e.name() + "'" : "'" + id + "'";
    }

    /** The model's whole content as plain values in canonical order. */
    public ModelSnapshot snapshot() {
        return ModelSnapshot.of(this);
    }

    /** Builds a new model holding exactly the snapshot's content (no listeners). */
    public static IcsModel fromSnapshot(ModelSnapshot s) {
        return s.toModel();
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
        tree.copyInto(m.tree);
        for (Element e : tree.order().elements()) {
            m.relations.elementAdded(e.id());
        }
        for (Relation r : relations.ordered()) {
            m.relations.add(r, -1);
        }
        m.views.addAll(views);
        return m;
    }

    // ---------------------------------------------------------------- listeners and batches

    public void addListener(ModelListener l) {
        events.addListener(l);
    }

    public void removeListener(ModelListener l) {
        events.removeListener(l);
    }

    /**
     * Runs {@code body} as one batch: listeners hear of all its changes once, at the end. Batches nest.
     * If {@code body} throws, the changes it made so far are still reported (the caller undoes them).
     */
    public void batch(Runnable body) {
        events.batch(body);
    }

    // ---------------------------------------------------------------- primitive mutators

    public void setInfo(ModelInfo newInfo) {
        this.info = Objects.requireNonNull(newInfo);
        events.fire(ChangeType.INFO_CHANGED, null, Set.of());
    }

    /** Adds a footprint under {@code parent} (null: a root) at {@code index} (-1: at the end). */
    public void addFootprint(Footprint f, ElementId parent, int index) {
        treeEdits.addFootprint(f, parent, index);
    }

    /** Removes an empty footprint (no child footprints, no elements). */
    public void removeFootprint(ElementId id) {
        treeEdits.removeFootprint(id);
    }

    /** Replaces a footprint's name, level or note; the id must exist and the new level must still nest. */
    public void updateFootprint(Footprint f) {
        treeEdits.updateFootprint(f);
    }

    /** Adds an element to {@code footprint} at {@code index} (-1: at the end). */
    public void addElement(Element e, ElementId footprint, int index) {
        treeEdits.addElement(e, footprint, index);
    }

    /** Removes an element that takes part in no relation. */
    public void removeElement(ElementId id) {
        treeEdits.removeElement(id);
    }

    /** Replaces an element's name, kind, title, note or attributes; its relations must still fit a changed kind. */
    public void updateElement(Element e) {
        treeEdits.updateElement(e);
    }

    /**
     * Moves a footprint (to {@code newParent}, null for a root) or an element (to footprint {@code newParent})
     * to {@code index} among its new siblings (-1: at the end).
     */
    public void move(ElementId id, ElementId newParent, int index) {
        treeEdits.move(id, newParent, index);
    }


    /** Adds a relation at {@code index} in model order (-1: at the end). */
    public void addRelation(Relation r, int index) {
        checks.requireFreeId(r.id());
        checks.requireFits(r);
        requireIndex(index, relations.size());
        relations.add(r, index);
        if (!events.unheard()) {
            events.fire(ChangeType.RELATION_ADDED, r.id(), touched(tree.parent(r.source()), tree.parent(r.target())));
        }
    }

    public void removeRelation(ElementId id) {
        Relation r = relations.get(id);
        if (r == null) {
            throw new IllegalEditException("there is no relation with id '" + id + "'");
        }
        relations.remove(r);
        events.fire(ChangeType.RELATION_REMOVED, id, touched(tree.parent(r.source()), tree.parent(r.target())));
    }

    /** Replaces a relation (its kind, ends, role, vote, scope or note); it must still fit its ends. */
    public void updateRelation(Relation r) {
        Relation old = relations.get(r.id());
        if (old == null) {
            throw new IllegalEditException("there is no relation with id '" + r.id() + "'");
        }
        checks.requireFits(r);
        relations.replace(old, r);
        if (!old.equals(r)) {
            events.fire(ChangeType.RELATION_CHANGED, r.id(), touched(tree.parent(r.source()), tree.parent(r.target()),
                    tree.parent(old.source()), tree.parent(old.target())));
        }
    }

    public void addView(DiagramView v, int index) {
        checks.requireFreeId(v.id());
        requireWithinLimits(v);
        requireIndex(index, views.size());
        insert(views, index, v);
        events.fire(ChangeType.VIEW_ADDED, v.id(), Set.of());
    }

    public void removeView(ElementId id) {
        int i = indexOf(id);
        if (i < 0 || !views.get(i).id().equals(id)) {
            throw new IllegalEditException("there is no view with id '" + id + "'");
        }
        views.remove(i);
        events.fire(ChangeType.VIEW_REMOVED, id, Set.of());
    }

    public void updateView(DiagramView v) {
        requireWithinLimits(v);
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).id().equals(v.id())) {
                boolean changed = !views.get(i).equals(v);
                views.set(i, v);
                if (changed) {
                    events.fire(ChangeType.VIEW_CHANGED, v.id(), Set.of());
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
            for (Element e : tree.allElements()) {
                if (e.kind().equals(old)) {
                    tree.replaceElement(e.withKind(kind));
                    tree.changed();
                    rekinded.add(e.id());
                    touched.add(tree.parent(e.id()));
                }
            }
        }
        events.fire(ChangeType.KINDS_CHANGED, null, touched);
        for (ElementId id : rekinded) {
            events.fire(ChangeType.ELEMENT_CHANGED, id, touched(tree.parent(id)));
        }
    }

    /** Removes a declared kind that no element has. */
    public void removeDeclaredKind(String name) {
        DeclaredKind k = kinds.declared(name);
        if (k == null) {
            throw new IllegalEditException("no kind '" + name + "' is declared in this model");
        }
        long users = tree.allElements().stream().filter(e -> e.kind().equals(k)).count();
        if (users > 0) {
            throw new IllegalEditException("the kind '" + k.label() + "' is still the kind of " + users
                    + " element(s); change their kind first");
        }
        kinds = kinds.without(name);
        events.fire(ChangeType.KINDS_CHANGED, null, Set.of());
    }


    /** The ids of all elements in {@code footprint} and the footprints below it. */
    public Set<ElementId> elementsWithin(ElementId footprint) {
        Set<ElementId> out = new HashSet<>();
        tree.collectWithin(footprint, out);
        return out;
    }
}
