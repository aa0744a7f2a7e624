package org.icsatlas.edit;

import java.util.Objects;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Adds a relation between two elements (a membership, a reporting line…). Refused when an end is missing or the
 * ends do not fit the kind (a membership of an organisation).
 */
public final class ConnectCommand implements Command {
    private final Relation relation;
    private final int index;
    private String description;

    /** {@code index} is the relation's place in model order, -1 for the end. */
    public ConnectCommand(Relation relation, int index) {
        this.relation = Objects.requireNonNull(relation, "relation");
        this.index = index;
        this.description = "Connect '" + relation.source() + "' " + relation.kind().label().toLowerCase() + " '" + relation.target() + "'";
    }

    public ConnectCommand(Relation relation) {
        this(relation, -1);
    }

    /** A plain relation of {@code kind} with a fresh readable id. */
    public static ConnectCommand of(IdGenerator ids, ElementId source, RelationKind kind, ElementId target) {
        ElementId id = ids.forRelation(source, kind, target);
        return new ConnectCommand(new Relation(id, kind, source, target, null, null, null, ""));
    }

    public Relation relation() {
        return relation;
    }

    @Override
    public void execute(IcsModel model) {
        model.addRelation(relation, index);
        description = "Connect " + Wording.relation(model, relation);
    }

    @Override
    public void undo(IcsModel model) {
        model.removeRelation(relation.id());
    }

    @Override
    public String description() {
        return description;
    }
}
