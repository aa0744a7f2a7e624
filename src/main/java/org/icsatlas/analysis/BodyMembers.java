package org.icsatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/**
 * Reads the memberships of one body the way the composition rules need them: who sits on it, in which role,
 * and which organisations they bring (an organisation brings itself, a person the organisations they represent).
 */
final class BodyMembers {
    private final IcsModel model;
    private final List<Relation> memberships;

    BodyMembers(IcsModel model, ElementId body) {
        this.model = model;
        List<Relation> in = new ArrayList<>();
        for (Relation r : model.incoming(body)) {
            if (r.kind() == RelationKind.MEMBER_OF) {
                in.add(r);
            }
        }
        // Model order keeps messages stable from one run to the next.
        in.sort(Comparator.comparingInt(r -> model.indexOf(r.id())));
        this.memberships = in;
    }

    List<Relation> memberships() {
        return memberships;
    }

    /** The members holding {@code role}, in model order. */
    List<ElementId> holding(MemberRole role) {
        List<ElementId> out = new ArrayList<>();
        for (Relation r : memberships) {
            if (r.role() == role) {
                out.add(r.source());
            }
        }
        return out;
    }

    /** Members who sit as members proper: everyone except attendees and observers, who neither vote nor account. */
    List<ElementId> fullMembers() {
        List<ElementId> out = new ArrayList<>();
        for (Relation r : memberships) {
            if (r.role() != MemberRole.ATTENDEE && r.role() != MemberRole.OBSERVER) {
                out.add(r.source());
            }
        }
        return out;
    }

    /** The organisations a member brings: itself if an organisation, those it represents if a person. */
    Set<Element> organisationsOf(ElementId member) {
        Set<Element> out = new LinkedHashSet<>();
        Optional<Element> e = model.element(member);
        if (e.isEmpty()) {
            return out;
        }
        if (e.get().type() == ElementType.ORGANISATION) {
            out.add(e.get());
        } else if (e.get().type() == ElementType.PERSON) {
            for (Relation r : model.outgoing(member)) {
                if (r.kind() == RelationKind.REPRESENTS) {
                    model.element(r.target()).filter(t -> t.type() == ElementType.ORGANISATION).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The organisations the full members bring, in model order of the memberships. */
    Set<Element> organisationsRepresented() {
        Set<Element> out = new LinkedHashSet<>();
        for (ElementId m : fullMembers()) {
            out.addAll(organisationsOf(m));
        }
        return out;
    }
}
