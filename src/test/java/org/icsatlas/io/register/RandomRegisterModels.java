package org.icsatlas.io.register;

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
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Random models made to be awkward in a spreadsheet: names that repeat, that look like formulas or ids, hold commas,
 * quotes, semicolons, line breaks and accents; notes over several lines; attributes named like columns; people,
 * every relation kind, several reporting lines per body and votes yes, no or unknown.
 */
final class RandomRegisterModels {
    private static final String[] WORDS = {"Board", "Frimley", "Care", "Alliance", "Committee", "of", "North", "Primary",
        "Health", "and", "Wellbeing", "Council", "NHS", "Trust", "\"Quality\"", "Slough, Berks", "Ynys Môn", "Crème",
        "=SUM(A1)", "-minus", "+44 1276", "@home", "'quoted", "A; B", "e1", "s0", "O'Neill", "Line\nbreak", "Central"};
    private static final String[] KEYS = {"source", "odsCode", "note", "Type", "attribute: odd", "termsOfReferenceDate"};

    private RandomRegisterModels() {
    }

    static IcsModel model(long seed) {
        Random r = new Random(seed);
        IcsModel m = new IcsModel();
        List<ElementId> footprints = new ArrayList<>();
        int systems = 1 + r.nextInt(2);
        for (int s = 0; s < systems; s++) {
            ElementId sys = add(m, footprints, "s" + s, FootprintLevel.SYSTEM, null, r);
            for (int p = 0; p < r.nextInt(4); p++) {
                ElementId place = add(m, footprints, sys + "p" + p, FootprintLevel.PLACE, sys, r);
                for (int n = 0; n < r.nextInt(3); n++) {
                    add(m, footprints, place + "n" + n, FootprintLevel.NEIGHBOURHOOD, place, r);
                }
            }
        }
        List<ElementId> bodies = new ArrayList<>();
        List<ElementId> orgs = new ArrayList<>();
        List<ElementId> people = new ArrayList<>();
        int k = 0;
        for (ElementId fp : footprints) {
            for (int i = 0; i < r.nextInt(5); i++) {
                int type = r.nextInt(5);
                ElementId id = ElementId.of("e" + k++);
                Element e;
                if (type < 2) {
                    e = new Element(id, BodyKind.values()[r.nextInt(BodyKind.values().length)], name(r), "", note(r), attributes(r));
                    bodies.add(id);
                } else if (type < 4) {
                    e = new Element(id, OrganisationKind.values()[r.nextInt(OrganisationKind.values().length)], name(r), "", note(r), attributes(r));
                    orgs.add(id);
                } else {
                    e = new Element(id, PersonKind.ROLE_HOLDER, name(r), r.nextBoolean() ? "" : name(r), note(r), attributes(r));
                    people.add(id);
                }
                m.addElement(e, fp, -1);
            }
        }
        List<ElementId> members = new ArrayList<>(orgs);
        members.addAll(people);
        int relations = bodies.isEmpty() ? 0 : r.nextInt(3 * (bodies.size() + members.size()) + 1);
        for (int i = 0; i < relations; i++) {
            ElementId body = bodies.get(r.nextInt(bodies.size()));
            ElementId id = ElementId.of("r" + i);
            int kind = r.nextInt(6);
            if (kind == 0 && !members.isEmpty()) {
                Boolean[] votes = {true, false, null};
                m.addRelation(new Relation(id, RelationKind.MEMBER_OF, members.get(r.nextInt(members.size())), body,
                        MemberRole.values()[r.nextInt(MemberRole.values().length)], votes[r.nextInt(3)], null, note(r)), -1);
            } else if (kind == 1 && !orgs.isEmpty()) {
                m.addRelation(new Relation(id, RelationKind.DELEGATES_TO, orgs.get(r.nextInt(orgs.size())), body, null, null,
                        r.nextBoolean() ? name(r) : "", note(r)), -1);
            } else if (kind == 2 && !people.isEmpty() && !orgs.isEmpty()) {
                m.addRelation(new Relation(id, RelationKind.REPRESENTS, people.get(r.nextInt(people.size())),
                        orgs.get(r.nextInt(orgs.size())), null, null, null, note(r)), -1);
            } else if (kind == 3 && !orgs.isEmpty()) {
                m.addRelation(new Relation(id, RelationKind.REPORTS_TO, body, orgs.get(r.nextInt(orgs.size())), null, null, null, note(r)), -1);
            } else {
                ElementId source = bodies.get(r.nextInt(bodies.size()));
                if (!source.equals(body)) {
                    m.addRelation(new Relation(id, kind == 4 ? RelationKind.ADVISES : RelationKind.REPORTS_TO, source, body,
                            null, null, null, note(r)), -1);
                }
            }
        }
        return m;
    }

    private static java.util.TreeMap<String, String> attributes(Random r) {
        java.util.TreeMap<String, String> a = new java.util.TreeMap<>();
        for (int i = 0; i < r.nextInt(3); i++) {
            a.put(KEYS[r.nextInt(KEYS.length)], name(r));
        }
        return a;
    }

    private static ElementId add(IcsModel m, List<ElementId> all, String id, FootprintLevel level, ElementId parent, Random r) {
        m.addFootprint(new Footprint(ElementId.of(id), name(r), level, note(r)), parent, -1);
        ElementId fid = ElementId.of(id);
        all.add(fid);
        return fid;
    }

    private static String note(Random r) {
        return r.nextInt(3) == 0 ? name(r) + "\n" + name(r) : "";
    }

    private static String name(Random r) {
        StringBuilder b = new StringBuilder();
        int words = 1 + r.nextInt(4);
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString().strip();
    }
}
