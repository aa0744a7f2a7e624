package org.icsatlas.model;

import java.util.Objects;

/**
 * A directed relation between two elements. {@code role} and {@code voting} apply to {@code MEMBER_OF}
 * only, {@code scope} (what is delegated) to {@code DELEGATES_TO} only; they are null elsewhere. Immutable.
 */
public record Relation(ElementId id, RelationKind kind, ElementId source, ElementId target,
                       MemberRole role, Boolean voting, String scope, String note, Lifecycle lifecycle) {

    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (kind != RelationKind.MEMBER_OF && (role != null || voting != null)) {
            throw new IllegalArgumentException("only a membership has a role or a vote (" + id + ")");
        }
        if (kind == RelationKind.MEMBER_OF && role == null) {
            role = MemberRole.MEMBER;
        }
        if (kind != RelationKind.DELEGATES_TO && scope != null && !scope.isEmpty()) {
            throw new IllegalArgumentException("only a delegation has a scope (" + id + ")");
        }
        scope = kind == RelationKind.DELEGATES_TO ? (scope == null ? "" : scope) : null;
        note = note == null ? "" : note;
        lifecycle = lifecycle == null ? Lifecycle.CURRENT : lifecycle;
    }

    /** A current relation (the form every relation had before statuses). */
    public Relation(ElementId id, RelationKind kind, ElementId source, ElementId target,
                    MemberRole role, Boolean voting, String scope, String note) {
        this(id, kind, source, target, role, voting, scope, note, Lifecycle.CURRENT);
    }

    public Status status() {
        return lifecycle.status();
    }

    public Relation withLifecycle(Lifecycle newLifecycle) {
        return new Relation(id, kind, source, target, role, voting, scope, note, newLifecycle);
    }

    public static Relation of(String id, RelationKind kind, String source, String target) {
        return new Relation(ElementId.of(id), kind, ElementId.of(source), ElementId.of(target), null, null, null, "");
    }

    public static Relation membership(String id, String member, String body, MemberRole role, Boolean voting) {
        return new Relation(ElementId.of(id), RelationKind.MEMBER_OF, ElementId.of(member), ElementId.of(body), role, voting, null, "");
    }

    public Relation withRole(MemberRole newRole) {
        return new Relation(id, kind, source, target, newRole, voting, scope, note, lifecycle);
    }

    public Relation withVoting(Boolean newVoting) {
        return new Relation(id, kind, source, target, role, newVoting, scope, note, lifecycle);
    }

    public Relation withScope(String newScope) {
        return new Relation(id, kind, source, target, role, voting, newScope, note, lifecycle);
    }

    public Relation withNote(String newNote) {
        return new Relation(id, kind, source, target, role, voting, scope, newNote, lifecycle);
    }

    /** The same relation as another kind; attributes that the new kind does not carry are dropped. */
    public Relation withKind(RelationKind newKind) {
        return new Relation(id, newKind, source, target,
                newKind == RelationKind.MEMBER_OF ? role : null,
                newKind == RelationKind.MEMBER_OF ? voting : null,
                newKind == RelationKind.DELEGATES_TO ? scope : null, note, lifecycle);
    }

    public Relation withEnds(ElementId newSource, ElementId newTarget) {
        return new Relation(id, kind, newSource, newTarget, role, voting, scope, note, lifecycle);
    }

    /**
     * The id's hash: equal relations have equal ids, so this agrees with {@code equals}, and a set of relations need not
     * hash every field (names, notes, attributes) of each one.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
