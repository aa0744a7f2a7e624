package org.icsatlas.edit;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.IllegalEditException;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;
import org.icsatlas.model.ViewLimits;

/**
 * Changes one aspect of a view: its name, root, a collapsed footprint, a shown kind, whether members are listed
 * inside their bodies, or its zoom. The UI records
 * these through commands so they are undoable and saved with the file. Consecutive zooms of one view merge into
 * one undo step.
 */
public final class ChangeViewCommand implements Command {

    /** One change of a view value; refuses with {@link IllegalEditException} when it does not fit the model. */
    @FunctionalInterface
    private interface Change {
        DiagramView apply(IcsModel model, DiagramView view);
    }

    private final ElementId viewId;
    private final String mergeKey;
    private final Change change;
    private final Function<IcsModel, String> wording;
    private DiagramView before;
    private String description;

    private ChangeViewCommand(ElementId viewId, String mergeKey, Change change, Function<IcsModel, String> wording) {
        this.viewId = Objects.requireNonNull(viewId, "viewId");
        this.mergeKey = mergeKey;
        this.change = change;
        this.wording = wording;
        this.description = "Change view '" + viewId + "'";
    }

    public static ChangeViewCommand rename(ElementId viewId, String name) {
        String n = Objects.requireNonNull(name, "name").strip();
        return new ChangeViewCommand(viewId, null, (m, v) -> {
            if (n.isEmpty()) {
                throw new IllegalEditException("a view needs a name");
            }
            return v.withName(n);
        }, m -> "Rename view '" + m.view(viewId).map(DiagramView::name).orElse(viewId.value()) + "' to '" + n + "'");
    }

    /** Starts the view at {@code footprint}; null shows the whole model. */
    public static ChangeViewCommand root(ElementId viewId, ElementId footprint) {
        return new ChangeViewCommand(viewId, null, (m, v) -> {
            if (footprint != null) {
                requireFootprint(m, footprint);
            }
            return v.withRoot(footprint);
        }, m -> footprint == null ? "Show the whole model" : "Show only " + Wording.plain(m, footprint));
    }

    public static ChangeViewCommand collapse(ElementId viewId, ElementId footprint, boolean collapsed) {
        Objects.requireNonNull(footprint, "footprint");
        return new ChangeViewCommand(viewId, null, (m, v) -> {
            requireFootprint(m, footprint);
            return v.withCollapsed(footprint, collapsed);
        }, m -> (collapsed ? "Collapse " : "Expand ") + Wording.plain(m, footprint));
    }

    public static ChangeViewCommand showElementKind(ElementId viewId, ElementKind kind, boolean shown) {
        Objects.requireNonNull(kind, "kind");
        return new ChangeViewCommand(viewId, null, (m, v) -> v.withElementKindShown(kind, shown),
                m -> (shown ? "Show " : "Hide ") + "kind '" + kind.label() + "'");
    }

    public static ChangeViewCommand showRelationKind(ElementId viewId, RelationKind kind, boolean shown) {
        Objects.requireNonNull(kind, "kind");
        return new ChangeViewCommand(viewId, null, (m, v) -> v.withRelationKindShown(kind, shown),
                m -> (shown ? "Show " : "Hide ") + "'" + kind.label() + "' relations");
    }

    /** "Show proposed" / "Show abolished" (and shadow / designate): whether the view draws what has that status. */
    public static ChangeViewCommand showStatus(ElementId viewId, Status status, boolean shown) {
        Objects.requireNonNull(status, "status");
        return new ChangeViewCommand(viewId, null, (m, v) -> {
            if (status == Status.CURRENT && !shown) {
                throw new IllegalEditException("a view always shows what is current");
            }
            return v.withStatusShown(status, shown);
        }, m -> (shown ? "Show " : "Hide ") + status.label() + " elements and relations");
    }

    /**
     * "Members as a list": whether the view lists each body's members inside its box (chair first, roles in
     * brackets) instead of drawing membership lines.
     */
    public static ChangeViewCommand membersAsList(ElementId viewId, boolean asList) {
        return new ChangeViewCommand(viewId, null, (m, v) -> v.withMembersAsList(asList),
                m -> asList ? "List members inside their bodies" : "Draw members as lines");
    }

    public static ChangeViewCommand zoom(ElementId viewId, double zoom) {
        return new ChangeViewCommand(viewId, "zoom", (m, v) -> {
            String outOfRange = ViewLimits.checkZoom(zoom);
            if (outOfRange != null) {
                throw new IllegalEditException(outOfRange);
            }
            return v.withZoom(zoom);
        }, m -> "Zoom to " + Math.round(zoom * 100) + "%");
    }

    private static void requireFootprint(IcsModel model, ElementId id) {
        if (!model.isFootprint(id)) {
            throw new IllegalEditException(model.isElement(id)
                    ? Wording.quoted(model, id) + " is not a footprint"
                    : "there is no footprint with id '" + id + "'");
        }
    }

    @Override
    public void execute(IcsModel model) {
        DiagramView v = model.view(viewId)
                .orElseThrow(() -> new IllegalEditException("there is no view with id '" + viewId + "'"));
        DiagramView changed = change.apply(model, v);
        String d = wording.apply(model);
        model.updateView(changed);
        before = v;
        description = d;
    }

    @Override
    public void undo(IcsModel model) {
        model.updateView(before);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Optional<Command> mergeWith(Command next) {
        if (next instanceof ChangeViewCommand c && mergeKey != null && mergeKey.equals(c.mergeKey) && viewId.equals(c.viewId)) {
            ChangeViewCommand merged = new ChangeViewCommand(viewId, mergeKey,
                    (m, v) -> c.change.apply(m, change.apply(m, v)), c.wording);
            merged.before = before;
            merged.description = c.description;
            return Optional.of(merged);
        }
        return Optional.empty();
    }
}
