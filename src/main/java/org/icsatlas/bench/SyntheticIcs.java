package org.icsatlas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Generates realistic synthetic governance models, the same for the same seed: at system level an ICB with its
 * committees, an ICP and a provider collaborative; per place a partnership, a health and wellbeing board and
 * delivery groups; per neighbourhood a primary care network and its integrated neighbourhood team; memberships,
 * reporting lines and delegations between them. Used by the layout benchmark and by property tests.
 */
public final class SyntheticIcs {

    /** The three sizes the benchmark measures. */
    public enum Scale {
        /** One system, about 60 elements. */
        S(new Shape(1, 2, 2, 2, 2, 3, 2, 150)),
        /** One system with 10 places, about 600 elements. */
        M(new Shape(1, 10, 10, 6, 6, 4, 12, 1_500)),
        /** "All England": 42 systems, about 200 places, 1,250 neighbourhoods, 5,000 elements, 15,000 relations. */
        L(new Shape(42, 2, 8, 3, 9, 0, 0, 15_000));

        final Shape shape;

        Scale(Shape shape) {
            this.shape = shape;
        }
    }

    /** Counts per level; places and neighbourhoods are drawn uniformly from their ranges. */
    record Shape(int systems, int minPlaces, int maxPlaces, int minNeighbourhoods, int maxNeighbourhoods,
                 int practicesPerPcn, int placeExtras, int targetRelations) {
    }

    private static final String[] TOWNS = {"Ashford", "Barnsley", "Bassetlaw", "Calder", "Doncaster", "Eden", "Fenland",
        "Gosport", "Harrow", "Ipswich", "Kendal", "Ludlow", "Malvern", "Newark", "Oldham", "Penrith", "Rotherham",
        "Sheffield", "Swindon", "Taunton", "Wiltshire", "Yeovil", "Bath", "Devizes", "Kirklees", "Wakefield", "Bradford",
        "Craven", "Halton", "Knowsley", "Sefton", "Wirral", "Durham", "Tynedale", "Lindsey", "Boston", "Mendip"};
    private static final String[] COMMITTEES = {"Audit and Risk Committee", "Remuneration Committee",
        "Quality and Safety Committee", "Finance and Performance Committee", "People Committee",
        "Primary Care Commissioning Committee"};

    private final Random random;
    private final IcsModel model = new IcsModel(ModelInfo.titled("Synthetic ICS"));
    private final List<Relation> relations = new ArrayList<>();
    private final List<ElementId> organisations = new ArrayList<>();
    private final List<ElementId> bodies = new ArrayList<>();
    private int relationNo;

    private SyntheticIcs(long seed) {
        this.random = new Random(seed);
    }

    /** A new model of the given scale; the same seed gives an equal model. */
    public static IcsModel generate(Scale scale, long seed) {
        SyntheticIcs g = new SyntheticIcs(seed);
        g.build(scale.shape);
        return g.model;
    }

    /**
     * A model of at least {@code elements} elements: as many systems of L's shape as that takes, with about three
     * relations per element (L's density), the extra memberships drawn inside each system. For the rules benchmark,
     * whose sizes go far beyond all England; the same seed and size give an equal model.
     */
    public static IcsModel generateElements(int elements, long seed) {
        return generateElements(elements, (double) Scale.L.shape.targetRelations() / 4_650, seed);
    }

    /**
     * As {@link #generateElements(int, long)} with about {@code relationsPerElement} relations per element (never
     * fewer than the structural ones: memberships, reporting lines and delegations of each system's bodies).
     */
    public static IcsModel generateElements(int elements, double relationsPerElement, long seed) {
        SyntheticIcs g = new SyntheticIcs(seed);
        Shape l = Scale.L.shape;
        Shape shape = new Shape(1, l.minPlaces(), l.maxPlaces(), l.minNeighbourhoods(), l.maxNeighbourhoods(),
                l.practicesPerPcn(), l.placeExtras(), 0);
        List<int[]> systems = new ArrayList<>();
        for (int i = 1; g.model.elementCount() < elements; i++) {
            int orgs = g.organisations.size();
            int bodies = g.bodies.size();
            g.system(shape, String.format("s%04d", i));
            systems.add(new int[] {orgs, g.organisations.size(), bodies, g.bodies.size()});
        }
        long target = Math.round(g.model.elementCount() * relationsPerElement);
        while (g.relations.size() < target) {
            int[] sys = systems.get(g.random.nextInt(systems.size()));
            ElementId org = g.organisations.get(sys[0] + g.random.nextInt(sys[1] - sys[0]));
            ElementId body = g.bodies.get(sys[2] + g.random.nextInt(sys[3] - sys[2]));
            g.member(org, body, g.random.nextInt(4) == 0 ? MemberRole.ATTENDEE : MemberRole.MEMBER);
        }
        for (Relation r : g.relations) {
            g.model.addRelation(r, -1);
        }
        return g.model;
    }

    private void build(Shape s) {
        for (int i = 1; i <= s.systems(); i++) {
            system(s, String.format("s%02d", i));
        }
        while (relations.size() < s.targetRelations() && !organisations.isEmpty() && !bodies.isEmpty()) {
            // extra memberships inside one system, as real boards co-opt members from across it
            ElementId org = organisations.get(random.nextInt(organisations.size()));
            String sys = org.value().substring(0, 3);
            ElementId body = bodies.get(random.nextInt(bodies.size()));
            if (body.value().startsWith(sys)) {
                member(org, body, random.nextInt(4) == 0 ? MemberRole.ATTENDEE : MemberRole.MEMBER);
            }
        }
        for (Relation r : relations) {
            model.addRelation(r, -1);
        }
    }

    private void system(Shape s, String id) {
        String name = town() + " and " + town() + " Integrated Care System";
        ElementId sys = footprint(id, name, FootprintLevel.SYSTEM, null);
        ElementId board = body(sys, id + "-icb-board", name.replace("System", "Board"), BodyKind.INTEGRATED_CARE_BOARD);
        ElementId icp = body(sys, id + "-icp", name.replace("System", "Partnership"), BodyKind.INTEGRATED_CARE_PARTNERSHIP);
        ElementId icbOrg = org(sys, id + "-icb", "NHS " + town() + " ICB", OrganisationKind.ICB);
        ElementId collab = body(sys, id + "-collab", "Acute Provider Collaborative", BodyKind.PROVIDER_ALLIANCE);
        relate(RelationKind.REPORTS_TO, collab, board);
        relate(RelationKind.ADVISES, icp, board);
        member(icbOrg, board, MemberRole.CHAIR);
        for (int c = 0; c < COMMITTEES.length; c++) {
            ElementId com = body(sys, id + "-com" + c, COMMITTEES[c], BodyKind.COMMITTEE);
            relate(RelationKind.REPORTS_TO, com, board);
            delegate(icbOrg, com, "terms of reference " + (c + 1));
        }
        for (int p = 0; p < 2; p++) {
            ElementId prog = body(sys, id + "-prog" + p, p == 0 ? "Urgent and Emergency Care Board" : "Elective Recovery Board", BodyKind.PROGRAMME_BOARD);
            relate(RelationKind.REPORTS_TO, prog, board);
        }
        List<ElementId> trusts = new ArrayList<>();
        trusts.add(org(sys, id + "-acute1", town() + " Teaching Hospitals NHS FT", OrganisationKind.ACUTE_TRUST));
        trusts.add(org(sys, id + "-acute2", town() + " and District Hospital NHS Trust", OrganisationKind.ACUTE_TRUST));
        trusts.add(org(sys, id + "-mh", town() + " Health and Care Partnership NHS FT", OrganisationKind.MENTAL_HEALTH_TRUST));
        trusts.add(org(sys, id + "-comm", town() + " Community Health Services", OrganisationKind.COMMUNITY_PROVIDER));
        trusts.add(org(sys, id + "-amb", "Regional Ambulance Service NHS Trust", OrganisationKind.AMBULANCE_TRUST));
        for (ElementId t : trusts) {
            member(t, board, MemberRole.PARTNER_MEMBER);
            member(t, collab, MemberRole.MEMBER);
        }
        member(org(sys, id + "-hw", "Healthwatch " + town(), OrganisationKind.HEALTHWATCH), icp, MemberRole.MEMBER);
        member(org(sys, id + "-vcse", town() + " VCSE Alliance", OrganisationKind.VCSE), icp, MemberRole.MEMBER);
        int places = s.minPlaces() + random.nextInt(s.maxPlaces() - s.minPlaces() + 1);
        for (int p = 1; p <= places; p++) {
            place(s, sys, id + String.format("-p%02d", p), board, icp, icbOrg, trusts);
        }
    }

    private void place(Shape s, ElementId sys, String id, ElementId board, ElementId icp, ElementId icbOrg, List<ElementId> trusts) {
        String town = town();
        ElementId place = footprint(id, town, FootprintLevel.PLACE, sys);
        ElementId partnership = body(place, id + "-pp", town + " Place Partnership", BodyKind.PLACE_PARTNERSHIP);
        ElementId hwb = body(place, id + "-hwb", town + " Health and Wellbeing Board", BodyKind.HEALTH_AND_WELLBEING_BOARD);
        ElementId la = org(place, id + "-la", town + " Council", OrganisationKind.LOCAL_AUTHORITY);
        relate(RelationKind.REPORTS_TO, partnership, board);
        relate(RelationKind.ADVISES, hwb, partnership);
        delegate(icbOrg, partnership, "place-based commissioning budget");
        member(la, hwb, MemberRole.CHAIR);
        member(la, icp, MemberRole.MEMBER);
        member(la, partnership, MemberRole.CHAIR);
        member(org(place, id + "-vcse", town + " Voluntary Action", OrganisationKind.VCSE), partnership, MemberRole.MEMBER);
        member(org(place, id + "-fed", town + " GP Federation", OrganisationKind.GP_FEDERATION), partnership, MemberRole.MEMBER);
        member(trusts.get(0), partnership, MemberRole.MEMBER);
        member(trusts.get(2), partnership, MemberRole.MEMBER);
        List<ElementId> groups = new ArrayList<>();
        for (int g = 0; g < 2 + s.placeExtras(); g++) {
            String what = g % 2 == 0 ? "Ageing Well Delivery Group" : "Children and Families Delivery Group";
            ElementId group = body(place, id + "-dg" + g, what + (g > 1 ? " " + g : ""), BodyKind.DELIVERY_GROUP);
            relate(RelationKind.REPORTS_TO, group, partnership);
            if (g < 2) {
                member(la, group, MemberRole.MEMBER);
                member(trusts.get(0), group, MemberRole.MEMBER);
                member(trusts.get(3), group, MemberRole.MEMBER);
            }
            groups.add(group);
        }
        int nbhs = s.minNeighbourhoods() + random.nextInt(s.maxNeighbourhoods() - s.minNeighbourhoods() + 1);
        for (int n = 1; n <= nbhs; n++) {
            neighbourhood(s, place, id + String.format("-n%02d", n), partnership, groups.get(0), la, trusts);
        }
    }

    private void neighbourhood(Shape s, ElementId place, String id, ElementId partnership, ElementId group, ElementId la,
                               List<ElementId> trusts) {
        String name = town() + " " + (random.nextBoolean() ? "North" : "Central");
        ElementId nbh = footprint(id, name, FootprintLevel.NEIGHBOURHOOD, place);
        ElementId pcn = org(nbh, id + "-pcn", name + " PCN", OrganisationKind.PCN);
        ElementId team = body(nbh, id + "-int", name + " Neighbourhood Team", BodyKind.DELIVERY_GROUP);
        member(pcn, team, MemberRole.CHAIR);
        member(pcn, partnership, MemberRole.MEMBER);
        member(trusts.get(3), team, MemberRole.MEMBER);
        member(trusts.get(2), team, MemberRole.MEMBER);
        member(la, team, MemberRole.ATTENDEE);
        relate(RelationKind.REPORTS_TO, team, group);
        for (int k = 1; k <= s.practicesPerPcn(); k++) {
            ElementId practice = org(nbh, id + "-gp" + k, town() + " Road Surgery", OrganisationKind.GP_PRACTICE);
            member(practice, team, MemberRole.MEMBER);
        }
    }

    private String town() {
        return TOWNS[random.nextInt(TOWNS.length)];
    }

    private ElementId footprint(String id, String name, FootprintLevel level, ElementId parent) {
        model.addFootprint(Footprint.of(id, name, level), parent, -1);
        return ElementId.of(id);
    }

    private ElementId body(ElementId fp, String id, String name, BodyKind kind) {
        ElementId e = element(fp, id, name, kind);
        bodies.add(e);
        return e;
    }

    private ElementId org(ElementId fp, String id, String name, OrganisationKind kind) {
        ElementId e = element(fp, id, name, kind);
        organisations.add(e);
        return e;
    }

    private ElementId element(ElementId fp, String id, String name, ElementKind kind) {
        model.addElement(Element.of(id, kind, name), fp, -1);
        return ElementId.of(id);
    }

    private void relate(RelationKind kind, ElementId from, ElementId to) {
        relations.add(new Relation(nextId(), kind, from, to, null, null, null, ""));
    }

    private void member(ElementId org, ElementId body, MemberRole role) {
        relations.add(new Relation(nextId(), RelationKind.MEMBER_OF, org, body, role, Boolean.TRUE, null, ""));
    }

    private void delegate(ElementId from, ElementId to, String scope) {
        relations.add(new Relation(nextId(), RelationKind.DELEGATES_TO, from, to, null, null, scope, ""));
    }

    private ElementId nextId() {
        return ElementId.of("r" + ++relationNo);
    }
}
