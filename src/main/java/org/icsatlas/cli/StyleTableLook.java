package org.icsatlas.cli;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.icsatlas.io.graphml.YedLook;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.KindCatalogue;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.RelationKind;
import org.icsatlas.render.style.Arrowhead;
import org.icsatlas.render.style.ElementStyle;
import org.icsatlas.render.style.FootprintStyle;
import org.icsatlas.render.style.RelationStyle;
import org.icsatlas.render.style.StyleTable;

/**
 * Translates the diagram's {@link StyleTable} into yEd's vocabulary for the GraphML export (the io layer may not see
 * the renderer): the same fills, outlines and shapes per kind (declared kinds included, when the caller passes the model's
 * {@link KindCatalogue}), and per relation kind the nearest yEd line type and
 * arrow. yEd has no double line, so a delegation is drawn thicker with a hollow arrow. The window uses it too.
 */
public final class StyleTableLook {
    private StyleTableLook() {
    }

    /** The standard palette's look. */
    public static YedLook standard() {
        return of(StyleTable.standard());
    }

    /** The standard palette's look, with the kinds {@code kinds} declares drawn as the diagram draws them. */
    public static YedLook standard(KindCatalogue kinds) {
        return of(StyleTable.standard(), kinds);
    }

    public static YedLook of(StyleTable table) {
        return of(table, KindCatalogue.BUILT_IN);
    }

    /** The look of every kind {@code kinds} knows, built-in and declared, as {@code table} styles it. */
    public static YedLook of(StyleTable table, KindCatalogue kinds) {
        Map<ElementKind, YedLook.Node> nodes = new HashMap<>();
        for (ElementKind k : kinds.all()) {
            ElementStyle s = table.element(k);
            nodes.put(k, new YedLook.Node(s.fill(), s.stroke(), s.strokeWidth(), s.text(), shape(s)));
        }
        Map<RelationKind, YedLook.Edge> edges = new EnumMap<>(RelationKind.class);
        for (RelationKind k : RelationKind.values()) {
            RelationStyle s = table.relation(k);
            edges.put(k, new YedLook.Edge(s.stroke(), s.doubleLine() ? s.width() * 2.5 : s.width(), lineType(s),
                    "none", arrow(s.arrowhead())));
        }
        Map<FootprintLevel, YedLook.Group> groups = new EnumMap<>(FootprintLevel.class);
        for (FootprintLevel l : FootprintLevel.values()) {
            FootprintStyle s = table.footprint(l);
            groups.put(l, new YedLook.Group(s.fill(), s.stroke(), s.strokeWidth(), s.headerFill(), s.headerText(), s.titleFontSize()));
        }
        return new YedLook(nodes, edges, groups, "Dialog", table.typography().elementFontSize());
    }

    private static String shape(ElementStyle s) {
        return switch (s.shape()) {
            case RECTANGLE -> "rectangle";
            case ROUNDED_RECTANGLE, STADIUM -> "roundrectangle";
            case HEXAGON -> "hexagon";
            case OCTAGON -> "octagon";
            case ELLIPSE -> "ellipse";
        };
    }

    /** yEd's line types: a long dash is "dashed", a dash shorter than its gap "dotted". */
    private static String lineType(RelationStyle s) {
        if (s.solid()) {
            return "line";
        }
        return s.dash().get(0) < s.dash().get(1) ? "dotted" : "dashed";
    }

    private static String arrow(Arrowhead a) {
        return switch (a) {
            case NONE -> "none";
            case OPEN -> "white_delta";
            case FILLED -> "standard";
        };
    }
}
