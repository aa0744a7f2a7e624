package org.icsatlas.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.ModelSnapshot;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.Position;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** A small South Yorkshire-like model for command tests, and the checks every command test makes. */
final class SmallSystem {
    private SmallSystem() {
    }

    static ElementId id(String value) {
        return ElementId.of(value);
    }

    static IcsModel build() {
        IcsModel m = new IcsModel(ModelInfo.titled("South Yorkshire and Bassetlaw ICS"));
        m.addFootprint(Footprint.of("syb", "South Yorkshire and Bassetlaw", FootprintLevel.SYSTEM), null, -1);
        m.addFootprint(Footprint.of("barnsley", "Barnsley", FootprintLevel.PLACE), id("syb"), -1);
        m.addFootprint(Footprint.of("dearne", "Dearne", FootprintLevel.NEIGHBOURHOOD), id("barnsley"), -1);
        m.addFootprint(Footprint.of("sheffield", "Sheffield", FootprintLevel.PLACE), id("syb"), -1);
        m.addElement(Element.of("icb", BodyKind.INTEGRATED_CARE_BOARD, "SYB ICB"), id("syb"), -1);
        m.addElement(Element.of("audit", BodyKind.COMMITTEE, "Audit Committee"), id("syb"), -1);
        m.addElement(Element.of("provider-alliance", BodyKind.PROVIDER_ALLIANCE, "Provider Alliance"), id("syb"), -1);
        m.addElement(Element.of("barnsley-acp", BodyKind.PLACE_PARTNERSHIP, "Barnsley ACP"), id("barnsley"), -1);
        m.addElement(Element.of("barnsley-council", OrganisationKind.LOCAL_AUTHORITY, "Barnsley Council"), id("barnsley"), -1);
        m.addElement(Element.of("dearne-pcn", OrganisationKind.PCN, "Dearne PCN"), id("dearne"), -1);
        m.addElement(Element.of("sheffield-council", OrganisationKind.LOCAL_AUTHORITY, "Sheffield City Council"), id("sheffield"), -1);
        m.addElement(Element.of("sth", OrganisationKind.ACUTE_TRUST, "Sheffield Teaching Hospitals"), id("sheffield"), -1);
        m.addElement(Element.of("sheffield-hwb", BodyKind.HEALTH_AND_WELLBEING_BOARD, "Sheffield HWB"), id("sheffield"), -1);
        m.addRelation(Relation.of("r-audit", RelationKind.REPORTS_TO, "audit", "icb"), -1);
        m.addRelation(Relation.of("r-acp", RelationKind.REPORTS_TO, "barnsley-acp", "icb"), -1);
        m.addRelation(Relation.membership("m-council-acp", "barnsley-council", "barnsley-acp", MemberRole.CHAIR, true), -1);
        m.addRelation(Relation.membership("m-pcn-acp", "dearne-pcn", "barnsley-acp", MemberRole.MEMBER, null), -1);
        m.addRelation(Relation.membership("m-sth-pa", "sth", "provider-alliance", MemberRole.MEMBER, true), -1);
        m.addRelation(new Relation(id("d-council-hwb"), RelationKind.DELEGATES_TO, id("sheffield-council"), id("sheffield-hwb"),
                null, null, "public health", ""), -1);
        m.addRelation(Relation.of("a-hwb-audit", RelationKind.ADVISES, "sheffield-hwb", "audit"), -1);
        m.addRelation(Relation.of("a-pa-audit", RelationKind.ADVISES, "provider-alliance", "audit"), -1);
        m.addRelation(Relation.of("r-pa", RelationKind.REPORTS_TO, "provider-alliance", "icb"), -1);
        Map<ElementId, Position> pins = new TreeMap<>(Map.of(id("audit"), new Position(10, 20), id("barnsley"), new Position(0, 300),
                id("dearne-pcn"), new Position(5, 5)));
        m.addView(new DiagramView(id("view-whole"), "Whole system", null, new TreeSet<>(Set.of(id("dearne"))),
                null, null, new TreeMap<>(pins), 1.0), -1);
        m.addView(new DiagramView(id("view-barnsley"), "Barnsley", id("barnsley"), null, null, null,
                new TreeMap<>(Map.of(id("barnsley-acp"), new Position(40, 60))), 1.5), -1);
        return m;
    }

    /**
     * Executes {@code command}, checks that it changed the model, that undo restores the snapshot exactly and that
     * redo gives the same result again; leaves the command executed and returns the model's snapshot after it.
     */
    static ModelSnapshot assertUndoable(IcsModel model, Command command) {
        ModelSnapshot before = model.snapshot();
        command.execute(model);
        ModelSnapshot after = model.snapshot();
        assertNotEquals(before, after, "the command changed nothing");
        command.undo(model);
        assertEquals(before, model.snapshot(), "undo did not restore the model");
        command.execute(model);
        assertEquals(after, model.snapshot(), "redo did not give the same model");
        return after;
    }

    /** Checks that {@code command} is refused and the model left exactly as it was; returns the refusal. */
    static IllegalEditException assertRefused(IcsModel model, Command command) {
        ModelSnapshot before = model.snapshot();
        IllegalEditException e = assertThrows(IllegalEditException.class, () -> command.execute(model));
        assertEquals(before, model.snapshot(), "a refused command changed the model");
        return e;
    }
}
