package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** Sets the role (chair, member, observer…) a member holds in a body; applies to memberships only. */
public final class SetMemberRoleCommand extends ItemEdit {
    private final MemberRole role;

    public SetMemberRoleCommand(ElementId membership, MemberRole role) {
        super(membership);
        this.role = Objects.requireNonNull(role, "role");
    }

    @Override
    String action() {
        return "set the member role of";
    }

    @Override
    Relation change(IcsModel model, Relation r) {
        if (r.kind() != RelationKind.MEMBER_OF) {
            throw new IllegalEditException(Wording.relation(model, r) + " is not a membership, so it has no role");
        }
        return r.withRole(role);
    }

    @Override
    String describe(IcsModel model) {
        Relation r = model.relation(target).orElseThrow();
        return "Make " + Wording.quoted(model, r.source()) + " " + role.label() + " of " + Wording.quoted(model, r.target());
    }

    @Override
    String fallbackDescription() {
        return "Set the role in '" + target + "' to " + role.label();
    }
}
