package org.icsatlas.io.register;

import java.util.List;
import static org.icsatlas.io.register.RegisterColumn.*;

/**
 * The tables of a membership register: the three that governance teams keep (bodies, organisations, memberships)
 * and three optional ones that make an exported register lossless (other relations, footprints, declared kinds).
 */
public enum RegisterTableKind {
    BODIES("bodies", List.of(ID, NAME, KIND, FOOTPRINT, PARENT_FOOTPRINT, FOOTPRINT_LEVEL, REPORTS_TO, STATUS, FROM_DATE, TO_DATE, NOTE), List.of(NAME), true),
    ORGANISATIONS("organisations", List.of(ID, NAME, KIND, FOOTPRINT, PARENT_FOOTPRINT, FOOTPRINT_LEVEL, TITLE, STATUS, FROM_DATE, TO_DATE, NOTE), List.of(NAME), true),
    MEMBERSHIPS("memberships", List.of(ID, BODY, MEMBER, ROLE, VOTING, STATUS, FROM_DATE, TO_DATE, NOTE), List.of(BODY, MEMBER), false),
    RELATIONS("relations", List.of(ID, FROM, KIND, TO, SCOPE, STATUS, FROM_DATE, TO_DATE, NOTE), List.of(FROM, KIND, TO), false),
    FOOTPRINTS("footprints", List.of(ID, NAME, LEVEL, PARENT, NOTE), List.of(NAME), false),
    /** The body and organisation kinds the model declares for itself (id, label, type, based on, colour, badge). */
    KINDS("kinds", List.of(ID, LABEL, ELEMENT_TYPE, BASED_ON, COLOUR, BADGE), List.of(ID), false);

    private final String fileStem;
    private final List<RegisterColumn> columns;
    private final List<RegisterColumn> required;
    private final boolean hasAttributes;

    RegisterTableKind(String fileStem, List<RegisterColumn> columns, List<RegisterColumn> required, boolean hasAttributes) {
        this.fileStem = fileStem;
        this.columns = columns;
        this.required = required;
        this.hasAttributes = hasAttributes;
    }

    /** The file name (without {@code .csv}) and sheet name the exporter writes: {@code bodies}. */
    public String fileStem() {
        return fileStem;
    }

    /** The sheet name of an exported workbook: "Bodies". */
    public String sheetName() {
        return Character.toUpperCase(fileStem.charAt(0)) + fileStem.substring(1);
    }

    /** The columns this table knows, in the order the exporter writes them. */
    public List<RegisterColumn> columns() {
        return columns;
    }

    public List<RegisterColumn> required() {
        return required;
    }

    /** Whether a column the table does not know becomes an attribute of the row's element. */
    public boolean hasAttributes() {
        return hasAttributes;
    }
}
