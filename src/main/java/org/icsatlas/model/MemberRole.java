package org.icsatlas.model;

/** The role an organisation or person holds in a body they are a member of. */
public enum MemberRole {
    CHAIR("chair"),
    /** One of two or more people who chair a body together; a body with co-chairs has no sole chair. */
    CO_CHAIR("co-chair"),
    VICE_CHAIR("vice-chair"),
    CHIEF_EXECUTIVE("chief executive"),
    EXECUTIVE_MEMBER("executive member"),
    NON_EXECUTIVE_MEMBER("non-executive member"),
    PARTNER_MEMBER("partner member"),
    MEMBER("member"),
    ATTENDEE("attendee"),
    OBSERVER("observer");

    private final String label;

    MemberRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
