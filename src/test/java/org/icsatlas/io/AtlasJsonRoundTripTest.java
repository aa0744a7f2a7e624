package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** Random small models, written and read back, are the same model, and writing them again gives the same bytes. */
class AtlasJsonRoundTripTest {

    @Property(tries = 150)
    void writeThenReadGivesTheSameModelAndTheSameBytes(@ForAll("models") IcsModel model) throws Exception {
        AtlasJsonWriter writer = new AtlasJsonWriter();
        byte[] written = writer.toBytes(model);
        IcsModel read = new AtlasJsonReader().importModel(new ByteArrayInputStream(written), "generated");
        assertEquals(model.snapshot(), read.snapshot());
        assertArrayEquals(written, writer.toBytes(read));
    }

    record FootprintSpec(int level, int parentPick, String name, String note) {
    }

    record ElementSpec(int kindPick, int footprintPick, String name, String title, String note, Map<String, String> attributes) {
    }

    record RelationSpec(int kindPick, int fromPick, int toPick, int rolePick, Boolean voting, String scope, String note) {
    }

    record ViewSpec(String name, int rootPick, List<Integer> collapsedPicks, List<Integer> hiddenKindPicks,
                    List<Integer> pinPicks, List<Double> coordinates, double zoom) {
    }

    @Provide
    Arbitrary<IcsModel> models() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '\uD7FF').withChars('\n', '\t', '\u0000', '"', '\\')
                .ofMaxLength(12);
        Arbitrary<String> name = text.filter(s -> !s.isBlank());
        Arbitrary<Integer> pick = Arbitraries.integers().between(0, 1000);
        Arbitrary<FootprintSpec> footprint = Combinators.combine(Arbitraries.integers().between(0, 3), pick, name, text)
                .as(FootprintSpec::new);
        Arbitrary<ElementSpec> element = Combinators.combine(pick, pick, name, text, text,
                Arbitraries.maps(text, text).ofMaxSize(3)).as(ElementSpec::new);
        Arbitrary<RelationSpec> relation = Combinators.combine(pick, pick, pick, pick,
                Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.4), text, text).as(RelationSpec::new);
        Arbitrary<Double> coordinate = Arbitraries.doubles().between(-1e6, 1e6);
        Arbitrary<ViewSpec> view = Combinators.combine(text, pick, pick.list().ofMaxSize(3), pick.list().ofMaxSize(3),
                pick.list().ofMaxSize(4), coordinate.list().ofSize(8), Arbitraries.doubles().between(0.01, 8.0))
                .as(ViewSpec::new);
        Arbitrary<ModelInfo> info = Combinators.combine(text, text, text).as(ModelInfo::new);
        return Combinators.combine(info, footprint.list().ofMaxSize(8), element.list().ofMaxSize(12),
                relation.list().ofMaxSize(15), view.list().ofMaxSize(3)).as(AtlasJsonRoundTripTest::build);
    }

    private static IcsModel build(ModelInfo info, List<FootprintSpec> fs, List<ElementSpec> es, List<RelationSpec> rs,
                                  List<ViewSpec> vs) {
        IcsModel m = new IcsModel(info);
        List<Footprint> footprints = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            FootprintSpec s = fs.get(i);
            FootprintLevel level = FootprintLevel.values()[s.level()];
            List<Footprint> parents = footprints.stream().filter(p -> p.level().canContain(level)).toList();
            int choice = s.parentPick() % (parents.size() + 1);
            Footprint f = new Footprint(ElementId.of("f" + i), s.name(), level, s.note());
            m.addFootprint(f, choice == 0 ? null : parents.get(choice - 1).id(), -1);
            footprints.add(f);
        }
        List<ElementKind> kinds = new ArrayList<>();
        for (ElementType t : ElementType.values()) {
            kinds.addAll(List.of(ElementKind.values(t)));
        }
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < es.size() && !footprints.isEmpty(); i++) {
            ElementSpec s = es.get(i);
            Element e = new Element(ElementId.of("e" + i), kinds.get(s.kindPick() % kinds.size()), s.name(), s.title(), s.note(),
                    new TreeMap<>(s.attributes()));
            m.addElement(e, footprints.get(s.footprintPick() % footprints.size()).id(), -1);
            elements.add(e);
        }
        for (int i = 0; i < rs.size(); i++) {
            addRelation(m, "r" + i, rs.get(i), elements);
        }
        for (int i = 0; i < vs.size(); i++) {
            m.addView(view("v" + i, vs.get(i), footprints, elements, kinds), -1);
        }
        return m;
    }

    private static void addRelation(IcsModel m, String id, RelationSpec s, List<Element> elements) {
        RelationKind kind = RelationKind.values()[s.kindPick() % RelationKind.values().length];
        List<Element> from = elements.stream().filter(e -> kind.allowsSource(e.type())).toList();
        List<Element> to = elements.stream().filter(e -> kind.allowsTarget(e.type())).toList();
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        Element source = from.get(s.fromPick() % from.size());
        Element target = to.get(s.toPick() % to.size());
        if (source.equals(target)) {
            return;
        }
        boolean membership = kind == RelationKind.MEMBER_OF;
        MemberRole role = membership ? MemberRole.values()[s.rolePick() % MemberRole.values().length] : null;
        m.addRelation(new Relation(ElementId.of(id), kind, source.id(), target.id(), role, membership ? s.voting() : null,
                kind == RelationKind.DELEGATES_TO ? s.scope() : null, s.note()), -1);
    }

    private static DiagramView view(String id, ViewSpec s, List<Footprint> footprints, List<Element> elements, List<ElementKind> kinds) {
        ElementId root = footprints.isEmpty() || s.rootPick() % 2 == 0 ? null : footprints.get(s.rootPick() % footprints.size()).id();
        TreeSet<ElementId> collapsed = new TreeSet<>();
        for (int p : s.collapsedPicks()) {
            if (!footprints.isEmpty()) {
                collapsed.add(footprints.get(p % footprints.size()).id());
            }
        }
        TreeSet<String> hiddenKinds = new TreeSet<>();
        TreeSet<RelationKind> hiddenRelations = new TreeSet<>();
        for (int p : s.hiddenKindPicks()) {
            hiddenKinds.add(kinds.get(p % kinds.size()).name());
            hiddenRelations.add(RelationKind.values()[p % RelationKind.values().length]);
        }
        List<ElementId> pinnable = new ArrayList<>(footprints.stream().map(Footprint::id).toList());
        pinnable.addAll(elements.stream().map(Element::id).toList());
        TreeMap<ElementId, Position> pinned = new TreeMap<>();
        for (int i = 0; i < s.pinPicks().size() && !pinnable.isEmpty(); i++) {
            pinned.put(pinnable.get(s.pinPicks().get(i) % pinnable.size()),
                    new Position(s.coordinates().get(2 * i), s.coordinates().get(2 * i + 1)));
        }
        return new DiagramView(ElementId.of(id), s.name(), root, collapsed, hiddenKinds, hiddenRelations, pinned, s.zoom());
    }
}
