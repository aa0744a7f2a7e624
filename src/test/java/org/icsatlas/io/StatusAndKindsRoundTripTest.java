package org.icsatlas.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.Status;

/**
 * Random statuses and dates, declared kinds (based on a built-in kind or of their own colour), placeholder role
 * holders, co-chairs and hidden statuses survive write → read → write as the same model and the same bytes.
 */
class StatusAndKindsRoundTripTest {

    record Pick(int status, int from, int to, int kind, boolean placeholder, int role) {
    }

    private static final String[] DATES = {"", "2016", "2019-07", "2021-11-30", "2022-07-01", "2026-04"};

    @Property(tries = 120)
    void statusesKindsAndPlaceholdersRoundTrip(@ForAll("picks") List<Pick> picks, @ForAll("colours") String colour,
                                               @ForAll boolean hideProposed, @ForAll boolean hideAbolished) throws Exception {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("s", "System", FootprintLevel.SYSTEM), null, -1);
        List<ElementKind> bodies = List.of(BodyKind.COMMITTEE,
                DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PLACE_PARTNERSHIP),
                DeclaredKind.coloured("ICP_ASSEMBLY", ElementType.BODY, "ICP assembly", colour));
        m.declareKind((DeclaredKind) bodies.get(1));
        m.declareKind((DeclaredKind) bodies.get(2));
        m.declareKind(DeclaredKind.coloured("PROVIDER_COLLABORATIVE", ElementType.ORGANISATION, "Provider collaborative", colour));
        m.addElement(Element.of("b", BodyKind.PARTNERSHIP_BOARD, "Board"), ElementId.of("s"), -1);
        for (int i = 0; i < picks.size(); i++) {
            Pick p = picks.get(i);
            Lifecycle life = lifecycle(p);
            Element member = p.placeholder()
                    ? Element.placeholder("p" + i, "Chair, body " + i)
                    : Element.of("p" + i, i % 2 == 0 ? OrganisationKind.CCG : m.kinds().declared("PROVIDER_COLLABORATIVE"), "Org " + i);
            m.addElement(member.withLifecycle(life), ElementId.of("s"), -1);
            m.addElement(Element.of("k" + i, bodies.get(p.kind() % bodies.size()), "Body " + i).withLifecycle(life), ElementId.of("s"), -1);
            MemberRole role = MemberRole.values()[p.role() % MemberRole.values().length];
            m.addRelation(Relation.membership("m" + i, "p" + i, "b", role, null).withLifecycle(life), -1);
        }
        DiagramView v = DiagramView.whole("v", "View").withStatusShown(Status.PROPOSED, !hideProposed)
                .withStatusShown(Status.ABOLISHED, !hideAbolished).withElementKindShown(bodies.get(1), false);
        m.addView(v, -1);

        AtlasJsonWriter writer = new AtlasJsonWriter();
        byte[] written = writer.toBytes(m);
        IcsModel read = new AtlasJsonReader().importModel(new ByteArrayInputStream(written), "generated");
        assertEquals(m.snapshot(), read.snapshot());
        assertArrayEquals(written, writer.toBytes(read));
    }

    private static Lifecycle lifecycle(Pick p) {
        String from = DATES[p.from() % DATES.length];
        String to = DATES[p.to() % DATES.length];
        if (!from.isEmpty() && !to.isEmpty() && from.compareTo(to) > 0) {
            String t = from;
            from = to;
            to = t;
        }
        return new Lifecycle(Status.values()[p.status() % Status.values().length], from, to);
    }

    @Provide
    Arbitrary<List<Pick>> picks() {
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 11);
        return Combinators.combine(small, small, small, small, Arbitraries.of(true, false), small).as(Pick::new)
                .list().ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> colours() {
        return Arbitraries.integers().between(0, 0xffffff).map(i -> String.format("#%06x", i));
    }
}
