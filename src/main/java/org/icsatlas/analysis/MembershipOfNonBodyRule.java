package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Flags a membership of something that is not a body, or held by something that is neither an organisation nor
 * a person. {@link IcsModel} already refuses such a relation, so on any model its mutators can build this finds
 * nothing; it stays as a defensive check for the problems panel and {@code validate}, should that guarantee ever
 * weaken (a new element type, a kind change that slips through).
 */
public final class MembershipOfNonBodyRule extends BasicRule {
    public static final String ID = "membership-of-non-body";

    public MembershipOfNonBodyRule() {
        super(ID, Severity.ERROR);
    }

    @Override
    public List<Finding> check(IcsModel model) {
        List<Finding> out = new ArrayList<>();
        for (Relation r : model.relations()) {
            if (r.kind() != RelationKind.MEMBER_OF) {
                continue;
            }
            Optional<Element> member = model.element(r.source());
            Optional<Element> body = model.element(r.target());
            if (body.isPresent() && body.get().type() != ElementType.BODY) {
                out.add(finding(model.describe(r.source()) + " is recorded as a member of "
                        + model.describe(r.target()) + ", which is a " + body.get().kind().label().toLowerCase()
                        + ", not a body", List.of(r.source(), r.target())));
            } else if (member.isPresent() && member.get().type() == ElementType.BODY) {
                out.add(finding(model.describe(r.source()) + " is a body recorded as a member of "
                        + model.describe(r.target()) + "; only organisations and people can be members (a body reports to or advises another)",
                        List.of(r.source(), r.target())));
            }
        }
        return out;
    }
}
