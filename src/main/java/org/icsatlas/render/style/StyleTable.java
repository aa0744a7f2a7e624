package org.icsatlas.render.style;

import java.util.EnumMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.icsatlas.layout.LayoutMetrics;
import org.icsatlas.layout.ShippedFont;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DeclaredKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * The one style table of the diagram, as design tokens: a style per element kind, relation kind and footprint
 * level, plus type and emphasis tokens. The screen and every exporter read the same table, so what a user sees
 * is what the board paper prints. Immutable; {@link #standard()} is the house palette.
 *
 * <p>Families of kinds share a hue and a shape: boards (blue, rounded), partnerships (green-teal, hexagon),
 * committees and council forums (warm, rounded), working groups (slate, octagon), sovereign organisations
 * (sharp rectangles, hue by sector), people (pale gold stadium). Every text colour reaches WCAG AA (4.5:1)
 * on its fill.
 *
 * <p>A kind a file declares ({@link DeclaredKind}) is styled from its declaration: the shape, widths and colours of
 * the built-in kind it is based on, or its own colour as the outline with a pale tint of it as the fill; its
 * badge is its own. A status ({@link #status(Status)}) marks an element on top of its kind's style.
 */
public final class StyleTable {
    private static final String INK = "#1b2631";

    private final Map<ElementKind, ElementStyle> elements;
    private final Map<RelationKind, RelationStyle> relations;
    private final Map<FootprintLevel, FootprintStyle> footprints;
    private final Typography typography;
    private final Emphasis emphasis;
    private final Paper paper;
    /** What every colour of this table went through (identity, or grey for the monochrome table), for declared kinds. */
    private final UnaryOperator<String> colours;
    private final Map<DeclaredKind, ElementStyle> declared = new ConcurrentHashMap<>();

    private StyleTable(Map<ElementKind, ElementStyle> elements, Map<RelationKind, RelationStyle> relations,
                       Map<FootprintLevel, FootprintStyle> footprints, Typography typography, Emphasis emphasis,
                       Paper paper) {
        this(elements, relations, footprints, typography, emphasis, paper, UnaryOperator.identity());
    }

    private StyleTable(Map<ElementKind, ElementStyle> elements, Map<RelationKind, RelationStyle> relations,
                       Map<FootprintLevel, FootprintStyle> footprints, Typography typography, Emphasis emphasis,
                       Paper paper, UnaryOperator<String> colours) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.colours = colours;
        this.elements = Map.copyOf(elements);
        this.relations = Map.copyOf(relations);
        this.footprints = Map.copyOf(footprints);
        this.typography = typography;
        this.emphasis = emphasis;
        for (ElementType t : ElementType.values()) {
            for (ElementKind k : ElementKind.values(t)) {
                if (!this.elements.containsKey(k)) {
                    throw new IllegalStateException("no style for element kind " + k.name());
                }
            }
        }
        for (RelationKind k : RelationKind.values()) {
            Objects.requireNonNull(this.relations.get(k), () -> "no style for relation kind " + k);
        }
        for (FootprintLevel l : FootprintLevel.values()) {
            Objects.requireNonNull(this.footprints.get(l), () -> "no style for footprint level " + l);
        }
    }

    /** The house palette: calm tints, strong outlines, dark text. */
    public static StyleTable standard() {
        Map<ElementKind, ElementStyle> e = new HashMap<>();
        body(e, BodyKind.INTEGRATED_CARE_BOARD, "#d6e6f7", "#1f4e8c", 2.2, NodeShape.ROUNDED_RECTANGLE, "ICB");
        body(e, BodyKind.INTEGRATED_CARE_PARTNERSHIP, "#e2def5", "#4b3f8f", 2.2, NodeShape.ROUNDED_RECTANGLE, "ICP");
        body(e, BodyKind.GOVERNING_BODY, "#e3e7f2", "#3c4f7a", 1.6, NodeShape.ROUNDED_RECTANGLE, "GB");
        body(e, BodyKind.PLACE_PARTNERSHIP, "#d5efe8", "#1d6b5c", 2.0, NodeShape.HEXAGON, "PLACE");
        body(e, BodyKind.PROVIDER_ALLIANCE, "#dcefd9", "#2f6b2a", 1.8, NodeShape.HEXAGON, "PROV");
        body(e, BodyKind.COMMISSIONER_ALLIANCE, "#e6efd6", "#4f6a1f", 1.8, NodeShape.HEXAGON, "COMM");
        body(e, BodyKind.PARTNERSHIP_BOARD, "#d9ecef", "#1e6470", 1.8, NodeShape.HEXAGON, "PB");
        body(e, BodyKind.COMMITTEE, "#fbecd0", "#8a5a00", 1.4, NodeShape.ROUNDED_RECTANGLE, "CTTEE");
        body(e, BodyKind.HEALTH_AND_WELLBEING_BOARD, "#f6e1d3", "#94461a", 1.6, NodeShape.ROUNDED_RECTANGLE, "HWB");
        body(e, BodyKind.SCRUTINY_COMMITTEE, "#f7dfe0", "#8e2f36", 1.4, NodeShape.ROUNDED_RECTANGLE, "SCRUT");
        body(e, BodyKind.CABINET, "#efe0ec", "#7a2f6b", 1.4, NodeShape.ROUNDED_RECTANGLE, "CAB");
        body(e, BodyKind.PROGRAMME_BOARD, "#e6e9ee", "#4a5a70", 1.3, NodeShape.OCTAGON, "PROG");
        body(e, BodyKind.LEADERSHIP_TEAM, "#e4e8ec", "#44505e", 1.3, NodeShape.OCTAGON, "LT");
        body(e, BodyKind.DELIVERY_GROUP, "#e9ece3", "#56613f", 1.3, NodeShape.OCTAGON, "DG");
        body(e, BodyKind.OVERSIGHT_GROUP, "#ece6dc", "#6b5535", 1.3, NodeShape.OCTAGON, "OAG");
        body(e, BodyKind.EXECUTIVE_GROUP, "#e1e5ee", "#3b4a66", 1.3, NodeShape.OCTAGON, "ESG");
        body(e, BodyKind.PROJECT, "#eef0f3", "#5f6b7a", 1.2, NodeShape.OCTAGON, "PROJ");
        body(e, BodyKind.CITIZENS_PANEL, "#fbe3ea", "#9c2f55", 1.4, NodeShape.ELLIPSE, "CIT");
        organisation(e, OrganisationKind.ICB, "#cfe0f5", "#003087", "ICB");
        organisation(e, OrganisationKind.ACUTE_TRUST, "#dbe9f8", "#005eb8", "ACUTE");
        organisation(e, OrganisationKind.MENTAL_HEALTH_TRUST, "#d9edf3", "#00617a", "MH");
        organisation(e, OrganisationKind.COMMUNITY_PROVIDER, "#d8efee", "#00716b", "COMMTY");
        organisation(e, OrganisationKind.AMBULANCE_TRUST, "#fde8cf", "#a35200", "AMB");
        organisation(e, OrganisationKind.LOCAL_AUTHORITY, "#ebe1f3", "#5b2c83", "LA");
        organisation(e, OrganisationKind.COMBINED_AUTHORITY, "#e4daee", "#4a2370", "CA");
        organisation(e, OrganisationKind.GP_PRACTICE, "#e1f1dc", "#2e7031", "GP");
        organisation(e, OrganisationKind.PCN, "#e7f2d9", "#3f6f1e", "PCN");
        organisation(e, OrganisationKind.GP_FEDERATION, "#dcefe0", "#24633a", "GPFED");
        organisation(e, OrganisationKind.VCSE, "#fcebd9", "#9a4a0c", "VCSE");
        organisation(e, OrganisationKind.HEALTHWATCH, "#fbe0e9", "#a11d57", "HW");
        organisation(e, OrganisationKind.NATIONAL_BODY, "#d9dfea", "#1c2b4a", "NAT");
        organisation(e, OrganisationKind.INDEPENDENT_PROVIDER, "#eceff1", "#546270", "IND");
        organisation(e, OrganisationKind.CCG, "#f0f0f0", "#6e747c", "CCG");
        e.put(PersonKind.ROLE_HOLDER, new ElementStyle("#fff4d6", "#7d6608", INK, 1.2, NodeShape.STADIUM, "ROLE"));

        Map<RelationKind, RelationStyle> r = new EnumMap<>(RelationKind.class);
        r.put(RelationKind.MEMBER_OF, new RelationStyle("#7b8794", 1.1, List.of(6.0, 4.0), Arrowhead.NONE, false));
        r.put(RelationKind.REPORTS_TO, new RelationStyle("#243b53", 1.8, List.of(), Arrowhead.FILLED, false));
        r.put(RelationKind.DELEGATES_TO, new RelationStyle("#6a3d9a", 1.2, List.of(), Arrowhead.OPEN, true));
        r.put(RelationKind.ADVISES, new RelationStyle("#2b7a6b", 1.6, List.of(1.5, 4.0), Arrowhead.OPEN, false));
        r.put(RelationKind.REPRESENTS, new RelationStyle("#9aa5b1", 0.7, List.of(), Arrowhead.NONE, false));

        Map<FootprintLevel, FootprintStyle> f = new EnumMap<>(FootprintLevel.class);
        f.put(FootprintLevel.REGION, new FootprintStyle("#f4f5f7", "#7b8794", 1.5, "#52606d", "#ffffff", title(FootprintLevel.REGION), 14));
        f.put(FootprintLevel.SYSTEM, new FootprintStyle("#edf2f8", "#284b75", 2.0, "#284b75", "#ffffff", title(FootprintLevel.SYSTEM), 12));
        f.put(FootprintLevel.PLACE, new FootprintStyle("#fbfcfe", "#7393b7", 1.5, "#d3e1f0", "#142c47", title(FootprintLevel.PLACE), 10));
        f.put(FootprintLevel.NEIGHBOURHOOD, new FootprintStyle("#f3f8f2", "#8fb08a", 1.2, "#e0ecdc", "#24441f", title(FootprintLevel.NEIGHBOURHOOD), 8));

        // The shipped font first: the layout measures with its metrics; the rest are fallbacks for SVG viewers.
        Typography type = new Typography(List.of(ShippedFont.FAMILY, "Liberation Sans", "Arial", "Helvetica", "DejaVu Sans"),
                12, 10, 10);
        return new StyleTable(e, r, f, type, new Emphasis("#e8590c", "#d9480f", 0.2),
                new Paper("#ffffff", INK, "#3e4c59", "#ffffff", 0.88, "#ffffff", "#c4cad1"));
    }

    /** A footprint title's size: the size the layout measures it at, so it fits the band the layout made. */
    private static double title(FootprintLevel level) {
        return LayoutMetrics.DEFAULT.headerFontSize(level);
    }

    /**
     * The standard table turned to greys, for black-and-white board papers: every colour becomes the grey of the
     * same lightness, so contrast is kept. Relation kinds still differ by dash, arrowhead and doubling.
     */
    public static StyleTable monochrome() {
        return standard().mapColours(StyleTable::grey);
    }

    private static void body(Map<ElementKind, ElementStyle> e, BodyKind k, String fill, String stroke, double w,
                             NodeShape shape, String badge) {
        e.put(k, new ElementStyle(fill, stroke, INK, w, shape, badge));
    }

    private static void organisation(Map<ElementKind, ElementStyle> e, OrganisationKind k, String fill, String stroke,
                                     String badge) {
        e.put(k, new ElementStyle(fill, stroke, INK, 1.6, NodeShape.RECTANGLE, badge));
    }

    private StyleTable mapColours(UnaryOperator<String> c) {
        Map<ElementKind, ElementStyle> e = new HashMap<>();
        elements.forEach((k, s) -> e.put(k, new ElementStyle(c.apply(s.fill()), c.apply(s.stroke()), c.apply(s.text()),
                s.strokeWidth(), s.shape(), s.badge())));
        Map<RelationKind, RelationStyle> r = new EnumMap<>(RelationKind.class);
        relations.forEach((k, s) -> r.put(k, new RelationStyle(c.apply(s.stroke()), s.width(), s.dash(), s.arrowhead(), s.doubleLine())));
        Map<FootprintLevel, FootprintStyle> f = new EnumMap<>(FootprintLevel.class);
        footprints.forEach((k, s) -> f.put(k, new FootprintStyle(c.apply(s.fill()), c.apply(s.stroke()), s.strokeWidth(),
                c.apply(s.headerFill()), c.apply(s.headerText()), s.titleFontSize(), s.cornerRadius())));
        UnaryOperator<String> before = colours;
        return new StyleTable(e, r, f, typography,
                new Emphasis(c.apply(emphasis.selection()), c.apply(emphasis.highlight()), emphasis.fadedOpacity()),
                new Paper(c.apply(paper.paper()), c.apply(paper.ink()), c.apply(paper.labelText()), c.apply(paper.plate()),
                        paper.plateOpacity(), c.apply(paper.badgeText()), c.apply(paper.watermark())),
                x -> c.apply(before.apply(x)));
    }

    /** The grey of the same lightness as {@code hex} (what abolished things are drawn in). */
    public static String grey(String hex) {
        double l = HexColour.luminance(hex);
        // Perceived lightness, then back to an sRGB grey of the same lightness.
        double srgb = l <= 0.0031308 ? 12.92 * l : 1.055 * Math.pow(l, 1 / 2.4) - 0.055;
        int v = (int) Math.round(Math.max(0, Math.min(1, srgb)) * 255);
        return String.format("#%02x%02x%02x", v, v, v);
    }

    /** The style of a built-in kind, or of a declared kind from its declaration. */
    public ElementStyle element(ElementKind kind) {
        if (kind instanceof DeclaredKind d) {
            return declared.computeIfAbsent(d, this::declaredStyle);
        }
        return elements.get(kind);
    }

    /**
     * How a status marks what has it: proposed dashed (long dashes) with a "proposed" tag, shadow / designate dotted
     * with a "shadow / designate" tag, abolished greyed with an "abolished" tag; current plain.
     */
    public StatusStyle status(Status status) {
        return switch (status) {
            case CURRENT -> new StatusStyle(List.of(), false, "");
            case PROPOSED -> new StatusStyle(List.of(6.0, 3.0), false, "proposed");
            case SHADOW -> new StatusStyle(List.of(2.0, 2.0), false, "shadow / designate");
            case ABOLISHED -> new StatusStyle(List.of(), true, "abolished");
        };
    }

    /** {@code style} drawn in greys of the same lightness (abolished elements). */
    public static ElementStyle greyed(ElementStyle style) {
        return new ElementStyle(grey(style.fill()), grey(style.stroke()), grey(style.text()), style.strokeWidth(),
                style.shape(), style.badge());
    }

    private ElementStyle declaredStyle(DeclaredKind d) {
        ElementStyle base = d.basedOn() != null ? elements.get(d.basedOn()) : defaultStyle(d.type());
        if (d.colour() == null) {
            return new ElementStyle(base.fill(), base.stroke(), base.text(), base.strokeWidth(), base.shape(), d.badge());
        }
        String own = colours.apply(d.colour());
        String stroke = HexColour.contrast(own, "#ffffff") >= 3 ? own : mix(own, INK, 0.55);
        String fill = mix(own, "#ffffff", 0.82);
        return new ElementStyle(fill, stroke, colours.apply(INK), base.strokeWidth(), base.shape(), d.badge());
    }

    /** The shape a colour-only declared kind takes: a body rounded, an organisation sharp. */
    private ElementStyle defaultStyle(ElementType type) {
        return elements.get(type == ElementType.BODY ? BodyKind.COMMITTEE : OrganisationKind.INDEPENDENT_PROVIDER);
    }

    /** {@code a} moved {@code t} of the way towards {@code b}, channel by channel. */
    private static String mix(String a, String b, double t) {
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            int x = Integer.parseInt(a.substring(1 + 2 * i, 3 + 2 * i), 16);
            int y = Integer.parseInt(b.substring(1 + 2 * i, 3 + 2 * i), 16);
            out[i] = (int) Math.round(x + (y - x) * t);
        }
        return String.format("#%02x%02x%02x", out[0], out[1], out[2]);
    }

    public RelationStyle relation(RelationKind kind) {
        return relations.get(kind);
    }

    public FootprintStyle footprint(FootprintLevel level) {
        return footprints.get(level);
    }

    public Typography typography() {
        return typography;
    }

    public Emphasis emphasis() {
        return emphasis;
    }

    /** The paper and page-furniture tokens. */
    public Paper paper() {
        return paper;
    }
}
