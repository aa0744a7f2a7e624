package org.icsatlas.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.icsatlas.analysis.Finding;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.analysis.Severity;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.io.NativeFormat;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled samples: they load, are canonical, pass the rules and carry the agreed views. */
class SampleDataTest {

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void sampleHasNoErrorFindings(String sample) {
        List<Finding> errors = RuleBook.standard().check(Samples.load(sample)).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void everyWarningIsExplainedInTheNoteOfTheElementItNames(String sample) {
        IcsModel model = Samples.load(sample);
        List<String> unexplained = new ArrayList<>();
        for (Finding f : RuleBook.standard().check(model)) {
            if (f.severity() != Severity.WARNING) {
                continue;
            }
            Element e = model.element(f.elements().get(0)).orElseThrow();
            if (!e.note().contains(f.ruleId())) {
                unexplained.add(f.message());
            }
        }
        assertEquals(List.of(), unexplained);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void sampleFileIsExactlyWhatTheWriterWouldWrite(String sample) throws Exception {
        byte[] onDisk;
        try (InputStream in = SampleDataTest.class.getResourceAsStream(NativeFormat.sampleResource(sample))) {
            onDisk = in.readAllBytes();
        }
        assertArrayEquals(onDisk, new AtlasJsonWriter().toBytes(Samples.load(sample)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void sampleIsDated(String sample) {
        assertTrue(!Samples.load(sample).info().asOf().isBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void viewsAreWholeSystemOnePerPlaceGovernanceOnlyAndBoardPaper(String sample) {
        IcsModel model = Samples.load(sample);
        ElementId system = model.roots().get(0);
        List<Footprint> places = model.footprints().stream().filter(f -> f.level() == FootprintLevel.PLACE).toList();
        List<DiagramView> views = model.views();
        assertEquals(places.size() + 3, views.size());

        assertEquals("Whole system", views.get(0).name());
        assertEquals(system, views.get(0).root());
        for (int i = 0; i < places.size(); i++) {
            assertEquals(places.get(i).name(), views.get(i + 1).name());
            assertEquals(places.get(i).id(), views.get(i + 1).root());
        }
        DiagramView governance = views.get(views.size() - 2);
        assertEquals("Governance only", governance.name());
        assertEquals(Set.of(RelationKind.MEMBER_OF, RelationKind.REPRESENTS), Set.copyOf(governance.hiddenRelationKinds()));
        // bodies, and the organisations and people that delegate to a body or that a body reports to: the view shows
        // every delegation and reporting line, e.g. SYB's CCG -> Joint Committee delegations
        Set<String> inLines = new TreeSet<>();
        for (Relation r : model.relations()) {
            if (r.kind() == RelationKind.DELEGATES_TO || r.kind() == RelationKind.REPORTS_TO) {
                for (ElementId end : List.of(r.source(), r.target())) {
                    Element e = model.element(end).orElseThrow();
                    if (!e.isBody()) {
                        inLines.add(e.kind().name());
                    }
                }
            }
        }
        Set<String> expectedHidden = new TreeSet<>();
        Stream.of(OrganisationKind.values()).forEach(k -> expectedHidden.add(k.name()));
        Stream.of(PersonKind.values()).forEach(k -> expectedHidden.add(k.name()));
        expectedHidden.removeAll(inLines);
        assertEquals(expectedHidden, governance.hiddenElementKinds());
        for (Relation r : model.relations()) {
            if (r.kind() == RelationKind.DELEGATES_TO) {
                assertTrue(governance.shows(model.element(r.source()).orElseThrow())
                        && governance.shows(model.element(r.target()).orElseThrow()), r.id().value());
            }
        }
    }

    @Test
    void southYorkshireAndBassetlawHasExactlyTheFivePlaces() {
        List<String> places = Samples.load(Samples.SYB).footprints().stream()
                .filter(f -> f.level() == FootprintLevel.PLACE).map(Footprint::name).toList();
        assertEquals(List.of("Barnsley", "Bassetlaw", "Doncaster", "Rotherham", "Sheffield"), places);
    }

    @Test
    void bswNestsSystemPlaceAndNeighbourhood() {
        IcsModel model = Samples.load(Samples.BSW);
        List<String> places = model.footprints().stream()
                .filter(f -> f.level() == FootprintLevel.PLACE).map(Footprint::name).toList();
        assertEquals(List.of("Bath and North East Somerset", "Swindon", "Wiltshire"), places);
        List<Footprint> neighbourhoods = model.footprints().stream()
                .filter(f -> f.level() == FootprintLevel.NEIGHBOURHOOD).toList();
        assertEquals(3, neighbourhoods.size());
        for (Footprint n : neighbourhoods) {
            assertEquals(ElementId.of("wiltshire"), model.parentOf(n.id()).orElseThrow());
        }
    }
}
