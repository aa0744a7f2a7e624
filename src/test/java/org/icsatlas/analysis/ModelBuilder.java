package org.icsatlas.analysis;

import org.icsatlas.model.Element;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.ModelInfo;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;

/** Builds the small models the rule tests need: a system "sys" with places, and elements in them. */
final class ModelBuilder {
    private final IcsModel model = new IcsModel(ModelInfo.titled("Rule test"));
    private int relations;

    ModelBuilder() {
        model.addFootprint(Footprint.of("sys", "Test system", FootprintLevel.SYSTEM), null, -1);
    }

    ModelBuilder place(String id, String name) {
        model.addFootprint(Footprint.of(id, name, FootprintLevel.PLACE), ElementId.of("sys"), -1);
        return this;
    }

    ModelBuilder element(String id, ElementKind kind, String name) {
        return element(id, kind, name, "sys");
    }

    ModelBuilder element(String id, ElementKind kind, String name, String footprint) {
        model.addElement(Element.of(id, kind, name), ElementId.of(footprint), -1);
        return this;
    }

    ModelBuilder relation(RelationKind kind, String from, String to) {
        model.addRelation(Relation.of("r" + (++relations), kind, from, to), -1);
        return this;
    }

    ModelBuilder member(String member, String body, MemberRole role) {
        model.addRelation(Relation.membership("r" + (++relations), member, body, role, null), -1);
        return this;
    }

    IcsModel build() {
        return model;
    }
}
