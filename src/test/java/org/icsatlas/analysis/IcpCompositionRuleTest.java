package org.icsatlas.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.junit.jupiter.api.Test;

class IcpCompositionRuleTest {
    private final IcpCompositionRule rule = new IcpCompositionRule();

    private static ModelBuilder system() {
        return new ModelBuilder()
                .place("p1", "Place one")
                .place("p2", "Place two")
                .element("icb", OrganisationKind.ICB, "NHS Test ICB")
                .element("c1", OrganisationKind.LOCAL_AUTHORITY, "Council one", "p1")
                .element("c2", OrganisationKind.LOCAL_AUTHORITY, "Council two", "p2")
                .element("leader", PersonKind.ROLE_HOLDER, "Leader of council two", "p2")
                .element("icp", BodyKind.INTEGRATED_CARE_PARTNERSHIP, "Test Partnership")
                .relation(RelationKind.REPRESENTS, "leader", "c2");
    }

    @Test
    void icbAndEveryCouncilDirectlyOrThroughARepresentativePasses() {
        IcsModel model = system()
                .member("icb", "icp", MemberRole.MEMBER)
                .member("c1", "icp", MemberRole.MEMBER)
                .member("leader", "icp", MemberRole.CHAIR)
                .build();
        assertEquals(List.of(), rule.check(model));
    }

    @Test
    void missingIcbAndCouncilAreNamed() {
        IcsModel model = system().member("c1", "icp", MemberRole.MEMBER).build();
        List<Finding> findings = rule.check(model);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("no member from the integrated care board"), f.message());
        assertTrue(f.message().contains("no member from 'Council two'"), f.message());
        assertEquals(List.of(ElementId.of("icp"), ElementId.of("c2")), f.elements());
    }

    @Test
    void councilsOutsideTheSystemAreNotExpected() {
        IcsModel model = system()
                .member("icb", "icp", MemberRole.MEMBER)
                .member("c1", "icp", MemberRole.MEMBER)
                .member("c2", "icp", MemberRole.MEMBER)
                .build();
        model.addFootprint(Footprint.of("other", "Other system", FootprintLevel.SYSTEM), null, -1);
        model.addElement(Element.of("c3", OrganisationKind.LOCAL_AUTHORITY, "Elsewhere Council"), ElementId.of("other"), -1);
        assertEquals(List.of(), rule.check(model));
    }
}
