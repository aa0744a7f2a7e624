package org.icsatlas.edit;

import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** Sets what a delegation hands over ("decisions as a region"); applies to delegations only. */
public final class SetDelegationScopeCommand extends ItemEdit {
    private final String scope;

    public SetDelegationScopeCommand(ElementId delegation, String scope) {
        super(delegation);
        this.scope = scope == null ? "" : scope;
    }

    @Override
    String action() {
        return "set the delegation scope of";
    }

    @Override
    Relation change(IcsModel model, Relation r) {
        if (r.kind() != RelationKind.DELEGATES_TO) {
            throw new IllegalEditException(Wording.relation(model, r) + " is not a delegation, so it has no scope");
        }
        return r.withScope(scope);
    }

    @Override
    String describe(IcsModel model) {
        return "Set the scope of " + Wording.relation(model, model.relation(target).orElseThrow());
    }

    @Override
    String fallbackDescription() {
        return "Set the scope of '" + target + "'";
    }
}
