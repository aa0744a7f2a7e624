package org.icsatlas.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsatlas.analysis.Finding;
import org.icsatlas.analysis.RuleBook;
import org.icsatlas.analysis.Severity;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtlasJsonWriter;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.render.style.StyleTable;
import org.junit.jupiter.api.Test;

/**
 * A third real system, Greater Manchester, written from {@code shared/domain/ics-facts.md} as a plain native file:
 * its locality boards are a kind the file declares and its ICP is co-chaired, so it needs no code change. It loads,
 * is canonical, has no errors, and its declared kind is styled, checked and listed like a built-in one.
 */
class ThirdRealSystemTest {
    private static final Path FILE = Path.of("sample-data/greater-manchester.icsatlas.json");

    private static IcsModel load() throws Exception {
        return new AtlasJsonReader().importModel(FILE);
    }

    @Test
    void loadsCanonicallyWithNoErrors() throws Exception {
        IcsModel model = load();
        assertArrayEquals(Files.readAllBytes(FILE), new AtlasJsonWriter().toBytes(model));
        List<Finding> errors = RuleBook.standard().check(model).stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
        assertEquals(10, model.childFootprints(model.roots().get(0)).size());
    }

    @Test
    void localityBoardsAreADeclaredKindDrawnAndCheckedLikeAPlacePartnership() throws Exception {
        IcsModel model = load();
        DeclaredKind locality = model.kinds().declared("LOCALITY_BOARD");
        assertEquals("Locality board", locality.label());
        assertEquals(BodyKind.PLACE_PARTNERSHIP, locality.base());
        Element bury = Samples.named(model, "Bury Locality Board").orElseThrow();
        assertEquals(locality, bury.kind());
        assertTrue(model.kinds().all(bury.type()).contains(locality), "listed with the body kinds");
        assertEquals(StyleTable.standard().element(BodyKind.PLACE_PARTNERSHIP).shape(), StyleTable.standard().element(locality).shape());
        assertEquals("LOC", StyleTable.standard().element(locality).badge());
        // a place partnership with member organisations answers to them: no body-reports-to-nothing finding
        assertTrue(RuleBook.standard().check(model).stream()
                .noneMatch(f -> f.ruleId().equals("body-reports-to-nothing") && f.elements().contains(bury.id())));
    }

    @Test
    void theIcpIsCoChairedAndHasTheIcbAndTheTenCouncils() throws Exception {
        IcsModel model = load();
        Element icp = Samples.named(model, "Greater Manchester Integrated Care Partnership").orElseThrow();
        List<Relation> in = model.incoming(icp.id()).stream().filter(r -> r.kind() == RelationKind.MEMBER_OF).toList();
        assertEquals(2, in.stream().filter(r -> r.role() == MemberRole.CO_CHAIR).count());
        assertEquals(10, in.stream().filter(r -> model.element(r.source()).orElseThrow().kind()
                == org.icsatlas.model.OrganisationKind.LOCAL_AUTHORITY).count());
        assertTrue(RuleBook.standard().check(model).stream().noneMatch(f -> f.elements().contains(icp.id())
                && (f.ruleId().equals("chair-count") || f.ruleId().equals("icp-composition"))));
        Element mayor = Samples.named(model, "Mayor of Greater Manchester").orElseThrow();
        assertTrue(mayor.isPlaceholder());
    }
}
