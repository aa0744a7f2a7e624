package org.icsatlas.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.Relation;

/**
 * Brings a model's content (footprints, elements, relations; not its views) to that of an imported model, as one
 * undo step built from the ordinary commands: add, move, rename, change kind or level, set note, title, attribute,
 * role, vote or scope, re-point, connect, disconnect and remove. Undo puts everything back as it was.
 */
public final class ImportCommand implements Command {
    private final String what;
    private final ModelSnapshot target;
    private CompositeCommand steps;
    private String description;

    /** {@code what} names the import for the Edit menu ("register frimley"); {@code target} is the model as it should become. */
    public ImportCommand(String what, IcsModel target) {
        this.what = Objects.requireNonNull(what, "what");
        this.target = target.snapshot();
        this.description = "Import " + what;
    }

    @Override
    public void execute(IcsModel model) {
        if (steps == null) {
            steps = plan(model);
        }
        steps.execute(model);
        description = steps.description();
    }

    @Override
    public void undo(IcsModel model) {
        steps.undo(model);
    }

    @Override
    public String description() {
        return description;
    }

    /** How many steps the import takes; 0 before it first executes. */
    public int stepCount() {
        return steps == null ? 0 : steps.steps().size();
    }

    private CompositeCommand plan(IcsModel model) {
        Map<ElementId, ModelSnapshot.PlacedFootprint> footprints = new HashMap<>();
        target.footprints().forEach(f -> footprints.put(f.footprint().id(), f));
        Map<ElementId, ModelSnapshot.PlacedElement> elements = new HashMap<>();
        target.elements().forEach(e -> elements.put(e.element().id(), e));
        Map<ElementId, Relation> relations = new HashMap<>();
        target.relations().forEach(r -> relations.put(r.id(), r));

        List<Command> cmds = new ArrayList<>();
        Set<ElementId> added = new LinkedHashSet<>();
        Set<ElementId> changed = new LinkedHashSet<>();
        Set<ElementId> removed = new LinkedHashSet<>();
        for (Relation r : model.relations()) {
            if (!relations.containsKey(r.id())) {
                cmds.add(new DisconnectCommand(r.id()));
                removed.add(r.id());
            }
        }
        for (ModelSnapshot.PlacedFootprint p : target.footprints()) {
            Footprint f = p.footprint();
            Footprint old = model.footprint(f.id()).orElse(null);
            if (old == null) {
                cmds.add(new AddFootprintCommand(f, p.parent()));
                added.add(f.id());
                continue;
            }
            int before = cmds.size();
            if (old.level() != f.level()) {
                cmds.add(new ChangeFootprintLevelCommand(f.id(), f.level()));
            }
            if (!Objects.equals(model.parentOf(f.id()).orElse(null), p.parent())) {
                cmds.add(new MoveCommand(f.id(), p.parent()));
            }
            if (!old.name().equals(f.name())) {
                cmds.add(new RenameCommand(f.id(), f.name()));
            }
            if (!old.note().equals(f.note())) {
                cmds.add(new SetNoteCommand(f.id(), f.note()));
            }
            if (cmds.size() > before) {
                changed.add(f.id());
            }
        }
        for (ModelSnapshot.PlacedElement p : target.elements()) {
            Element e = p.element();
            Element old = model.element(e.id()).orElse(null);
            if (old == null) {
                cmds.add(new AddElementCommand(e, p.footprint()));
                added.add(e.id());
                continue;
            }
            int before = cmds.size();
            elementChanges(model, old, e, p.footprint(), cmds);
            if (cmds.size() > before) {
                changed.add(e.id());
            }
        }
        for (Relation r : target.relations()) {
            Relation old = model.relation(r.id()).orElse(null);
            if (old == null) {
                cmds.add(new ConnectCommand(r));
                added.add(r.id());
            } else if (!old.equals(r)) {
                relationChanges(old, r, cmds);
                changed.add(r.id());
            }
        }
        for (Element e : model.elements()) {
            if (!elements.containsKey(e.id())) {
                cmds.add(new RemoveCommand(e.id()));
                removed.add(e.id());
            }
        }
        List<Footprint> all = model.footprints();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!footprints.containsKey(all.get(i).id())) {
                cmds.add(new RemoveCommand(all.get(i).id()));
                removed.add(all.get(i).id());
            }
        }
        List<String> parts = new ArrayList<>();
        parts.add(Wording.count(added.size(), "addition"));
        parts.add(Wording.count(changed.size(), "change"));
        if (!removed.isEmpty()) {
            parts.add(Wording.count(removed.size(), "removal"));
        }
        return new CompositeCommand("Import " + what + " (" + String.join(", ", parts) + ")", cmds);
    }

    private static void elementChanges(IcsModel model, Element old, Element e, ElementId footprint, List<Command> cmds) {
        if (!Objects.equals(model.parentOf(e.id()).orElse(null), footprint)) {
            cmds.add(new MoveCommand(e.id(), footprint));
        }
        if (!old.name().equals(e.name())) {
            cmds.add(new RenameCommand(e.id(), e.name()));
        }
        if (!old.kind().equals(e.kind())) {
            cmds.add(new ChangeElementKindCommand(e.id(), e.kind()));
        }
        if (!old.title().equals(e.title()) && e.type() == ElementType.PERSON) {
            cmds.add(new SetTitleCommand(e.id(), e.title()));
        }
        if (!old.note().equals(e.note())) {
            cmds.add(new SetNoteCommand(e.id(), e.note()));
        }
        Set<String> keys = new LinkedHashSet<>(old.attributes().keySet());
        keys.addAll(e.attributes().keySet());
        for (String key : keys) {
            String now = e.attributes().getOrDefault(key, "");
            if (!now.equals(old.attributes().getOrDefault(key, ""))) {
                cmds.add(new SetAttributeCommand(e.id(), key, now));
            }
        }
    }

    private static void relationChanges(Relation old, Relation r, List<Command> cmds) {
        if (old.kind() != r.kind()) {
            cmds.add(new ChangeRelationKindCommand(r.id(), r.kind()));
        }
        if (!old.source().equals(r.source())) {
            cmds.add(new ReconnectCommand(r.id(), ReconnectCommand.End.SOURCE, r.source()));
        }
        if (!old.target().equals(r.target())) {
            cmds.add(new ReconnectCommand(r.id(), ReconnectCommand.End.TARGET, r.target()));
        }
        if (r.role() != null && old.role() != r.role()) {
            cmds.add(new SetMemberRoleCommand(r.id(), r.role()));
        }
        if (!Objects.equals(old.voting(), r.voting())) {
            cmds.add(new SetVotingCommand(r.id(), r.voting()));
        }
        if (r.scope() != null && !r.scope().equals(old.scope())) {
            cmds.add(new SetDelegationScopeCommand(r.id(), r.scope()));
        }
        if (!old.note().equals(r.note())) {
            cmds.add(new SetNoteCommand(r.id(), r.note()));
        }
    }
}
