package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Statuses and dates, placeholder role holders and declared kinds survive native → register → native. */
class RegisterLifecycleAndKindsTest {
    @TempDir
    Path dir;

    static IcsModel model() {
        IcsModel m = new IcsModel();
        DeclaredKind locality = DeclaredKind.basedOn("LOCALITY_BOARD", "Locality board", BodyKind.PLACE_PARTNERSHIP);
        DeclaredKind collaborative = DeclaredKind.coloured("PROVIDER_GROUP", ElementType.ORGANISATION, "Provider group", "#1f4e8c");
        m.declareKind(locality);
        m.declareKind(collaborative);
        m.addFootprint(Footprint.of("sys", "Somewhere", FootprintLevel.SYSTEM), null, -1);
        m.addElement(Element.of("north", locality, "North locality board").withLifecycle(new Lifecycle(Status.PROPOSED, "2027-04", "")), ElementId.of("sys"), -1);
        m.addElement(Element.of("icb", BodyKind.INTEGRATED_CARE_BOARD, "Somewhere ICB")
                .withLifecycle(new Lifecycle(Status.SHADOW, "2026", "2027-03-31")), ElementId.of("sys"), -1);
        m.addElement(Element.of("ccg", BodyKind.GOVERNING_BODY, "Old CCG").withLifecycle(new Lifecycle(Status.ABOLISHED, "2013", "2022-07-01")),
                ElementId.of("sys"), -1);
        m.addElement(Element.of("group", collaborative, "Acute group"), ElementId.of("sys"), -1);
        m.addElement(Element.of("council", OrganisationKind.LOCAL_AUTHORITY, "Somewhere Council"), ElementId.of("sys"), -1);
        m.addElement(Element.placeholder("chair-north", "Chair, North locality board"), ElementId.of("sys"), -1);
        m.addRelation(Relation.membership("m1", "chair-north", "north", MemberRole.CO_CHAIR, true)
                .withLifecycle(new Lifecycle(Status.PROPOSED, "2027-04", "")), -1);
        m.addRelation(Relation.membership("m2", "group", "north", MemberRole.MEMBER, null), -1);
        m.addRelation(Relation.of("r1", RelationKind.REPORTS_TO, "north", "icb").withLifecycle(new Lifecycle(Status.PROPOSED, "2027-04", "")), -1);
        m.addRelation(Relation.of("r2", RelationKind.REPORTS_TO, "ccg", "icb").withLifecycle(new Lifecycle(Status.ABOLISHED, "", "2022-07")), -1);
        return m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"register", "register.xlsx"})
    void statusesPlaceholdersAndDeclaredKindsRoundTrip(String out) throws Exception {
        IcsModel original = model();
        ImportPlan plan = RegisterRoundTripTest.reimport(original, dir.resolve(out));
        assertEquals(List.of(), plan.rejected());
        ModelContent.assertSameContent(original, plan.result());
        assertTrue(plan.result().element(ElementId.of("chair-north")).orElseThrow().isPlaceholder());
        ImportPlan again = new ImportPlanner().plan(original, new RegisterReader().read(RegisterSource.of(dir.resolve(out))));
        assertTrue(again.isEmpty(), () -> "added " + again.added() + " changed " + again.changed() + " removals " + again.removals());
    }

    @org.junit.jupiter.api.Test
    void aWrittenStatusAndABadDateAreReadOrRefusedAtTheirRow() throws Exception {
        Path reg = Files.createDirectories(dir.resolve("hand"));
        Files.writeString(reg.resolve("kinds.csv"), "Id,Label,Type,Based on,Colour\nLOCALITY_BOARD,Locality board,body,Place partnership,\n");
        Files.writeString(reg.resolve("bodies.csv"), "Name,Kind,Footprint,Status,Since,Until\n"
                + "North,Locality board,Somewhere,planned,2027-04,\n"
                + "South,Committee,Somewhere,abolished,2022-13,\n");
        Files.writeString(reg.resolve("memberships.csv"), "Body,Member,Role\n");
        ImportPlan plan = new ImportPlanner().plan(new IcsModel(), new RegisterReader().read(RegisterSource.of(reg)));
        assertEquals(1, plan.rejected().size(), plan.rejected()::toString);
        assertTrue(plan.rejected().get(0).toString().contains("2022-13"), plan.rejected()::toString);
        Element north = plan.result().elements().stream().filter(e -> e.name().equals("North")).findFirst().orElseThrow();
        assertEquals(new Lifecycle(Status.PROPOSED, "2027-04", ""), north.lifecycle());
        assertEquals("LOCALITY_BOARD", north.kind().name());
    }
}
