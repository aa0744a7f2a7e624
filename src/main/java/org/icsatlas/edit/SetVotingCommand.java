package org.icsatlas.edit;

import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** Records whether a member votes in a body ({@code null}: not known); applies to memberships only. */
public final class SetVotingCommand extends ItemEdit {
    private final Boolean voting;

    public SetVotingCommand(ElementId membership, Boolean voting) {
        super(membership);
        this.voting = voting;
    }

    @Override
    String action() {
        return "set the vote of";
    }

    @Override
    Relation change(IcsModel model, Relation r) {
        if (r.kind() != RelationKind.MEMBER_OF) {
            throw new IllegalEditException(Wording.relation(model, r) + " is not a membership, so it has no vote");
        }
        return r.withVoting(voting);
    }

    @Override
    String describe(IcsModel model) {
        Relation r = model.relation(target).orElseThrow();
        String member = Wording.quoted(model, r.source());
        String body = Wording.quoted(model, r.target());
        if (voting == null) {
            return "Clear whether " + member + " votes in " + body;
        }
        return voting ? "Give " + member + " a vote in " + body : "Make " + member + " non-voting in " + body;
    }

    @Override
    String fallbackDescription() {
        return "Set the vote in '" + target + "'";
    }
}
