package org.icsatlas.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Picks a random command that fits the model as it is now, so most are legal; about one in eight is deliberately
 * wrong in a way the domain forbids (a place in a neighbourhood, a membership of an organisation, a missing end).
 * Public for the layout's stability properties, which apply these edits to the models they lay out.
 */
public final class RandomEdits {
    private static final String[] NAMES = {"Audit Committee", "Provider Alliance", "Wiltshire Neighbourhood Collaborative",
        "Place Board", "Quality Committee", "Dearne", "Sheffield", "People Board", "Joint Committee"};
    private static final ElementId GHOST = ElementId.of("ghost");

    private final IcsModel model;
    private final Random random;
    private final IdGenerator ids;

    public RandomEdits(IcsModel model, long seed) {
        this.model = model;
        this.random = new Random(seed);
        this.ids = new IdGenerator(model);
    }

    public Command next() {
        return switch (random.nextInt(22)) {
            case 0, 1 -> addFootprint();
            case 2, 3 -> addElement();
            case 4 -> remove();
            case 5 -> new RenameCommand(anyItem(), chance(10) ? " " : name());
            case 6 -> new SetNoteCommand(anyItemOrRelation(), chance(3) ? "" : "note " + random.nextInt(5));
            case 7 -> new SetAttributeCommand(anyElement(), pick(List.of("source", "termsOfReferenceDate")), chance(3) ? "" : "v" + random.nextInt(3));
            case 8 -> new ChangeElementKindCommand(anyElement(), anyKind());
            case 9 -> new ChangeFootprintLevelCommand(anyFootprint(), pick(List.of(FootprintLevel.values())));
            case 10, 11 -> move();
            case 12, 13 -> connect();
            case 14 -> new DisconnectCommand(anyRelation());
            case 15 -> new ChangeRelationKindCommand(anyRelation(), pick(List.of(RelationKind.values())));
            case 16 -> relationDetail();
            case 17 -> viewAddOrRemove();
            case 18 -> changeView();
            case 19, 20 -> pin();
            default -> chance(2) ? new SetModelInfoCommand(new ModelInfo(name(), "d" + random.nextInt(3), "2022"))
                    : CompositeCommand.of("Several edits", next(), next());
        };
    }

    /** An edit that grows the model: a footprint, an element, a relation or a view. */
    Command nextAddition() {
        return switch (random.nextInt(7)) {
            case 0 -> addFootprint();
            case 1, 2 -> addElement();
            case 3, 4, 5 -> connect();
            default -> viewAddOrRemove();
        };
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String name() {
        return pick(List.of(NAMES)) + (chance(2) ? "" : " " + random.nextInt(10));
    }

    private List<ElementId> footprints() {
        return model.footprints().stream().map(Footprint::id).toList();
    }

    private List<ElementId> elements() {
        return model.elements().stream().map(Element::id).toList();
    }

    private ElementId anyFootprint() {
        List<ElementId> f = footprints();
        return f.isEmpty() || chance(20) ? GHOST : pick(f);
    }

    private ElementId anyElement() {
        List<ElementId> e = elements();
        return e.isEmpty() || chance(20) ? GHOST : pick(e);
    }

    private ElementId anyItem() {
        return chance(3) ? anyFootprint() : anyElement();
    }

    private ElementId anyRelation() {
        List<Relation> r = model.relations();
        return r.isEmpty() || chance(20) ? GHOST : pick(r).id();
    }

    private ElementId anyItemOrRelation() {
        return chance(4) ? anyRelation() : anyItem();
    }

    private ElementKind anyKind() {
        List<ElementKind> kinds = new ArrayList<>(List.of(BodyKind.values()));
        kinds.addAll(List.of(OrganisationKind.values()));
        kinds.add(PersonKind.ROLE_HOLDER);
        return pick(kinds);
    }

    private Command addFootprint() {
        List<ElementId> fs = chance(8) ? footprints() : footprints().stream()
                .filter(f -> model.footprint(f).orElseThrow().level() != FootprintLevel.NEIGHBOURHOOD).toList();
        ElementId parent = fs.isEmpty() || chance(8) ? null : pick(fs);
        FootprintLevel level = pick(List.of(FootprintLevel.values()));
        if (parent != null && !chance(8)) {
            FootprintLevel p = model.footprint(parent).orElseThrow().level();
            List<FootprintLevel> narrower = List.of(FootprintLevel.values()).stream().filter(p::canContain).toList();
            level = narrower.isEmpty() ? level : pick(narrower);
        }
        String n = name();
        int siblings = parent == null ? model.roots().size() : model.childFootprints(parent).size();
        return new AddFootprintCommand(new Footprint(ids.forName(n), n, level, ""), parent, random.nextInt(siblings + 2) - 1);
    }

    private Command addElement() {
        if (model.footprintCount() == 0) {
            return addFootprint();
        }
        ElementId f = anyFootprint();
        String n = name();
        int size = model.elementsIn(f).size();
        return new AddElementCommand(new Element(ids.forName(n), anyKind(), n, chance(4) ? "Chair" : "", "", null), f,
                random.nextInt(size + 2) - 1);
    }

    private Command remove() {
        // Removing a whole footprint empties small models quickly: prefer elements.
        return new RemoveCommand(chance(5) ? anyFootprint() : anyElement());
    }

    private Command move() {
        ElementId item = anyItem();
        ElementId to = model.isFootprint(item) && chance(6) ? null : anyFootprint();
        int siblings = to == null ? model.roots().size()
                : model.isFootprint(item) ? model.childFootprints(to).size() : model.elementsIn(to).size();
        return new MoveCommand(item, to, random.nextInt(siblings + 1) - 1);
    }

    private Command connect() {
        RelationKind kind = pick(List.of(RelationKind.values()));
        List<Element> all = model.elements();
        List<Element> sources = all.stream().filter(e -> chance(8) || kind.allowsSource(e.type())).toList();
        List<Element> targets = all.stream().filter(e -> chance(8) || kind.allowsTarget(e.type())).toList();
        if (sources.isEmpty() || targets.isEmpty()) {
            return addElement();
        }
        ElementId s = pick(sources).id();
        List<Element> others = targets.stream().filter(e -> chance(8) || !e.id().equals(s)).toList();
        if (others.isEmpty()) {
            return addElement();
        }
        ElementId t = chance(20) ? GHOST : pick(others).id();
        ElementId id = ids.forRelation(s, kind, t);
        Relation r = switch (kind) {
            case MEMBER_OF -> new Relation(id, kind, s, t, pick(List.of(MemberRole.values())), pick(List.of(true, false, true)), null, "");
            case DELEGATES_TO -> new Relation(id, kind, s, t, null, null, "scope " + random.nextInt(3), "");
            default -> new Relation(id, kind, s, t, null, null, null, "");
        };
        return new ConnectCommand(r, chance(3) ? 0 : -1);
    }

    private Command relationDetail() {
        ElementId r = anyRelation();
        return switch (random.nextInt(6)) {
            case 0 -> new SetMemberRoleCommand(r, pick(List.of(MemberRole.values())));
            case 1 -> new SetVotingCommand(r, chance(3) ? null : random.nextBoolean());
            case 2 -> new SetTitleCommand(anyElement(), chance(3) ? "" : "Chair " + random.nextInt(3));
            case 3 -> new ReconnectCommand(r, random.nextBoolean() ? ReconnectCommand.End.SOURCE : ReconnectCommand.End.TARGET, anyElement());
            default -> new SetDelegationScopeCommand(r, "scope " + random.nextInt(4));
        };
    }

    private Command viewAddOrRemove() {
        List<DiagramView> views = model.views();
        if (!views.isEmpty() && chance(3)) {
            return new RemoveViewCommand(pick(views).id());
        }
        List<ElementId> fs = footprints();
        TreeSet<ElementId> collapsed = new TreeSet<>();
        Map<ElementId, Position> pins = new TreeMap<>();
        for (ElementId f : fs) {
            if (chance(4)) {
                collapsed.add(f);
            }
        }
        for (ElementId e : elements()) {
            if (chance(4)) {
                pins.put(e, new Position(random.nextInt(500), random.nextInt(500)));
            }
        }
        ElementId root = fs.isEmpty() || chance(2) ? null : pick(fs);
        String n = "View " + random.nextInt(10);
        DiagramView v = new DiagramView(ids.forName(n), n, root, collapsed, null, null, new TreeMap<>(pins), 1 + random.nextInt(3) / 2.0);
        return new AddViewCommand(v, random.nextInt(views.size() + 1) - 1);
    }

    private ElementId anyView() {
        List<DiagramView> views = model.views();
        return views.isEmpty() || chance(20) ? GHOST : pick(views).id();
    }

    private Command changeView() {
        ElementId v = anyView();
        return switch (random.nextInt(6)) {
            case 0 -> ChangeViewCommand.rename(v, name());
            case 1 -> ChangeViewCommand.root(v, chance(3) ? null : anyFootprint());
            case 2 -> ChangeViewCommand.collapse(v, anyFootprint(), random.nextBoolean());
            case 3 -> ChangeViewCommand.showElementKind(v, anyKind(), random.nextBoolean());
            case 4 -> ChangeViewCommand.showRelationKind(v, pick(List.of(RelationKind.values())), random.nextBoolean());
            default -> ChangeViewCommand.zoom(v, chance(10) ? 0 : 0.5 + random.nextInt(4) / 2.0);
        };
    }

    private Command pin() {
        ElementId v = anyView();
        // The first few elements, so consecutive pins of one element (which merge) happen often.
        List<ElementId> es = elements();
        ElementId item = es.isEmpty() ? anyFootprint() : es.get(random.nextInt(Math.min(2, es.size())));
        if (chance(5)) {
            List<ElementId> pinned = model.view(v).map(d -> List.copyOf(d.pinned().keySet())).orElse(List.of());
            return PinCommand.unpin(v, pinned.isEmpty() || chance(5) ? item : pick(pinned));
        }
        return PinCommand.pin(v, item, new Position(random.nextInt(300), random.nextInt(300)));
    }
}
