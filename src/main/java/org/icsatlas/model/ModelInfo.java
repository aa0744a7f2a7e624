package org.icsatlas.model;

/** What a model describes: its title, a description and the date its facts hold for (ISO date or free text). */
public record ModelInfo(String title, String description, String asOf) {
    public ModelInfo {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        asOf = asOf == null ? "" : asOf;
    }

    public static ModelInfo titled(String title) {
        return new ModelInfo(title, "", "");
    }
}
