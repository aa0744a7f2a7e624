package org.icsatlas.io.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.junit.jupiter.api.Test;

/** The words people write, read as the issue lists them; every kind's own label still reads as that kind. */
class SynonymTableTest {
    private final RegisterVocabulary words = RegisterVocabulary.standard();
    private final SynonymTable table = SynonymTable.standard();

    @Test
    void headersMatchWhateverTheCaseAndPunctuation() {
        assertEquals("NAME", table.keyOf("columns.BODIES", "Body name").orElseThrow());
        assertEquals("NAME", table.keyOf("columns.BODIES", "COMMITTEE").orElseThrow());
        assertEquals("NAME", table.keyOf("columns.BODIES", " board ").orElseThrow());
        assertEquals("KIND", table.keyOf("columns.BODIES", "Category").orElseThrow());
        assertEquals("KIND", table.keyOf("columns.ORGANISATIONS", "type").orElseThrow());
        assertEquals("MEMBER", table.keyOf("columns.MEMBERSHIPS", "Organisation").orElseThrow());
        assertEquals("REPORTS_TO", table.keyOf("columns.BODIES", "reports_to").orElseThrow());
    }

    @Test
    void kindsMatchByNameOrCommonWording() throws Exception {
        assertEquals(BodyKind.INTEGRATED_CARE_BOARD, words.kind(ElementType.BODY, "Integrated care board"));
        assertEquals(BodyKind.INTEGRATED_CARE_BOARD, words.kind(ElementType.BODY, "ICB"));
        assertEquals(OrganisationKind.ICB, words.kind(ElementType.ORGANISATION, "ICB"));
        assertEquals(OrganisationKind.LOCAL_AUTHORITY, words.kind(ElementType.ORGANISATION, "Local authority"));
        assertEquals(OrganisationKind.LOCAL_AUTHORITY, words.kind(ElementType.ORGANISATION, "Council"));
        assertEquals(BodyKind.HEALTH_AND_WELLBEING_BOARD, words.kind(ElementType.BODY, "Health and wellbeing board"));
        assertEquals(BodyKind.HEALTH_AND_WELLBEING_BOARD, words.kind(ElementType.BODY, "Health & Wellbeing Board"));
        assertEquals(OrganisationKind.CCG, words.kind(ElementType.ORGANISATION, "CCG"));
        assertEquals(BodyKind.COMMITTEE, words.kind(ElementType.BODY, "committees"));
    }

    @Test
    void everyKindsOwnNameAndLabelReadAsThatKind() throws Exception {
        for (ElementType type : ElementType.values()) {
            for (ElementKind k : ElementKind.values(type)) {
                assertEquals(k, words.kind(type, k.label()), k.label());
                assertEquals(k, words.kind(type, k.name()), k.name());
            }
        }
    }

    @Test
    void rolesVotesAndLevelsReadTheWaysPeopleWriteThem() throws Exception {
        assertEquals(MemberRole.CHAIR, words.role("Chair"));
        assertEquals(MemberRole.VICE_CHAIR, words.role("Vice chair"));
        assertEquals(MemberRole.VICE_CHAIR, words.role("Vice-Chair"));
        assertEquals(MemberRole.CHIEF_EXECUTIVE, words.role("CEO"));
        for (String yes : new String[] {"yes", "Y", "true", "TRUE"}) {
            assertEquals(Boolean.TRUE, words.voting(yes), yes);
        }
        for (String no : new String[] {"no", "N", "false", "non-voting"}) {
            assertEquals(Boolean.FALSE, words.voting(no), no);
        }
        assertEquals(null, words.voting(""));
        assertEquals(FootprintLevel.NEIGHBOURHOOD, words.level("PCN"));
        assertEquals(FootprintLevel.SYSTEM, words.level("ICS"));
    }

    @Test
    void anUnknownRoleSaysWhatIsAllowed() {
        RowProblem p = org.junit.jupiter.api.Assertions.assertThrows(RowProblem.class, () -> words.role("Vice chiar"));
        assertEquals("unknown role \"Vice chiar\"; did you mean \"vice-chair\"? Allowed: chair, co-chair, vice-chair, chief executive, "
                + "executive member, non-executive member, partner member, member, attendee, observer", p.getMessage());
    }

    @Test
    void theKindMatcherTakesItsKindsFromTheCatalogue() throws Exception {
        RegisterVocabulary onlyCommittees = new RegisterVocabulary(table, type -> java.util.List.of(BodyKind.COMMITTEE));
        assertEquals(BodyKind.COMMITTEE, onlyCommittees.kind(ElementType.BODY, "Audit committee"));
        org.junit.jupiter.api.Assertions.assertThrows(RowProblem.class, () -> onlyCommittees.kind(ElementType.BODY, "ICB"));
    }
}
