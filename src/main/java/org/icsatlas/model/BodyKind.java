package org.icsatlas.model;

/** Kinds of body: the places where people meet and decide. Each has its own colour and shape in the legend. */
public enum BodyKind implements ElementKind {
    INTEGRATED_CARE_BOARD("Integrated care board"),
    INTEGRATED_CARE_PARTNERSHIP("Integrated care partnership"),
    PLACE_PARTNERSHIP("Place partnership / alliance"),
    PROVIDER_ALLIANCE("Provider alliance / collaborative"),
    COMMISSIONER_ALLIANCE("Commissioner alliance / joint committee"),
    PARTNERSHIP_BOARD("Partnership board"),
    COMMITTEE("Committee"),
    PROGRAMME_BOARD("Programme / workstream board"),
    HEALTH_AND_WELLBEING_BOARD("Health and wellbeing board"),
    SCRUTINY_COMMITTEE("Scrutiny committee"),
    CABINET("Cabinet / executive"),
    GOVERNING_BODY("Governing body"),
    LEADERSHIP_TEAM("Leadership team"),
    DELIVERY_GROUP("Delivery group"),
    OVERSIGHT_GROUP("Oversight and assurance group"),
    EXECUTIVE_GROUP("Executive steering group"),
    CITIZENS_PANEL("Citizens' panel"),
    PROJECT("Project");

    private final String label;

    BodyKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public ElementType type() {
        return ElementType.BODY;
    }
}
