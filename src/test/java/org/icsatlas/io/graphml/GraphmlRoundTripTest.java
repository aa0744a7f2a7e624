package org.icsatlas.io.graphml;

import static org.icsatlas.io.graphml.GraphmlTesting.content;
import static org.icsatlas.io.graphml.GraphmlTesting.export;
import static org.icsatlas.io.graphml.GraphmlTesting.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icsatlas.edit.GeneratedModels;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Native → GraphML → native keeps every footprint, element, attribute, relation and the nesting, in both flavours. */
class GraphmlRoundTripTest {

    static List<String> samples() {
        return GraphmlTesting.SAMPLES;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theYedExportOfASampleReadsBackToTheSameModel(String sample) throws Exception {
        IcsModel model = GraphmlTesting.sample(sample);
        GraphmlImport back = read(export(model, GraphmlFlavour.YED), sample + ".graphml");
        assertEquals(content(model), content(back.model()));
        assertEquals(List.of(), back.notes());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theFlatExportOfASampleReadsBackToTheSameModel(String sample) throws Exception {
        IcsModel model = GraphmlTesting.sample(sample);
        GraphmlImport back = read(export(model, GraphmlFlavour.FLAT), sample + "-flat.graphml");
        assertEquals(content(model), content(back.model()));
        assertEquals(List.of(), back.notes());
    }

    @Property(tries = 40)
    void generatedModelsSurviveBothFlavours(@ForAll("models") ModelSnapshot snapshot) throws Exception {
        IcsModel model = IcsModel.fromSnapshot(snapshot);
        for (GraphmlFlavour flavour : GraphmlFlavour.values()) {
            IcsModel back = read(export(model, flavour), "generated." + flavour).model();
            assertEquals(content(model), content(back), flavour.name());
        }
    }

    @Provide
    Arbitrary<ModelSnapshot> models() {
        return Arbitraries.longs().list().ofMinSize(10).ofMaxSize(60).map(GeneratedModels::grow)
                .map(GraphmlRoundTripTest::withLifecyclesAndDeclaredKinds);
    }

    /**
     * The generated model with what the model gained since: every status and date shape on elements and relations,
     * placeholder role holders, and declared kinds (one per built-in kind it stands in for, with awkward labels, and a
     * coloured kind nothing uses).
     */
    static ModelSnapshot withLifecyclesAndDeclaredKinds(ModelSnapshot s) {
        java.util.Map<ElementKind, DeclaredKind> declared = new java.util.LinkedHashMap<>();
        List<ModelSnapshot.PlacedElement> elements = new java.util.ArrayList<>();
        int i = 0;
        for (ModelSnapshot.PlacedElement p : s.elements()) {
            Element e = p.element().withLifecycle(lifecycle(i));
            if (e.type() != ElementType.PERSON && i % 3 == 0) {
                ElementKind base = e.kind();
                e = e.withKind(declared.computeIfAbsent(base, b -> DeclaredKind.basedOn("X_" + b.name(),
                        "Local <" + b.label() + "> & \"co\"\tâ€“ \\ end", b)));
            } else if (e.type() == ElementType.PERSON && i % 4 == 1) {
                e = new Element(e.id(), e.kind(), "", e.title().isBlank() ? "Chair, " + e.name() : e.title(), e.note(),
                        e.attributes(), e.lifecycle());
            }
            elements.add(new ModelSnapshot.PlacedElement(e, p.footprint()));
            i++;
        }
        List<Relation> relations = new java.util.ArrayList<>();
        for (Relation r : s.relations()) {
            relations.add(r.withLifecycle(lifecycle(i++)));
        }
        List<DeclaredKind> kinds = new java.util.ArrayList<>(declared.values());
        kinds.add(new DeclaredKind("SPARE_KIND", ElementType.ORGANISATION, "Spare\nkind", null, "#1f4e8c", "S\tK"));
        return new ModelSnapshot(s.info(), s.footprints(), elements, relations, s.views(), kinds);
    }

    private static Lifecycle lifecycle(int i) {
        Status status = Status.values()[i % Status.values().length];
        return switch (i % 5) {
            case 1 -> new Lifecycle(status, "2022-07", "");
            case 2 -> new Lifecycle(status, "2021", "2023-01-15");
            case 3 -> new Lifecycle(status, "", "2024");
            default -> Lifecycle.of(status);
        };
    }

    /** Text that XML can hold but a careless writer would change: markup characters, line breaks, tabs, outer spaces. */
    @Provide
    Arbitrary<String> awkwardText() {
        return Arbitraries.strings().withChars("ab <>&\"'\n\r\t]]>é–€").withCharRange('a', 'e').ofMinLength(1).ofMaxLength(14);
    }

    @Property(tries = 80)
    void awkwardTextComesBackExactly(@ForAll("awkwardText") String text, @ForAll("awkwardText") String key) throws Exception {
        String name = text.isBlank() ? "x" + text : text;
        IcsModel m = new IcsModel(new ModelInfo(text, text, text));
        m.addFootprint(new Footprint(ElementId.of("sys"), name, FootprintLevel.SYSTEM, text), null, -1);
        TreeMap<String, String> attributes = new TreeMap<>();
        attributes.put("label", text);
        attributes.put("attr.kind", text);
        attributes.put("name", "");
        attributes.put(key, text);
        m.addElement(new Element(ElementId.of("b"), BodyKind.COMMITTEE, name, text, text, attributes), ElementId.of("sys"), -1);
        m.addElement(new Element(ElementId.of("o"), OrganisationKind.VCSE, name + " 😀", "", "", null), ElementId.of("sys"), -1);
        m.addRelation(new Relation(ElementId.of("r"), RelationKind.MEMBER_OF, ElementId.of("o"), ElementId.of("b"),
                MemberRole.VICE_CHAIR, false, null, text), -1);
        for (GraphmlFlavour flavour : GraphmlFlavour.values()) {
            IcsModel back = read(export(m, flavour), "awkward").model();
            assertEquals(content(m), content(back), flavour.name());
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void theFlatExportIsOneGraphWithTheParentAsData(String sample) throws Exception {
        String xml = new String(export(GraphmlTesting.sample(sample), GraphmlFlavour.FLAT), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, xml.split("<graph ", -1).length - 1, "one graph, no nesting");
        assertTrue(xml.contains("attr.name=\"parent\""));
        assertTrue(xml.contains("attr.name=\"level\""));
        assertTrue(xml.contains("attr.name=\"kind\""));
        assertTrue(xml.contains("attr.name=\"voting\" attr.type=\"boolean\""));
    }
}
