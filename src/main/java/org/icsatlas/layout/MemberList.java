package org.icsatlas.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * The members a view lists inside one body's box when it draws memberships as a list
 * ({@link DiagramView#membersAsList()}): one entry per membership, chair and co-chairs first, then the vice-chair,
 * the members of every kind, attendees and observers (the order of {@link MemberRole}), by name within a role.
 * Immutable; part of the layout because the box is sized to hold it.
 */
public record MemberList(List<Entry> entries) {
    private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.role().ordinal())
            .thenComparing(e -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(e -> e.relation().value());

    public MemberList {
        entries = List.copyOf(entries);
    }

    /**
     * One listed membership: who ({@code name}, a placeholder role holder's role title), their {@code role}, and
     * {@code status}, the membership's own when it is not current, else the member's.
     */
    public record Entry(ElementId relation, ElementId member, String name, MemberRole role, Status status) {
        /**
         * What the list says: the name, the role in brackets unless it is a plain member ("Chair, Barnsley HWB
         * [chair]", "Sheffield City Council"), and "(proposed)" when not current. A list is of members: repeating
         * "[member]" on every line only made each box wider.
         */
        public String text() {
            return name + (role == MemberRole.MEMBER ? "" : " [" + role.label() + "]")
                    + (status == Status.CURRENT ? "" : " (" + status.label() + ")");
        }
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The list {@code view} shows inside {@code body}: its memberships whose kind and status the view shows, of
     * members whose status it shows. A member of a hidden <em>kind</em> is still listed (a kind filter takes its box
     * off the diagram, which is what a board paper wants; the list says who sits on the body), and so is a member
     * outside the view's root or inside a collapsed footprint. Empty when the view draws memberships as lines or
     * hides them.
     */
    public static MemberList of(IcsModel model, DiagramView view, ElementId body) {
        if (!view.membersAsList() || !view.shows(RelationKind.MEMBER_OF)) {
            return new MemberList(List.of());
        }
        List<Entry> out = new ArrayList<>();
        for (Relation r : model.incoming(body)) {
            if (r.kind() != RelationKind.MEMBER_OF || !view.shows(r.status())) {
                continue;
            }
            Element member = model.element(r.source()).orElse(null);
            if (member == null || !view.shows(member.status())) {
                continue;
            }
            Status status = r.status() != Status.CURRENT ? r.status() : member.status();
            out.add(new Entry(r.id(), member.id(), member.name(), r.role(), status));
        }
        out.sort(ORDER);
        return new MemberList(out);
    }
}
