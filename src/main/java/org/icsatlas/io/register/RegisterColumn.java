package org.icsatlas.io.register;

/** The columns a register's tables can have; which table uses which is {@link RegisterTableKind}'s business. */
public enum RegisterColumn {
    ID("Id"),
    NAME("Name"),
    KIND("Kind"),
    FOOTPRINT("Footprint"),
    PARENT_FOOTPRINT("Parent footprint"),
    FOOTPRINT_LEVEL("Footprint level"),
    REPORTS_TO("Reports to"),
    TITLE("Title"),
    BODY("Body"),
    MEMBER("Member"),
    ROLE("Role"),
    VOTING("Voting"),
    FROM("From"),
    TO("To"),
    SCOPE("Scope"),
    LEVEL("Level"),
    PARENT("Parent"),
    NOTE("Note"),
    STATUS("Status"),
    FROM_DATE("From date"),
    TO_DATE("To date"),
    LABEL("Label"),
    ELEMENT_TYPE("Type"),
    BASED_ON("Based on"),
    COLOUR("Colour"),
    BADGE("Badge");

    /** The lifecycle columns (status and dates) of elements and relations. */
    public static final java.util.List<RegisterColumn> LIFECYCLE = java.util.List.of(STATUS, FROM_DATE, TO_DATE);

    private final String header;

    RegisterColumn(String header) {
        this.header = header;
    }

    /** The header the exporter writes. */
    public String header() {
        return header;
    }
}
