package org.icsatlas.ui.panels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.icsatlas.edit.ChangeElementKindCommand;
import org.icsatlas.edit.ChangeFootprintLevelCommand;
import org.icsatlas.edit.ChangeRelationKindCommand;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.CompositeCommand;
import org.icsatlas.edit.PlaceholderCommand;
import org.icsatlas.edit.RenameCommand;
import org.icsatlas.edit.SetAttributeCommand;
import org.icsatlas.edit.SetDelegationScopeCommand;
import org.icsatlas.edit.SetMemberRoleCommand;
import org.icsatlas.edit.SetNoteCommand;
import org.icsatlas.edit.SetTitleCommand;
import org.icsatlas.edit.SetVotingCommand;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * What the properties panel shows for a selection, and the command an edit of it becomes. Works on footprints,
 * elements and relations; with several selected it offers the attributes they all carry (an attribute whose values
 * differ shows empty), and an edit sets it on every one of them in one undoable step. Headless: no JavaFX.
 */
public final class SelectionProperties {
    /** The element attribute holding where a fact comes from. */
    public static final String SOURCE = "source";
    /** The body attribute holding the date of its terms of reference. */
    public static final String TERMS_OF_REFERENCE_DATE = "termsOfReferenceDate";

    /** Whether a member votes; {@code UNKNOWN} is "not recorded". */
    public enum Vote {
        YES("votes"), NO("does not vote"), UNKNOWN("not recorded");

        private final String label;

        Vote(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Vote of(Boolean b) {
            return b == null ? UNKNOWN : b ? YES : NO;
        }

        Boolean asBoolean() {
            return this == UNKNOWN ? null : this == YES;
        }
    }

    /** Whether a person is named or a placeholder role holder, known only by the role title. */
    public enum Holder {
        NAMED("named person"), PLACEHOLDER("placeholder role holder (name not known)");

        private final String label;

        Holder(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Holder of(Element person) {
            return person.isPlaceholder() ? PLACEHOLDER : NAMED;
        }
    }

    /**
     * One line of the panel: its category and name, the shared value (null when the selection's values differ),
     * the allowed values for a choice (empty for free text) and whether it can be edited.
     */
    public record Row(String key, String category, String name, String description, Object value, List<?> choices,
                      boolean editable) {
        public Row {
            choices = List.copyOf(choices);
        }
    }

    private final IcsModel model;
    private final List<ElementId> selection;

    public SelectionProperties(IcsModel model, List<ElementId> selection) {
        this.model = Objects.requireNonNull(model, "model");
        this.selection = List.copyOf(new LinkedHashSet<>(selection)).stream()
                .filter(id -> model.isFootprint(id) || model.isElement(id) || model.relation(id).isPresent()).toList();
    }

    public List<ElementId> selection() {
        return selection;
    }

    /** The rows for the selection, in the panel's order; none for an empty selection. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        if (selection.isEmpty()) {
            return rows;
        }
        if (selection.size() == 1) {
            nameOf(selection.get(0)).ifPresent(n -> rows.add(new Row("name", "General", "Name",
                    "What it is called; a person's name is empty when only the role is known (clear it to make a placeholder)",
                    n, List.of(), true)));
        }
        if (all(model::isFootprint)) {
            rows.add(shared("level", "General", "Level", "Region, system, place or neighbourhood",
                    id -> model.footprint(id).orElseThrow().level(), Arrays.asList(FootprintLevel.values())));
        }
        if (all(model::isElement)) {
            Set<ElementType> types = new LinkedHashSet<>();
            selection.forEach(id -> types.add(element(id).type()));
            if (types.size() == 1) {
                rows.add(shared("kind", "General", "Kind", "The kind of " + types.iterator().next().name().toLowerCase(java.util.Locale.ROOT),
                        id -> element(id).kind(), model.kinds().all(types.iterator().next())));
            }
            if (all(id -> element(id).type() == ElementType.PERSON)) {
                rows.add(shared("title", "General", "Title", "The person's role title", id -> element(id).title(), List.of()));
                rows.add(shared("holder", "General", "Named or placeholder",
                        "A placeholder role holder stands for whoever holds the role in its title",
                        id -> Holder.of(element(id)), Arrays.asList(Holder.values())));
            }
            rows.add(shared("attr:" + SOURCE, "Facts", "Source", "Where the facts come from",
                    id -> element(id).attributes().getOrDefault(SOURCE, ""), List.of()));
            if (all(id -> element(id).isBody())) {
                rows.add(shared("attr:" + TERMS_OF_REFERENCE_DATE, "Facts", "Terms of reference date",
                        "When the body's terms of reference were agreed (ISO date)",
                        id -> element(id).attributes().getOrDefault(TERMS_OF_REFERENCE_DATE, ""), List.of()));
            }
            for (String key : sharedAttributeKeys()) {
                rows.add(shared("attr:" + key, "Facts", key, "Attribute '" + key + "'",
                        id -> element(id).attributes().getOrDefault(key, ""), List.of()));
            }
        }
        if (all(id -> model.relation(id).isPresent())) {
            relationRows(rows);
        }
        rows.add(shared("note", "Notes", "Note", "Free text: doubts, sources, what is inferred", this::noteOf, List.of()));
        return rows;
    }

    private void relationRows(List<Row> rows) {
        if (selection.size() == 1) {
            Relation r = relation(selection.get(0));
            rows.add(new Row("from", "Relation", "From", "The relation's source", model.describe(r.source()), List.of(), false));
            rows.add(new Row("to", "Relation", "To", "The relation's target", model.describe(r.target()), List.of(), false));
        }
        rows.add(shared("relationKind", "Relation", "Kind", "Membership, reporting, delegation, advice or representation",
                id -> relation(id).kind(), Arrays.asList(RelationKind.values())));
        if (all(id -> relation(id).kind() == RelationKind.MEMBER_OF)) {
            rows.add(shared("role", "Relation", "Role", "The role the member holds", id -> relation(id).role(),
                    Arrays.asList(MemberRole.values())));
            rows.add(shared("voting", "Relation", "Voting", "Whether the member votes", id -> Vote.of(relation(id).voting()),
                    Arrays.asList(Vote.values())));
        }
        if (all(id -> relation(id).kind() == RelationKind.DELEGATES_TO)) {
            rows.add(shared("scope", "Relation", "Scope", "What is delegated", id -> relation(id).scope(), List.of()));
        }
    }

    /** Element attribute keys every selected element carries, other than the ones with their own row. */
    private List<String> sharedAttributeKeys() {
        Set<String> keys = null;
        for (ElementId id : selection) {
            Set<String> k = new LinkedHashSet<>(element(id).attributes().keySet());
            if (keys == null) {
                keys = k;
            } else {
                keys.retainAll(k);
            }
        }
        keys.remove(SOURCE);
        keys.remove(TERMS_OF_REFERENCE_DATE);
        return List.copyOf(keys);
    }

    /**
     * The one undo step that sets {@code key} to {@code value} on every selected item whose value differs; empty
     * when nothing would change.
     */
    public Optional<Command> commandFor(String key, Object value) {
        List<Command> steps = new ArrayList<>();
        for (ElementId id : selection) {
            if (!Objects.equals(valueOf(key, id), value)) {
                steps.add(step(key, id, value));
            }
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        if (steps.size() == 1) {
            return Optional.of(steps.get(0));
        }
        return Optional.of(new CompositeCommand("Set " + label(key) + " of " + steps.size() + " items", steps));
    }

    private String label(String key) {
        return rows().stream().filter(r -> r.key().equals(key)).map(r -> r.name().toLowerCase(java.util.Locale.ROOT)).findFirst().orElse(key);
    }

    private Object valueOf(String key, ElementId id) {
        return switch (key) {
            case "name" -> nameOf(id).orElse(null);
            case "level" -> model.footprint(id).map(Footprint::level).orElse(null);
            case "kind" -> element(id).kind();
            case "title" -> element(id).title();
            case "holder" -> Holder.of(element(id));
            case "relationKind" -> relation(id).kind();
            case "role" -> relation(id).role();
            case "voting" -> Vote.of(relation(id).voting());
            case "scope" -> relation(id).scope();
            case "note" -> noteOf(id);
            default -> element(id).attributes().getOrDefault(attributeKey(key), "");
        };
    }

    private Command step(String key, ElementId id, Object value) {
        return switch (key) {
            case "name" -> isPerson(id) && ((String) value).isBlank() ? PlaceholderCommand.unnamed(id)
                    : new RenameCommand(id, (String) value);
            case "level" -> new ChangeFootprintLevelCommand(id, (FootprintLevel) value);
            case "kind" -> new ChangeElementKindCommand(id, (ElementKind) value);
            case "title" -> new SetTitleCommand(id, (String) value);
            case "holder" -> value == Holder.PLACEHOLDER ? PlaceholderCommand.unnamed(id)
                    : PlaceholderCommand.named(id, element(id).recordedName());
            case "relationKind" -> new ChangeRelationKindCommand(id, (RelationKind) value);
            case "role" -> new SetMemberRoleCommand(id, (MemberRole) value);
            case "voting" -> new SetVotingCommand(id, ((Vote) value).asBoolean());
            case "scope" -> new SetDelegationScopeCommand(id, (String) value);
            case "note" -> new SetNoteCommand(id, (String) value);
            default -> new SetAttributeCommand(id, attributeKey(key), (String) value);
        };
    }

    private static String attributeKey(String key) {
        if (!key.startsWith("attr:")) {
            throw new IllegalArgumentException("no property '" + key + "'");
        }
        return key.substring("attr:".length());
    }

    private Row shared(String key, String category, String name, String description, Function<ElementId, Object> value,
                       List<?> choices) {
        Object first = value.apply(selection.get(0));
        boolean same = selection.stream().allMatch(id -> Objects.equals(value.apply(id), first));
        return new Row(key, category, name, description, same ? first : null, choices, true);
    }

    private boolean all(Predicate<ElementId> p) {
        return selection.stream().allMatch(p);
    }

    /** A footprint's or element's name; a person's as recorded, empty for a placeholder role holder. */
    private Optional<String> nameOf(ElementId id) {
        return model.footprint(id).map(Footprint::name)
                .or(() -> model.element(id).map(e -> e.type() == ElementType.PERSON ? e.recordedName() : e.name()));
    }

    private boolean isPerson(ElementId id) {
        return model.element(id).map(e -> e.type() == ElementType.PERSON).orElse(false);
    }

    private String noteOf(ElementId id) {
        return model.footprint(id).map(Footprint::note)
                .or(() -> model.element(id).map(Element::note))
                .or(() -> model.relation(id).map(Relation::note)).orElse("");
    }

    private Element element(ElementId id) {
        return model.element(id).orElseThrow();
    }

    private Relation relation(ElementId id) {
        return model.relation(id).orElseThrow();
    }
}
