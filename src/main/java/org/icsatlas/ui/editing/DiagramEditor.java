package org.icsatlas.ui.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.icsatlas.edit.AddElementCommand;
import org.icsatlas.edit.AddFootprintCommand;
import org.icsatlas.edit.ChangeRelationKindCommand;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.CompositeCommand;
import org.icsatlas.edit.ConnectCommand;
import org.icsatlas.edit.DisconnectCommand;
import org.icsatlas.edit.IdGenerator;
import org.icsatlas.edit.MoveCommand;
import org.icsatlas.edit.PasteCommand;
import org.icsatlas.edit.PinCommand;
import org.icsatlas.edit.ReconnectCommand;
import org.icsatlas.edit.RemoveCommand;
import org.icsatlas.edit.RenameCommand;
import org.icsatlas.edit.SetDelegationScopeCommand;
import org.icsatlas.edit.SetMemberRoleCommand;
import org.icsatlas.edit.SetVotingCommand;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * The gestures of the diagram as edits: each method builds one {@link Command} (a {@link CompositeCommand} when a
 * gesture does several things) and hands it to the {@link Document}, so each gesture is exactly one undo step.
 * The canvas, the keyboard, the menus and the headless tests all call these same methods. Positions are relative
 * to the parent footprint's top-left corner, as pins are stored.
 */
public final class DiagramEditor {
    /** The roles a new membership can be given, in the order the chooser offers them. */
    public static final List<MemberRole> COMMON_ROLES = List.of(MemberRole.CHAIR, MemberRole.VICE_CHAIR,
            MemberRole.MEMBER, MemberRole.ATTENDEE, MemberRole.OBSERVER);

    private final Document document;

    public DiagramEditor(Document document) {
        this.document = Objects.requireNonNull(document, "document");
    }

    public Document document() {
        return document;
    }

    private IcsModel model() {
        return document.model();
    }

    private ElementId viewId() {
        return document.currentView().id();
    }

    // ---------------------------------------------------------------- create

    /** Adds an element of {@code kind} named {@code name} to {@code footprint}, pinned at {@code at} (null: laid out). */
    public Optional<ElementId> createElement(ElementKind kind, String name, ElementId footprint, Position at) {
        IdGenerator ids = document.ids();
        ElementId id = ids.forName(name);
        Element e = new Element(id, kind, name, "", "", new TreeMap<>());
        List<Command> steps = new ArrayList<>(List.of(new AddElementCommand(e, footprint)));
        if (at != null) {
            steps.add(PinCommand.pin(viewId(), id, at));
        }
        String what = "Add " + kind.label().toLowerCase() + " '" + name + "' to " + name(footprint);
        return done(document.execute(new CompositeCommand(what, steps)), id);
    }

    /** Adds a footprint of {@code level} under {@code parent}, pinned at {@code at} (null: laid out). */
    public Optional<ElementId> createFootprint(FootprintLevel level, String name, ElementId parent, Position at) {
        ElementId id = document.ids().forName(name);
        List<Command> steps = new ArrayList<>(List.of(new AddFootprintCommand(new Footprint(id, name, level, ""), parent)));
        if (at != null && parent != null) {
            steps.add(PinCommand.pin(viewId(), id, at));
        }
        String what = "Add " + level.label().toLowerCase() + " '" + name + "'" + (parent == null ? "" : " to " + name(parent));
        return done(document.execute(new CompositeCommand(what, steps)), id);
    }

    private static Optional<ElementId> done(Outcome o, ElementId id) {
        return o.done() ? Optional.of(id) : Optional.empty();
    }

    // ---------------------------------------------------------------- move

    /**
     * Drops {@code item} at {@code at} in {@code target}: within its own footprint a pin, into another footprint a
     * move there and a pin (one step). A drop the model refuses changes nothing and says why.
     */
    public Outcome move(ElementId item, ElementId target, Position at) {
        return moveAll(List.of(new Drop(item, target, at)));
    }

    /** One item's drop: where it goes and where in its new parent it is pinned. */
    public record Drop(ElementId item, ElementId target, Position at) {
    }

    /** Drops several items at once (a multi-selection dragged together) as one undo step. */
    public Outcome moveAll(List<Drop> drops) {
        List<Command> steps = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        ElementId into = null;
        for (Drop d : drops) {
            ElementId parent = model().parentOf(d.item()).orElse(null);
            if (!Objects.equals(parent, d.target())) {
                steps.add(new MoveCommand(d.item(), d.target()));
                into = d.target();
            }
            if (d.at() != null) {
                steps.add(PinCommand.pin(viewId(), d.item(), d.at()));
            }
            moved.add(model().describe(d.item()));
        }
        if (steps.isEmpty()) {
            return new Outcome(false, "nothing to move");
        }
        String what = (into != null ? "Move " : "Pin ") + (moved.size() == 1 ? moved.get(0) : moved.size() + " items")
                + (into != null ? " to " + name(into) : "");
        return document.execute(steps.size() == 1 ? steps.get(0) : new CompositeCommand(what, steps));
    }

    /** Pins every item at its position plus ({@code dx}, {@code dy}): the arrow keys. {@code positions} gives where each is now. */
    public Outcome nudge(Collection<ElementId> items, double dx, double dy, java.util.function.Function<ElementId, Optional<Position>> positions) {
        List<Drop> drops = new ArrayList<>();
        for (ElementId id : items) {
            Optional<ElementId> parent = model().parentOf(id);
            Optional<Position> now = positions.apply(id);
            if (parent.isPresent() && now.isPresent()) {
                drops.add(new Drop(id, parent.get(), new Position(now.get().x() + dx, now.get().y() + dy)));
            }
        }
        return drops.isEmpty() ? new Outcome(false, "select a box inside a footprint to move it") : moveAll(drops);
    }

    // ---------------------------------------------------------------- connect

    /** The relation kinds a line may have from {@code source} to {@code target}, in the model's order. */
    public List<RelationKind> legalKinds(ElementId source, ElementId target) {
        Optional<Element> s = model().element(source);
        Optional<Element> t = model().element(target);
        if (s.isEmpty() || t.isEmpty() || source.equals(target)) {
            return List.of();
        }
        ElementType st = s.get().type();
        ElementType tt = t.get().type();
        List<RelationKind> out = new ArrayList<>();
        for (RelationKind k : RelationKind.values()) {
            if (k.allowsSource(st) && k.allowsTarget(tt)) {
                out.add(k);
            }
        }
        return out;
    }

    /** Draws a relation; {@code role} and {@code voting} only for a membership (null role: member). */
    public Optional<ElementId> connect(ElementId source, RelationKind kind, ElementId target, MemberRole role, Boolean voting) {
        ElementId id = document.ids().forRelation(source, kind, target);
        Relation r = kind == RelationKind.MEMBER_OF
                ? new Relation(id, kind, source, target, role == null ? MemberRole.MEMBER : role, voting, null, "")
                : new Relation(id, kind, source, target, null, null, null, "");
        return done(document.execute(new ConnectCommand(r)), id);
    }

    /** Moves one end of a line to another element (dragging the end of a selected line). */
    public Outcome reconnect(ElementId relation, ReconnectCommand.End end, ElementId newEnd) {
        return document.execute(new ReconnectCommand(relation, end, newEnd));
    }

    public Outcome changeKind(ElementId relation, RelationKind kind) {
        return document.execute(new ChangeRelationKindCommand(relation, kind));
    }

    public Outcome setRole(ElementId membership, MemberRole role) {
        return document.execute(new SetMemberRoleCommand(membership, role));
    }

    public Outcome setVoting(ElementId membership, Boolean voting) {
        return document.execute(new SetVotingCommand(membership, voting));
    }

    public Outcome setScope(ElementId delegation, String scope) {
        return document.execute(new SetDelegationScopeCommand(delegation, scope));
    }

    // ---------------------------------------------------------------- rename, delete

    public Outcome rename(ElementId item, String newName) {
        return document.execute(new RenameCommand(item, newName));
    }

    /**
     * Removes {@code items} (footprints, elements, relations) and the relations of what goes, as one step. Items
     * inside a removed footprint, and lines at a removed element, go with it.
     */
    public Outcome delete(Collection<ElementId> items) {
        Set<ElementId> chosen = new LinkedHashSet<>(items);
        List<Command> relations = new ArrayList<>();
        List<Command> boxes = new ArrayList<>();
        for (ElementId id : chosen) {
            Optional<Relation> r = model().relation(id);
            if (r.isPresent()) {
                if (!chosen.contains(r.get().source()) && !chosen.contains(r.get().target())
                        && !insideChosen(r.get().source(), chosen) && !insideChosen(r.get().target(), chosen)) {
                    relations.add(new DisconnectCommand(id));
                }
            } else if ((model().isFootprint(id) || model().isElement(id)) && !insideChosen(id, chosen)) {
                boxes.add(new RemoveCommand(id));
            }
        }
        List<Command> steps = new ArrayList<>(relations);
        steps.addAll(boxes);
        if (steps.isEmpty()) {
            return new Outcome(false, "nothing selected to delete");
        }
        if (steps.size() == 1) {
            return document.execute(steps.get(0));
        }
        return document.execute(new CompositeCommand("Delete " + steps.size() + " items", steps));
    }

    private boolean insideChosen(ElementId id, Set<ElementId> chosen) {
        for (ElementId a : model().ancestors(id)) {
            if (chosen.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** Deletes the selection. */
    public Outcome deleteSelection() {
        return delete(document.selection().items());
    }

    // ---------------------------------------------------------------- clipboard

    /** The native JSON of the selection's footprints and elements and the relations among them, for the clipboard. */
    public Optional<String> copy(Collection<ElementId> items) {
        List<ElementId> boxes = items.stream().filter(id -> model().isFootprint(id) || model().isElement(id)).toList();
        if (boxes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ClipboardJson.write(org.icsatlas.edit.ModelFragment.of(model(), boxes)));
    }

    /**
     * Pastes clipboard JSON into {@code footprint} as one step and selects the copies. Text that is not a copied
     * part of a model is refused with the reader's reason.
     */
    public Outcome paste(String json, ElementId footprint) {
        IcsModel fragment;
        try {
            fragment = ClipboardJson.read(json);
        } catch (IllegalArgumentException e) {
            return new Outcome(false, e.getMessage());
        }
        PasteCommand paste = new PasteCommand(fragment, footprint);
        Outcome o = document.execute(paste);
        if (o.done()) {
            List<ElementId> copies = new ArrayList<>();
            for (ElementId original : fragmentBoxes(fragment)) {
                copies.add(paste.newIds().get(original));
            }
            document.selection().setAll(copies);
        }
        return o;
    }

    private static List<ElementId> fragmentBoxes(IcsModel fragment) {
        List<ElementId> out = new ArrayList<>();
        ElementId root = ElementId.of(org.icsatlas.edit.ModelFragment.ROOT_ID);
        for (ElementId f : fragment.childFootprints(root)) {
            out.add(f);
        }
        out.addAll(fragment.elementsIn(root));
        return out;
    }

    /** Copies and pastes the selection into the footprint of its first item: Ctrl+D. */
    public Outcome duplicate(Collection<ElementId> items) {
        Optional<String> json = copy(items);
        if (json.isEmpty()) {
            return new Outcome(false, "select boxes to duplicate");
        }
        ElementId first = items.stream().filter(id -> model().isFootprint(id) || model().isElement(id)).findFirst().orElseThrow();
        ElementId into = model().parentOf(first).orElse(null);
        if (into == null) {
            return new Outcome(false, "a top-level footprint cannot be duplicated");
        }
        return paste(json.get(), into);
    }

    // ---------------------------------------------------------------- naming

    /** A name for a new item of a kind that is not used in the model yet: "New board", "New board 2"… */
    public String freshName(String label) {
        String base = "New " + label.toLowerCase();
        Set<String> used = new java.util.HashSet<>();
        model().elements().forEach(e -> used.add(e.name()));
        model().footprints().forEach(f -> used.add(f.name()));
        String name = base;
        for (int i = 2; used.contains(name); i++) {
            name = base + " " + i;
        }
        return name;
    }

    private String name(ElementId id) {
        return model().footprint(id).map(Footprint::name).or(() -> model().element(id).map(Element::name)).orElse(id.value());
    }
}
