package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * Flags a body that answers to nothing: it reports to no body or organisation and nobody delegates to it.
 *
 * <p>Sovereign top bodies are exempt, because by law they answer to no other body in the model: the ICB
 * board, the ICP (a statutory joint committee), a council's cabinet, a health and wellbeing board, a scrutiny
 * committee and a (CCG or trust) governing body. A partnership of sovereign organisations (place partnership,
 * provider or commissioner alliance, partnership board) answers to its member organisations, which ratify what
 * it agrees "in principle and by consensus", so it passes when at least one organisation or a person
 * representing one is among its members. Advising another body does not count: advice carries no accountability.
 * A gap in the recorded lines rather than a broken structure, so a warning. Abolished bodies are not checked and
 * abolished lines do not count; a proposed line counts (a proposed body answers through its proposed lines). A
 * declared kind is checked as the built-in kind it is based on.
 */
public final class UnaccountableBodyRule extends BasicRule {
    public static final String ID = "body-reports-to-nothing";

    /** Bodies at the top of their own statutory chain. */
    static final Set<BodyKind> SOVEREIGN = EnumSet.of(BodyKind.INTEGRATED_CARE_BOARD, BodyKind.INTEGRATED_CARE_PARTNERSHIP,
            BodyKind.CABINET, BodyKind.HEALTH_AND_WELLBEING_BOARD, BodyKind.SCRUTINY_COMMITTEE, BodyKind.GOVERNING_BODY);

    /** Partnerships whose decisions go back to their member organisations for ratification. */
    static final Set<BodyKind> PARTNERSHIPS = EnumSet.of(BodyKind.PLACE_PARTNERSHIP, BodyKind.PROVIDER_ALLIANCE,
            BodyKind.COMMISSIONER_ALLIANCE, BodyKind.PARTNERSHIP_BOARD);

    public UnaccountableBodyRule() {
        super(ID, Severity.WARNING);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        for (Element e : model.elements()) {
            if (!e.isBody() || e.status() == Status.ABOLISHED) {
                continue;
            }
            ElementKind kind = e.kind().base();
            if (SOVEREIGN.contains(kind) || answersUpwards(model, e)) {
                continue;
            }
            if (PARTNERSHIPS.contains(kind) && !new BodyMembers(model, e.id()).organisationsRepresented().isEmpty()) {
                continue;
            }
            String why = PARTNERSHIPS.contains(kind)
                    ? " reports to nothing, nobody delegates to it and no organisation sits on it to ratify its decisions"
                    : " reports to nothing and nobody delegates to it, so it is accountable to no one";
            out.add(finding(model.describe(e.id()) + why, List.of(e.id())));
        }
        return out;
    }

    private static boolean answersUpwards(IcsModel model, Element body) {
        for (Relation r : model.outgoing(body.id())) {
            if (r.kind() == RelationKind.REPORTS_TO && r.status() != Status.ABOLISHED) {
                return true;
            }
        }
        for (Relation r : model.incoming(body.id())) {
            if (r.kind() == RelationKind.DELEGATES_TO && r.status() != Status.ABOLISHED) {
                return true;
            }
        }
        return false;
    }
}
