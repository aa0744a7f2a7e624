package org.icsatlas.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

/**
 * Every body, organisation and person the two reference documents name is in the matching sample with the right
 * kind, and the lines the documents state are drawn (shared/domain/000_… for SYB, 003_… for BSW).
 */
class ReferenceDocumentCoverageTest {

    /** Seed 000: the bodies and the organisation kinds it names, as the sample names them. */
    private static final Map<String, ElementKind> SEED_000 = new LinkedHashMap<>();
    /** Seed 003: the bodies, organisations and people it names, as the sample names them. */
    private static final Map<String, ElementKind> SEED_003 = new LinkedHashMap<>();

    static {
        SEED_000.put("Provider Alliance", BodyKind.PROVIDER_ALLIANCE);
        SEED_000.put("Commissioner Alliance", BodyKind.COMMISSIONER_ALLIANCE);
        for (String place : List.of("Barnsley", "Bassetlaw", "Doncaster", "Rotherham", "Sheffield")) {
            SEED_000.put(place + " Accountable Care Partnership", BodyKind.PLACE_PARTNERSHIP);
        }
        SEED_000.put("Joint Committee of Clinical Commissioning Groups", BodyKind.COMMISSIONER_ALLIANCE);
        SEED_000.put("Citizens' Panel", BodyKind.CITIZENS_PANEL);
        SEED_000.put("Oversight and Assurance Group", BodyKind.OVERSIGHT_GROUP);
        SEED_000.put("Collaborative Partnership Board", BodyKind.PARTNERSHIP_BOARD);
        SEED_000.put("Executive Steering Group", BodyKind.EXECUTIVE_GROUP);
        SEED_000.put("Workstream Programme Boards", BodyKind.PROGRAMME_BOARD);
        for (String hwb : List.of("Barnsley", "Nottinghamshire", "Doncaster", "Rotherham", "Sheffield")) {
            SEED_000.put(hwb + " Health and Wellbeing Board", BodyKind.HEALTH_AND_WELLBEING_BOARD);
        }
        for (String ccg : List.of("Barnsley", "Bassetlaw", "Doncaster", "Rotherham", "Sheffield")) {
            SEED_000.put(ccg + " CCG", OrganisationKind.CCG);
        }
        SEED_000.put("NHS England", OrganisationKind.NATIONAL_BODY);
        SEED_000.put("Other arm's length bodies", OrganisationKind.NATIONAL_BODY);
        for (String hw : List.of("Barnsley", "Nottinghamshire", "Doncaster", "Rotherham", "Sheffield")) {
            SEED_000.put("Healthwatch " + hw, OrganisationKind.HEALTHWATCH);
        }
        SEED_000.put("Voluntary action groups", OrganisationKind.VCSE);

        SEED_003.put("BSW ICB Board", BodyKind.INTEGRATED_CARE_BOARD);
        SEED_003.put("BSW Partnership", BodyKind.INTEGRATED_CARE_PARTNERSHIP);
        SEED_003.put("B&NES Alliance", BodyKind.PLACE_PARTNERSHIP);
        SEED_003.put("Swindon Alliance", BodyKind.PLACE_PARTNERSHIP);
        SEED_003.put("Wiltshire Integrated Care Alliance", BodyKind.PLACE_PARTNERSHIP);
        SEED_003.put("Alliance Leadership Team", BodyKind.LEADERSHIP_TEAM);
        SEED_003.put("Alliance Delivery Group", BodyKind.DELIVERY_GROUP);
        SEED_003.put("Alliance Programme Boards", BodyKind.PROGRAMME_BOARD);
        SEED_003.put("Wiltshire Health and Wellbeing Board", BodyKind.HEALTH_AND_WELLBEING_BOARD);
        SEED_003.put("Wiltshire Council Cabinet", BodyKind.CABINET);
        SEED_003.put("Health Select Committee", BodyKind.SCRUTINY_COMMITTEE);
        SEED_003.put("BSW Integrated Care Board", OrganisationKind.ICB);
        SEED_003.put("BSW Clinical Commissioning Group", OrganisationKind.CCG);
        SEED_003.put("Wiltshire Council", OrganisationKind.LOCAL_AUTHORITY);
        SEED_003.put("Voluntary sector partners", OrganisationKind.VCSE);
        SEED_003.put("Stephanie Elsy", PersonKind.ROLE_HOLDER);
        SEED_003.put("Richard Clewer", PersonKind.ROLE_HOLDER);
        SEED_003.put("Lucy Townsend", PersonKind.ROLE_HOLDER);
    }

    @Test
    void everythingSeed000NamesIsInTheSouthYorkshireSample() {
        assertAllPresent(Samples.load(Samples.SYB), SEED_000);
    }

    @Test
    void everythingSeed003NamesIsInTheBswSample() {
        assertAllPresent(Samples.load(Samples.BSW), SEED_003);
    }

    @Test
    void eachCcgDelegatesToTheJointCommittee() {
        IcsModel model = Samples.load(Samples.SYB);
        for (String ccg : List.of("Barnsley", "Bassetlaw", "Doncaster", "Rotherham", "Sheffield")) {
            assertTrue(related(model, ccg + " CCG", RelationKind.DELEGATES_TO, "Joint Committee of Clinical Commissioning Groups"), ccg);
        }
    }

    @Test
    void theThreeAlliancesSitUnderTheBswPartnership() {
        IcsModel model = Samples.load(Samples.BSW);
        for (String alliance : List.of("B&NES Alliance", "Swindon Alliance", "Wiltshire Integrated Care Alliance")) {
            assertTrue(related(model, alliance, RelationKind.REPORTS_TO, "BSW Partnership"), alliance);
        }
    }

    @Test
    void wiltshireLinesTheReportStatesAreDrawn() {
        IcsModel model = Samples.load(Samples.BSW);
        assertTrue(related(model, "Health Select Committee", RelationKind.ADVISES, "Wiltshire Council Cabinet"));
        assertTrue(related(model, "Richard Clewer", RelationKind.REPRESENTS, "Wiltshire Council"));
        assertEquals(MemberRole.CHAIR, membership(model, "Richard Clewer", "Wiltshire Health and Wellbeing Board").role());
        assertEquals(MemberRole.CHAIR, membership(model, "Stephanie Elsy", "BSW ICB Board").role());
        assertTrue(related(model, "Alliance Programme Boards", RelationKind.REPORTS_TO, "Alliance Delivery Group"));
    }

    private static void assertAllPresent(IcsModel model, Map<String, ElementKind> expected) {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, ElementKind> e : expected.entrySet()) {
            if (Samples.named(model, e.getKey()).map(Element::kind).filter(e.getValue()::equals).isEmpty()) {
                missing.add(e.getKey() + " (" + e.getValue().name() + ")");
            }
        }
        assertEquals(List.of(), missing);
    }

    private static boolean related(IcsModel model, String from, RelationKind kind, String to) {
        Element source = Samples.named(model, from).orElseThrow();
        Element target = Samples.named(model, to).orElseThrow();
        return model.outgoing(source.id()).stream()
                .anyMatch(r -> r.kind() == kind && r.target().equals(target.id()));
    }

    private static Relation membership(IcsModel model, String member, String body) {
        Element m = Samples.named(model, member).orElseThrow();
        Element b = Samples.named(model, body).orElseThrow();
        return model.outgoing(m.id()).stream()
                .filter(r -> r.kind() == RelationKind.MEMBER_OF && r.target().equals(b.id())).findFirst().orElseThrow();
    }
}
