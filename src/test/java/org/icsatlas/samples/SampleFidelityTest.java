package org.icsatlas.samples;

import static org.icsatlas.model.MemberRole.ATTENDEE;
import static org.icsatlas.model.MemberRole.CHAIR;
import static org.icsatlas.model.MemberRole.CHIEF_EXECUTIVE;
import static org.icsatlas.model.MemberRole.CO_CHAIR;
import static org.icsatlas.model.MemberRole.MEMBER;
import static org.icsatlas.model.RelationKind.ADVISES;
import static org.icsatlas.model.RelationKind.DELEGATES_TO;
import static org.icsatlas.model.RelationKind.REPORTS_TO;
import static org.icsatlas.model.RelationKind.REPRESENTS;
import static org.icsatlas.model.Status.CURRENT;
import static org.icsatlas.model.Status.PROPOSED;
import static org.icsatlas.model.Status.SHADOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The samples say what their documents say: per sample, the named bodies, roles and relations the reference
 * document states (shared/domain/000_… for South Yorkshire and Bassetlaw, 003_… for BSW), each quoted, and each
 * checked present with the right footprint, role, relation and status. Then the rules both samples share: one
 * placement rule, primary care networks in neighbourhoods, every element connected or saying why not, every
 * inference marked UNCERTAIN.
 */
class SampleFidelityTest {
    private static final List<String> SYB_PLACES = List.of("Barnsley", "Bassetlaw", "Doncaster", "Rotherham", "Sheffield");
    private static final Map<String, String> HWB = Map.of("Barnsley", "Barnsley", "Bassetlaw", "Nottinghamshire",
            "Doncaster", "Doncaster", "Rotherham", "Rotherham", "Sheffield", "Sheffield");
    private static final List<String> SYB_ACUTE_TRUSTS = List.of("Barnsley Hospital NHS FT",
            "Doncaster and Bassetlaw Teaching Hospitals NHS FT", "The Rotherham NHS FT", "Sheffield Teaching Hospitals NHS FT",
            "Sheffield Children's NHS FT", "Chesterfield Royal Hospital NHS FT");
    private static final List<String> SYB_MENTAL_HEALTH_TRUSTS = List.of("Rotherham Doncaster and South Humber NHS FT",
            "Sheffield Health and Social Care NHS FT", "South West Yorkshire Partnership NHS FT", "Nottinghamshire Healthcare NHS FT");

    static DocumentStatements seed000() {
        DocumentStatements s = new DocumentStatements();
        String alliances = "the connection between decision making bodies (the Provider Alliance and the Commissioner Alliance)";
        s.element(alliances, "Provider Alliance", BodyKind.PROVIDER_ALLIANCE, "syb");
        s.element(alliances, "Commissioner Alliance", BodyKind.COMMISSIONER_ALLIANCE, "syb");
        for (String place : SYB_PLACES) {
            String id = place.toLowerCase();
            s.fact("each of our 'places' (Barnsley, Bassetlaw, Doncaster, Rotherham and Sheffield)", place + " is a place of the system",
                    m -> m.footprint(ElementId.of(id)).filter(f -> f.name().equals(place) && f.level() == FootprintLevel.PLACE).isPresent()
                            && m.parentOf(ElementId.of(id)).equals(java.util.Optional.of(ElementId.of("syb"))));
            s.element("Each of the five 'places' is developing an Accountable Care Partnership (ACP)",
                    place + " Accountable Care Partnership", BodyKind.PLACE_PARTNERSHIP, id);
        }
        String jc = "Joint Committee of Clinical Commissioning Groups";
        s.element("the Joint Committee of Clinical Commissioning Groups", jc, BodyKind.COMMISSIONER_ALLIANCE, "syb");
        for (String place : SYB_PLACES) {
            String ccg = place + " CCG";
            s.element("clinical commissioning groups", ccg, OrganisationKind.CCG, place.toLowerCase());
            s.relation("has the authority/permission from each CCG governing body to make decisions on their behalf", ccg, DELEGATES_TO, jc);
            s.member("the Joint Committee of Clinical Commissioning Groups (its name: a committee of the CCGs)", ccg, jc, MEMBER, CURRENT);
        }
        s.element("through the Citizens' Panel", "Citizens' Panel", BodyKind.CITIZENS_PANEL, "syb");
        String oag = "Oversight and Assurance Group";
        String cpb = "Collaborative Partnership Board";
        s.element("Oversight and assurance group", oag, BodyKind.OVERSIGHT_GROUP, "syb");
        s.element("Collaborative partnership board", cpb, BodyKind.PARTNERSHIP_BOARD, "syb");
        s.element("Executive steering group", "Executive Steering Group", BodyKind.EXECUTIVE_GROUP, "syb");
        s.element("Workstream projects and their boards", "Workstream Programme Boards", BodyKind.PROGRAMME_BOARD, "syb");

        for (String place : SYB_PLACES) {
            String chair = "Chair, " + place + " CCG";
            s.placeholder("includes chairs from clinical commissioning groups", chair, place.toLowerCase());
            s.relation("includes chairs from clinical commissioning groups", chair, REPRESENTS, place + " CCG");
            s.member("The ICS oversight and assurance group includes chairs from clinical commissioning groups", chair, oag, MEMBER, CURRENT);
            s.member("The meetings are attended by their chief executives and accountable officers", place + " CCG", oag, ATTENDEE, CURRENT);
            s.member("Clinical chairs from commissioning groups are also represented on the board", chair, cpb, MEMBER, CURRENT);
            String hwb = HWB.get(place);
            String hwbChair = "Chair, " + hwb + " HWB";
            s.element("health and wellbeing boards", hwb + " Health and Wellbeing Board", BodyKind.HEALTH_AND_WELLBEING_BOARD, place.toLowerCase());
            s.placeholder("includes chairs from ... health and wellbeing boards", hwbChair, place.toLowerCase());
            s.member("includes chairs from ... health and wellbeing boards", hwbChair, oag, MEMBER, CURRENT);
            s.member("chairs from ... health and wellbeing boards", hwbChair, hwb + " Health and Wellbeing Board", CHAIR, CURRENT);
            s.member("Healthwatch organisations", "Healthwatch " + hwb, cpb, MEMBER, CURRENT);
            s.member("(ics-facts §1.7) It must include ... local Healthwatch", "Healthwatch " + hwb, hwb + " Health and Wellbeing Board", MEMBER, CURRENT);
            s.member("chief executives and accountable officers from ... commissioning groups", place + " CCG", cpb, MEMBER, CURRENT);
        }
        for (String trust : SYB_ACUTE_TRUSTS) {
            s.placeholder("includes chairs from ... hospital trusts", "Chair, " + trust, footprintOfTrust(trust));
            s.member("includes chairs from ... hospital trusts", "Chair, " + trust, oag, MEMBER, CURRENT);
            s.member("attended by their chief executives", trust, oag, ATTENDEE, CURRENT);
            s.member("chief executives and accountable officers from acute ... hospitals", trust, cpb, MEMBER, CURRENT);
        }
        for (String trust : SYB_MENTAL_HEALTH_TRUSTS) {
            s.member("chief executives and accountable officers from ... mental health hospitals", trust, cpb, MEMBER, CURRENT);
        }
        for (String member : List.of("Barnsley Healthcare Federation", "Primary Care Sheffield")) {
            s.member("primary care", member, cpb, MEMBER, CURRENT);
        }
        for (String council : List.of("Barnsley Metropolitan Borough Council", "Nottinghamshire County Council", "Bassetlaw District Council",
                "Doncaster Metropolitan Borough Council", "Rotherham Metropolitan Borough Council", "Sheffield City Council")) {
            s.member("local authorities", council, cpb, MEMBER, CURRENT);
        }
        s.member("voluntary action groups", "Voluntary action groups", cpb, MEMBER, CURRENT);
        s.member("NHS England and other arm's length bodies", "NHS England", cpb, MEMBER, CURRENT);
        s.member("NHS England and other arm's length bodies", "Other arm's length bodies", cpb, MEMBER, CURRENT);
        String boards = "These are led by a chief executive and senior responsible officer (an accountable officer from a clinical commissioning group)";
        s.member(boards, "Chief executive lead, workstream programme boards", "Workstream Programme Boards", CO_CHAIR, CURRENT);
        s.member(boards, "Senior responsible officer (a CCG accountable officer), workstream programme boards", "Workstream Programme Boards",
                CO_CHAIR, CURRENT);
        for (String place : SYB_PLACES) {
            s.relation("(inferred from 2023 material, ics-facts §3.1) the Place Board reports to the HWB",
                    place + " Accountable Care Partnership", REPORTS_TO, HWB.get(place) + " Health and Wellbeing Board", null, PROPOSED);
        }
        return s;
    }

    private static String footprintOfTrust(String trust) {
        return switch (trust) {
            case "Barnsley Hospital NHS FT" -> "barnsley";
            case "The Rotherham NHS FT" -> "rotherham";
            case "Sheffield Teaching Hospitals NHS FT", "Sheffield Children's NHS FT" -> "sheffield";
            default -> "syb";
        };
    }

    static DocumentStatements seed003() {
        DocumentStatements s = new DocumentStatements();
        String commences = "A statutory Integrated Care System for Bath and NE Somerset, Swindon and Wiltshire commences in April 2022";
        s.element(commences, "BSW Integrated Care Board", OrganisationKind.ICB, "bsw");
        s.fact(commences, "the ICB is proposed from 2022-04", m -> status(m, "BSW Integrated Care Board").equals("PROPOSED 2022-04"));
        s.element("members of the ICS NHS Board will have shared corporate accountability", "BSW ICB Board", BodyKind.INTEGRATED_CARE_BOARD, "bsw");
        s.fact(commences, "the ICB board is proposed from 2022-04", m -> status(m, "BSW ICB Board").equals("PROPOSED 2022-04"));
        s.relation("There is an expectation that the ICS NHS body will have a unitary board", "BSW ICB Board", REPORTS_TO,
                "BSW Integrated Care Board", null, PROPOSED);
        s.member("Stephanie Elsy was confirmed as Chair-Designate of the BSW Partnership Integrated care Board (ICB) in July 2021",
                "Stephanie Elsy", "BSW ICB Board", CHAIR, SHADOW);
        s.member("(ics-facts §4.1) Sue Harriman ... named designate in 2021", "Sue Harriman", "BSW ICB Board", CHIEF_EXECUTIVE, SHADOW);
        String partnership = "BSW Partnership";
        s.element("The BSW Partnership provides a mechanism for collaboration and common decision-making", partnership,
                BodyKind.INTEGRATED_CARE_PARTNERSHIP, "bsw");
        s.placeholder("an Independent Chair has been appointed for the BSW Partnership", "Independent Chair, BSW Partnership", "bsw");
        s.member("an Independent Chair has been appointed for the BSW Partnership", "Independent Chair, BSW Partnership", partnership, CHAIR, CURRENT);
        s.member("as well as the local NHS (represented at least by the ICS NHS body)", "BSW Integrated Care Board", partnership, MEMBER, PROPOSED);
        for (String council : List.of("Bath and North East Somerset Council", "Swindon Borough Council", "Wiltshire Council")) {
            s.member("Members must include local authorities that are responsible for social care services in the ICS area", council,
                    partnership, MEMBER, CURRENT);
        }
        s.member("The partners are inclusive of health, local authority and voluntary sector representatives", "Voluntary sector partners",
                partnership, MEMBER, CURRENT);
        s.element("direct commissioning functions NHSE may delegate", "NHS England", OrganisationKind.NATIONAL_BODY, "bsw");
        s.relation("direct commissioning functions NHSE may delegate, including commissioning of primary care and appropriate specialised services",
                "NHS England", DELEGATES_TO, "BSW ICB Board", null, PROPOSED);
        s.element("Clinical Commissioning Groups (which will cease to exist from April 2022)", "BSW Clinical Commissioning Group",
                OrganisationKind.CCG, "bsw");
        s.fact("Clinical Commissioning Groups (which will cease to exist from April 2022)", "the CCG is current until 2022-04",
                m -> status(m, "BSW Clinical Commissioning Group").equals("CURRENT -2022-04"));
        String sitUnder = "These Alliances will sit underneath the BSW ICS Partnership";
        for (String[] a : new String[][] {{"B&NES Alliance", "banes"}, {"Swindon Alliance", "swindon"},
                {"Wiltshire Integrated Care Alliance", "wiltshire"}}) {
            s.element("B&NES, Swindon and Wiltshire will therefore form their own Place-Based Partnerships of \u201cAlliance\u201d", a[0],
                    BodyKind.PLACE_PARTNERSHIP, a[1]);
            s.relation(sitUnder, a[0], REPORTS_TO, partnership);
        }
        s.element("the Alliance Leadership Team and Alliance Delivery Group meetings", "Alliance Leadership Team", BodyKind.LEADERSHIP_TEAM, "wiltshire");
        s.element("the Alliance Leadership Team and Alliance Delivery Group meetings", "Alliance Delivery Group", BodyKind.DELIVERY_GROUP, "wiltshire");
        String boards = "the Alliance Programme Boards have been meeting since July 2021, reporting through into existing governance structures for decisions";
        s.element(boards, "Alliance Programme Boards", BodyKind.PROGRAMME_BOARD, "wiltshire");
        s.fact(boards, "the boards are dated from 2021-07", m -> status(m, "Alliance Programme Boards").equals("CURRENT 2021-07"));
        s.relation(boards, "Alliance Programme Boards", REPORTS_TO, "Wiltshire Council Cabinet");
        s.relation(boards, "Alliance Programme Boards", REPORTS_TO, "BSW Clinical Commissioning Group");
        s.fact("a programme of priority projects was agreed for 2021/2022", "one work programme, not ten project boxes",
                m -> Samples.named(m, "Alliance Work Programme 2021/22").filter(e -> e.kind().base() == BodyKind.PROJECT).isPresent()
                        && m.elements().stream().noneMatch(e -> e.kind() == BodyKind.PROJECT));
        s.relation("A shared Governance Framework for the work programme was agreed in June 2021", "Alliance Work Programme 2021/22",
                REPORTS_TO, "Alliance Programme Boards");
        s.element("Cabinet", "Wiltshire Council Cabinet", BodyKind.CABINET, "wiltshire");
        s.element("the Wiltshire Health and Wellbeing Board", "Wiltshire Health and Wellbeing Board", BodyKind.HEALTH_AND_WELLBEING_BOARD, "wiltshire");
        s.member("Councillor Richard Clewer, Leader and Chair of the Wiltshire Health and Wellbeing Board", "Richard Clewer",
                "Wiltshire Health and Wellbeing Board", CHAIR, CURRENT);
        s.relation("Councillor Richard Clewer, Leader", "Richard Clewer", REPRESENTS, "Wiltshire Council");
        s.relation("Lucy Townsend Corporate Director for People Wiltshire Council", "Lucy Townsend", REPRESENTS, "Wiltshire Council");
        s.member("(ics-facts §1.7) It must include ... local Healthwatch", "Healthwatch Wiltshire", "Wiltshire Health and Wellbeing Board", MEMBER, CURRENT);
        s.element("Health Select Committee had the opportunity to contribute to an early draft of this report", "Health Select Committee",
                BodyKind.SCRUTINY_COMMITTEE, "wiltshire");
        s.relation("Health Select Committee had the opportunity to contribute to an early draft of this report", "Health Select Committee",
                ADVISES, "Wiltshire Council Cabinet");
        return s;
    }

    /** "STATUS from" or "STATUS -to" or "STATUS from-to": an element's status and dates, compactly. */
    private static String status(IcsModel m, String name) {
        java.util.Optional<Element> found = Samples.named(m, name);
        if (found.isEmpty()) {
            return "no element named " + name;
        }
        Element e = found.get();
        String dates = e.lifecycle().from() + (e.lifecycle().to().isEmpty() ? "" : "-" + e.lifecycle().to());
        return e.status().name() + (dates.isEmpty() ? "" : " " + dates);
    }

    @Test
    void southYorkshireSaysWhatSeed000Says() {
        DocumentStatements statements = seed000();
        assertEquals(List.of(), statements.problems(Samples.load(Samples.SYB)));
        assertTrue(statements.size() > 100, "statements checked: " + statements.size());
    }

    @Test
    void bswSaysWhatSeed003Says() {
        assertEquals(List.of(), seed003().problems(Samples.load(Samples.BSW)));
    }

    @Test
    void theChecksFailOnASampleThatDoesNotSayIt() {
        // the other document's sample carries none of the named bodies: the checks can fail and name what is missing
        List<String> problems = seed003().problems(Samples.load(Samples.SYB));
        assertTrue(problems.size() > 20, problems.toString());
        assertTrue(problems.get(0).startsWith("\"A statutory Integrated Care System"), problems.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void primaryCareNetworksSitInNeighbourhoods(String sample) {
        IcsModel model = Samples.load(sample);
        List<Element> pcns = model.elements().stream().filter(e -> e.kind() == OrganisationKind.PCN).toList();
        assertTrue(pcns.size() >= 3);
        for (Element pcn : pcns) {
            ElementId at = model.parentOf(pcn.id()).orElseThrow();
            assertEquals(FootprintLevel.NEIGHBOURHOOD, model.footprint(at).orElseThrow().level(), pcn.name());
        }
    }

    @Test
    void organisationsSitAtThePlaceTheyServeAndAtSystemLevelOnlyWhenTheyServeSeveral() {
        IcsModel syb = Samples.load(Samples.SYB);
        assertAt(syb, "South West Yorkshire Partnership NHS FT", "barnsley");
        assertAt(syb, "Nottinghamshire Healthcare NHS FT", "bassetlaw");
        assertAt(syb, "East Midlands Ambulance Service NHS Trust", "bassetlaw");
        assertAt(syb, "Doncaster and Bassetlaw Teaching Hospitals NHS FT", "syb");
        assertAt(syb, "Rotherham Doncaster and South Humber NHS FT", "syb");
        IcsModel bsw = Samples.load(Samples.BSW);
        assertAt(bsw, "Royal United Hospitals Bath NHS FT", "bsw");
        assertAt(bsw, "Great Western Hospitals NHS FT", "bsw");
        assertAt(bsw, "Avon and Wiltshire Mental Health Partnership NHS Trust", "bsw");
        assertAt(bsw, "Salisbury NHS FT", "wiltshire");
        for (IcsModel m : List.of(syb, bsw)) {
            for (Element e : m.elements()) {
                boolean provider = e.kind() == OrganisationKind.ACUTE_TRUST || e.kind() == OrganisationKind.MENTAL_HEALTH_TRUST
                        || e.kind() == OrganisationKind.AMBULANCE_TRUST;
                if (provider) {
                    assertTrue(e.note().contains("placement rule"), e.name() + " says how it was placed: " + e.note());
                }
            }
            assertTrue(m.info().description().contains("Placement rule (both samples)"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void everyElementIsConnectedOrSaysWhyNot(String sample) {
        IcsModel model = Samples.load(sample);
        List<String> silent = new ArrayList<>();
        for (Element e : model.elements()) {
            if (model.relationsOf(e.id()).isEmpty() && !e.note().contains("Not connected")
                    && !e.note().contains("body-reports-to-nothing")) {
                silent.add(e.name());
            }
        }
        assertEquals(List.of(), silent);
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.SYB, Samples.BSW})
    void everyInferenceIsMarkedUncertainAndEveryElementKeepsItsSource(String sample) {
        IcsModel model = Samples.load(sample);
        List<String> unmarked = new ArrayList<>();
        for (Element e : model.elements()) {
            if (e.attributes().getOrDefault("source", "").isBlank()) {
                unmarked.add(e.name() + ": no source");
            }
            if (e.note().toLowerCase().contains("inferred") && !e.note().contains("UNCERTAIN")) {
                unmarked.add(e.name());
            }
        }
        for (Relation r : model.relations()) {
            if (r.note().toLowerCase().contains("inferred") && !r.note().contains("UNCERTAIN")) {
                unmarked.add(r.id().value());
            }
        }
        assertEquals(List.of(), unmarked);
    }

    @Test
    void theHealthAndWellbeingBoardChairsAreRoleHoldersNotCouncils() {
        IcsModel syb = Samples.load(Samples.SYB);
        Element oag = Samples.named(syb, "Oversight and Assurance Group").orElseThrow();
        for (Relation r : syb.incoming(oag.id())) {
            Element member = syb.element(r.source()).orElseThrow();
            if (r.kind() == RelationKind.MEMBER_OF && member.kind() == OrganisationKind.LOCAL_AUTHORITY) {
                throw new AssertionError(member.name() + " stands in for a chair on the Oversight and Assurance Group");
            }
            if (r.role() == MEMBER) {
                assertEquals(PersonKind.ROLE_HOLDER, member.kind(), member.name());
            }
        }
    }

    private static void assertAt(IcsModel m, String name, String footprint) {
        Element e = Samples.named(m, name).orElseThrow(() -> new AssertionError("no " + name));
        assertEquals(footprint, m.parentOf(e.id()).orElseThrow().value(), name);
    }
}
