package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** Small random nested models for property tests: 1-2 systems, places, neighbourhoods, bodies, organisations, relations. */
final class RandomModels {
    private static final String[] WORDS = {"Board", "Wiltshire", "Integrated", "Care", "Alliance", "Committee", "of",
        "North", "Primary", "Network", "Health", "and", "Wellbeing", "Council", "NHS", "Foundation", "Trust", "Quality"};

    private RandomModels() {
    }

    static IcsModel model(long seed) {
        return model(seed, 4, 3);
    }

    /** A medium model: up to 7 places per system and 4 neighbourhoods per place, so footprints pack into several rows. */
    static IcsModel medium(long seed) {
        return model(seed, 8, 5);
    }

    private static IcsModel model(long seed, int places, int neighbourhoods) {
        Random r = new Random(seed);
        IcsModel m = new IcsModel();
        List<ElementId> footprints = new ArrayList<>();
        int systems = 1 + r.nextInt(2);
        for (int s = 0; s < systems; s++) {
            ElementId sys = add(m, footprints, "s" + s, FootprintLevel.SYSTEM, null, r);
            for (int p = 0; p < r.nextInt(places); p++) {
                ElementId place = add(m, footprints, sys + "p" + p, FootprintLevel.PLACE, sys, r);
                for (int n = 0; n < r.nextInt(neighbourhoods); n++) {
                    add(m, footprints, place + "n" + n, FootprintLevel.NEIGHBOURHOOD, place, r);
                }
            }
        }
        List<ElementId> bodies = new ArrayList<>();
        List<ElementId> orgs = new ArrayList<>();
        int k = 0;
        for (ElementId fp : footprints) {
            for (int i = 0; i < r.nextInt(5); i++) {
                boolean body = r.nextBoolean();
                ElementId id = ElementId.of("e" + k++);
                m.addElement(new Element(id, body ? BodyKind.values()[r.nextInt(BodyKind.values().length)]
                        : OrganisationKind.values()[r.nextInt(OrganisationKind.values().length)], name(r), "", "", null), fp, -1);
                (body ? bodies : orgs).add(id);
            }
        }
        int relations = bodies.isEmpty() ? 0 : r.nextInt(3 * (bodies.size() + orgs.size()) + 1);
        for (int i = 0; i < relations; i++) {
            ElementId target = bodies.get(r.nextInt(bodies.size()));
            ElementId id = ElementId.of("r" + i);
            int kind = r.nextInt(4);
            if (kind == 0 && !orgs.isEmpty()) {
                m.addRelation(new Relation(id, RelationKind.MEMBER_OF, orgs.get(r.nextInt(orgs.size())), target,
                        MemberRole.values()[r.nextInt(MemberRole.values().length)], true, null, ""), -1);
            } else if (kind == 1 && !orgs.isEmpty()) {
                m.addRelation(new Relation(id, RelationKind.DELEGATES_TO, orgs.get(r.nextInt(orgs.size())), target, null, null,
                        r.nextBoolean() ? "budget" : "", ""), -1);
            } else {
                ElementId source = bodies.get(r.nextInt(bodies.size()));
                if (!source.equals(target)) {
                    m.addRelation(new Relation(id, kind == 2 ? RelationKind.ADVISES : RelationKind.REPORTS_TO, source, target,
                            null, null, null, ""), -1);
                }
            }
        }
        return m;
    }

    private static ElementId add(IcsModel m, List<ElementId> all, String id, FootprintLevel level, ElementId parent, Random r) {
        m.addFootprint(Footprint.of(id, name(r), level), parent, -1);
        ElementId fid = ElementId.of(id);
        all.add(fid);
        return fid;
    }

    private static String name(Random r) {
        StringBuilder b = new StringBuilder();
        int words = 1 + r.nextInt(6);
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
