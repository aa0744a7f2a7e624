package org.icsatlas.model;

/** Kinds of organisation: the sovereign bodies that keep their statutory accountability. */
public enum OrganisationKind implements ElementKind {
    ICB("Integrated care board (statutory body)"),
    ACUTE_TRUST("NHS acute trust / FT"),
    MENTAL_HEALTH_TRUST("NHS mental health trust / FT"),
    COMMUNITY_PROVIDER("Community health provider"),
    AMBULANCE_TRUST("NHS ambulance trust"),
    LOCAL_AUTHORITY("Local authority"),
    COMBINED_AUTHORITY("Combined authority"),
    GP_PRACTICE("GP practice"),
    PCN("Primary care network"),
    GP_FEDERATION("GP federation"),
    VCSE("Voluntary, community and social enterprise"),
    HEALTHWATCH("Healthwatch"),
    NATIONAL_BODY("NHS England / national body"),
    INDEPENDENT_PROVIDER("Independent provider"),
    CCG("Clinical commissioning group (former)");

    private final String label;

    OrganisationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public ElementType type() {
        return ElementType.ORGANISATION;
    }
}
