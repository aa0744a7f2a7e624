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
    NOTE("Note");

    private final String header;

    RegisterColumn(String header) {
        this.header = header;
    }

    /** The header the exporter writes. */
    public String header() {
        return header;
    }
}
