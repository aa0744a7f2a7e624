package org.icsatlas.layout;

import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Lifecycle;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * A small system whose board has a member in every role, in scrambled order: a placeholder chair, a co-chair, a
 * vice-chair, two members (Zeta before Alpha in the file), an attendee, a proposed observer and an abolished member;
 * a committee reports to the board and a trust delegates to the committee. The fixture of the member-list tests.
 */
public final class BoardModels {
    public static final ElementId BOARD = ElementId.of("board");
    public static final ElementId COMMITTEE = ElementId.of("cttee");
    public static final ElementId VIEW = ElementId.of("view");

    private BoardModels() {
    }

    /** The model with one view, "Board", of the whole model, members drawn as lines. */
    public static IcsModel board() {
        IcsModel m = new IcsModel();
        m.addFootprint(Footprint.of("sys", "Testshire", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("place", "Testtown", FootprintLevel.PLACE), ElementId.of("sys"), -1);
        ElementId sys = ElementId.of("sys");
        ElementId place = ElementId.of("place");
        m.addElement(Element.of("board", BodyKind.INTEGRATED_CARE_BOARD, "Testshire Integrated Care Board"), sys, -1);
        m.addElement(Element.of("cttee", BodyKind.COMMITTEE, "Quality Committee"), sys, -1);
        m.addElement(Element.of("zeta", OrganisationKind.ACUTE_TRUST, "Zeta Hospitals NHS FT"), place, -1);
        m.addElement(Element.of("alpha", OrganisationKind.LOCAL_AUTHORITY, "Alpha Borough Council"), place, -1);
        m.addElement(Element.of("hw", OrganisationKind.HEALTHWATCH, "Healthwatch Testtown"), place, -1);
        m.addElement(Element.of("nhse", OrganisationKind.NATIONAL_BODY, "NHS England"), sys, -1);
        m.addElement(Element.of("gone", OrganisationKind.CCG, "Testtown CCG"), place, -1);
        m.addElement(Element.placeholder("chair", "Chair, Testshire ICB"), sys, -1);
        m.addElement(Element.of("bob", org.icsatlas.model.PersonKind.ROLE_HOLDER, "Bob Cole"), sys, -1);
        m.addElement(Element.of("ann", org.icsatlas.model.PersonKind.ROLE_HOLDER, "Ann Lee"), sys, -1);
        m.addRelation(Relation.membership("m-zeta", "zeta", "board", MemberRole.MEMBER, true), -1);
        m.addRelation(Relation.membership("m-obs", "nhse", "board", MemberRole.OBSERVER, false)
                .withLifecycle(Lifecycle.of(Status.PROPOSED)), -1);
        m.addRelation(Relation.membership("m-hw", "hw", "board", MemberRole.ATTENDEE, false), -1);
        m.addRelation(Relation.membership("m-alpha", "alpha", "board", MemberRole.MEMBER, true), -1);
        m.addRelation(Relation.membership("m-ann", "ann", "board", MemberRole.VICE_CHAIR, true), -1);
        m.addRelation(Relation.membership("m-chair", "chair", "board", MemberRole.CHAIR, true), -1);
        m.addRelation(Relation.membership("m-bob", "bob", "board", MemberRole.CO_CHAIR, true), -1);
        m.addRelation(Relation.membership("m-gone", "gone", "board", MemberRole.MEMBER, true)
                .withLifecycle(Lifecycle.of(Status.ABOLISHED)), -1);
        m.addRelation(Relation.of("r-cttee", RelationKind.REPORTS_TO, "cttee", "board"), -1);
        m.addRelation(Relation.of("d-zeta", RelationKind.DELEGATES_TO, "zeta", "cttee").withScope("quality assurance"), -1);
        m.addView(DiagramView.whole("view", "Board"), -1);
        return m;
    }

    /** The model's view, listing members or not. */
    public static DiagramView view(IcsModel model, boolean membersAsList) {
        return model.view(VIEW).orElseThrow().withMembersAsList(membersAsList);
    }
}
