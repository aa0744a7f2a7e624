package org.icsatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.junit.jupiter.api.Test;

class MemberListTest {
    private final IcsModel model = BoardModels.board();

    private List<String> texts(DiagramView view) {
        return MemberList.of(model, view, BoardModels.BOARD).entries().stream().map(MemberList.Entry::text).toList();
    }

    @Test
    void listsChairAndCoChairFirstThenViceChairMembersAttendeesObserversWithEveryRoleButMemberInBrackets() {
        assertEquals(List.of(
                "Chair, Testshire ICB [chair]",
                "Bob Cole [co-chair]",
                "Ann Lee [vice-chair]",
                "Alpha Borough Council",
                "Testtown CCG (abolished)",
                "Zeta Hospitals NHS FT",
                "Healthwatch Testtown [attendee]",
                "NHS England [observer] (proposed)"), texts(BoardModels.view(model, true)));
    }

    @Test
    void leavesOutMembershipsOfAHiddenStatus() {
        DiagramView view = BoardModels.view(model, true).withStatusShown(Status.ABOLISHED, false)
                .withStatusShown(Status.PROPOSED, false);
        List<String> texts = texts(view);
        assertEquals(6, texts.size());
        assertTrue(texts.stream().noneMatch(t -> t.contains("CCG") || t.contains("NHS England")), texts.toString());
    }

    @Test
    void keepsListingMembersWhoseKindIsHidden() {
        DiagramView view = BoardModels.view(model, true).withElementKindShown(OrganisationKind.LOCAL_AUTHORITY, false);
        assertTrue(texts(view).contains("Alpha Borough Council"));
    }

    @Test
    void isEmptyWhenTheViewDrawsLinesOrHidesMemberships() {
        assertTrue(texts(BoardModels.view(model, false)).isEmpty());
        assertTrue(texts(BoardModels.view(model, true).withRelationKindShown(RelationKind.MEMBER_OF, false)).isEmpty());
    }
}
