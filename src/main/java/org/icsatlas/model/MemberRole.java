package org.icsatlas.model;

/** The role an organisation or person holds in a body they are a member of. */
public enum MemberRole {
    CHAIR("chair"),
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
