package org.icsatlas.analysis;

import java.util.ArrayList;
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
import org.icsatlas.model.Status;

/**
 * Reads the memberships of one body the way the composition rules need them: who sits on it, in which role,
 * and which organisations they bring (an organisation brings itself, a person the organisations they represent).
 * Abolished memberships and abolished members are gone and left out everywhere. A membership is <em>in force</em>
 * when it and its member are current; the statutory composition checks count only those, and name the others
 * (proposed, shadow / designate) in their findings.
 */
final class BodyMembers {
    private final IcsModel model;
    private final List<Relation> memberships;

    BodyMembers(IcsModel model, ElementId body) {
        this.model = model;
        List<Relation> in = new ArrayList<>();
        for (Relation r : model.incoming(body)) {
            if (r.kind() == RelationKind.MEMBER_OF && !gone(model, r)) {
                in.add(r);
            }
        }
        // In model order (the model hands incoming relations so), which keeps messages stable from one run to the next.
        this.memberships = in;
    }

    List<Relation> memberships() {
        return memberships;
    }

    private static boolean gone(IcsModel model, Relation r) {
        return r.status() == Status.ABOLISHED
                || model.element(r.source()).map(e -> e.status() == Status.ABOLISHED).orElse(true);
    }

    /** Whether the membership and its member are current. */
    boolean inForce(Relation membership) {
        return membership.lifecycle().inForce()
                && model.element(membership.source()).map(e -> e.lifecycle().inForce()).orElse(false);
    }

    /** The members holding {@code role} whose membership is in force, in model order. */
    List<ElementId> holdingInForce(MemberRole role) {
        List<ElementId> out = new ArrayList<>();
        for (Relation r : memberships) {
            if (r.role() == role && inForce(r)) {
                out.add(r.source());
            }
        }
        return out;
    }

    /** The members holding {@code role} whose membership is not yet in force (proposed, shadow / designate). */
    List<Relation> pending(MemberRole role) {
        List<Relation> out = new ArrayList<>();
        for (Relation r : memberships) {
            if (r.role() == role && !inForce(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The organisations the full members bring through memberships in force. */
    Set<Element> organisationsRepresentedInForce() {
        Set<Element> out = new LinkedHashSet<>();
        for (Relation r : memberships) {
            if (r.role() != MemberRole.ATTENDEE && r.role() != MemberRole.OBSERVER && inForce(r)) {
                out.addAll(organisationsOf(r.source()));
            }
        }
        return out;
    }

    /** The full memberships not yet in force, with the organisations each would bring. */
    List<Relation> pendingFullMemberships() {
        List<Relation> out = new ArrayList<>();
        for (Relation r : memberships) {
            if (r.role() != MemberRole.ATTENDEE && r.role() != MemberRole.OBSERVER && !inForce(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** "proposed", "shadow / designate": the status that keeps a membership from being in force. */
    String whyNotInForce(Relation membership) {
        Status member = model.element(membership.source()).map(Element::status).orElse(Status.CURRENT);
        return (membership.status() != Status.CURRENT ? membership.status() : member).label();
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
                if (r.kind() == RelationKind.REPRESENTS && r.status() != Status.ABOLISHED) {
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
