package org.icsatlas.ui.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeType;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.EdgeLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.layout.Point;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.MemberRole;
import org.icsatlas.model.Relation;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.icsatlas.layout.Box;
import org.icsatlas.render.drawing.LegendLook;
import org.icsatlas.render.drawing.Mark;
import org.icsatlas.render.style.ElementStyle;

/**
 * The diagram's key: a swatch and a name for each element kind and relation kind that the current layout
 * actually draws, grouped as bodies, organisations, people and relations. It follows the canvas's layout.
 */
public final class LegendView extends VBox {
    private final FxTokens tokens;

    LegendView(FxTokens tokens) {
        this.tokens = tokens;
        getStyleClass().add(StyleClasses.LEGEND);
        getStylesheets().add(DiagramCanvas.STYLESHEET);
        setSpacing(3);
    }

    /** Rebuilds the key for {@code layout}; names and kinds come from {@code model}. */
    void show(DiagramLayout layout, IcsModel model) {
        getChildren().clear();
        if (layout == null || model == null) {
            return;
        }
        Set<ElementKind> kinds = new LinkedHashSet<>();
        for (NodeLayout n : layout.nodes().values()) {
            model.element(n.id()).ifPresent(e -> kinds.add(e.kind()));
        }
        Set<RelationKind> relations = EnumSet.noneOf(RelationKind.class);
        for (EdgeLayout e : layout.edges().values()) {
            model.relation(e.relation()).ifPresent(r -> relations.add(r.kind()));
        }
        for (ElementType type : ElementType.values()) {
            List<ElementKind> ofType = new ArrayList<>(kinds.stream().filter(k -> k.type() == type).toList());
            if (ofType.isEmpty()) {
                continue;
            }
            ofType.sort(Comparator.comparing(ElementKind::label));
            getChildren().add(title(switch (type) {
                case BODY -> "Bodies";
                case ORGANISATION -> "Organisations";
                case PERSON -> "People";
            }));
            for (ElementKind k : ofType) {
                getChildren().add(entry(elementSwatch(k), k.label()));
            }
        }
        if (!relations.isEmpty()) {
            getChildren().add(title("Relations"));
            for (RelationKind k : relations) {
                getChildren().add(entry(relationSwatch(k), k.label()));
            }
        }
        Set<Status> statuses = EnumSet.noneOf(Status.class);
        for (NodeLayout n : layout.nodes().values()) {
            model.element(n.id()).ifPresent(e -> statuses.add(e.status()));
        }
        for (EdgeLayout e : layout.edges().values()) {
            model.relation(e.relation()).ifPresent(r -> statuses.add(r.status()));
        }
        statuses.remove(Status.CURRENT);
        if (!statuses.isEmpty()) {
            getChildren().add(title("Status"));
            for (Status s : statuses) {
                getChildren().add(entry(statusSwatch(s), LegendLook.statusEntry(s)));
            }
        }
    }

    /** The status swatch exactly as {@link LegendLook#statusSwatch} draws it on paper. */
    private Node statusSwatch(Status status) {
        Mark.Paint p = (Mark.Paint) new LegendLook(tokens.table()).statusSwatch(status, new Box(0, 0, 40, 18)).get(0);
        Shape shape = NodeShapes.shape(p.figure());
        shape.setFill(FxTokens.colour(p.fill()));
        shape.setStroke(FxTokens.colour(p.stroke().colour()));
        shape.setStrokeWidth(1.5);
        shape.getStrokeDashArray().setAll(p.stroke().dash());
        return new Group(shape);
    }

    private Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(StyleClasses.LEGEND_TITLE);
        return l;
    }

    private HBox entry(Node swatch, String text) {
        StackPane box = new StackPane(swatch);
        box.setMinWidth(48);
        box.setPrefWidth(48);
        Label l = new Label(text);
        HBox row = new HBox(8, box, l);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(StyleClasses.LEGEND_ENTRY);
        return row;
    }

    private Node elementSwatch(ElementKind k) {
        ElementStyle s = tokens.table().element(k);
        Shape shape = NodeShapes.outline(s.shape(), 40, 18);
        shape.setFill(FxTokens.colour(s.fill()));
        shape.setStroke(FxTokens.colour(s.stroke()));
        shape.setStrokeWidth(Math.min(2, s.strokeWidth()));
        shape.setStrokeType(StrokeType.INSIDE);
        return new Group(shape);
    }

    private Node relationSwatch(RelationKind k) {
        ElementId a = ElementId.of("legend-a");
        ElementId b = ElementId.of("legend-b");
        Relation sample = k == RelationKind.MEMBER_OF
                ? new Relation(ElementId.of("legend"), k, a, b, MemberRole.MEMBER, null, null, "")
                : new Relation(ElementId.of("legend"), k, a, b, null, null, null, "");
        EdgeLayout route = new EdgeLayout(sample.id(), a, b, List.of(new Point(0, 6), new Point(42, 6)), null);
        EdgeSkin swatch = new EdgeSkin(route, sample, tokens.table().relation(k), tokens, 9);
        // An edge skin builds its line when first shown (the culler does that on the canvas); a swatch is always shown.
        swatch.setShown(true);
        return swatch;
    }
}
