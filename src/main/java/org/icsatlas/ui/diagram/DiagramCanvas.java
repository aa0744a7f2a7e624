package org.icsatlas.ui.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.ViewChanges;
import org.icsatlas.model.ChangeType;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelChange;
import org.icsatlas.model.ModelListener;
import org.icsatlas.model.Position;
import org.icsatlas.model.RelationKind;
import org.icsatlas.render.style.StyleTable;

/**
 * The nested governance diagram: draws one view of a model as footprint containers, element boxes and relation
 * lines, and lets the user pan, zoom, select, collapse footprints, hide kinds and focus on a body.
 *
 * <p>Public API, for the main window that embeds it:
 * <ul>
 *   <li>{@link #setModel(IcsModel, DiagramView)} shows a model; layout runs off the FX thread and the diagram
 *       redraws when it finishes. The canvas listens to the model and relays out only the touched footprints.</li>
 *   <li>{@link #viewProperty()} is the current view. {@link #setCollapsed}, {@link #setRelationKindShown} and
 *       {@link #setElementKindShown} (and double-clicking a footprint header) put a new view here; setting one
 *       from outside (a view switcher) relays out too.</li>
 *   <li>{@link #selectionProperty()} (element or footprint id, null for none; click selects),
 *       {@link #focus(ElementId)} / {@link #clearFocus()} / {@link #focusProperty()} (Esc also clears).</li>
 *   <li>{@link #layoutProperty()}, {@link #layingOutProperty()}, {@link #progressProperty()},
 *       {@link #cancelLayout()}, {@link #layoutErrorProperty()}.</li>
 *   <li>{@link #centreOn}, {@link #zoomIn()}, {@link #zoomOut()}, {@link #zoomToFit()},
 *       {@link #zoomToSelection()}, {@link #zoomProperty()} (1 = 100 %).</li>
 *   <li>{@link #createLegend()}: a {@link LegendView} of the kinds the current layout draws.</li>
 * </ul>
 * Keys: + / − zoom, 0 fits, arrows pan, Esc leaves focus (or clears the selection, or cancels a drag). Mouse: drag
 * the background or scroll to pan, Ctrl+wheel zooms around the cursor; drag a box (or a footprint by its header
 * band) within its parent footprint to pin it there ({@link #setPinned}; a pinned box shows a pin marker and its
 * context menu offers "Unpin"). All methods must be called on the FX thread.
 */
public final class DiagramCanvas extends Region {
    /** The canvas chrome's stylesheet (background, progress strip, legend). */
    static final String STYLESHEET = Objects.requireNonNull(DiagramCanvas.class.getResource("diagram.css")).toExternalForm();

    private final LayoutEngine engine;
    private final FxTokens tokens;
    private final DiagramDrawing drawing;
    private final ZoomPanController camera;
    private final ViewportCuller culler = new ViewportCuller();
    private final SelectionController selection;
    private final FocusController focus = new FocusController();
    private final HighlightPainter painter;
    private final DragPinController dragPin;
    private final ContextMenu pinMenu = new ContextMenu();
    /** The ids whose skins show a pin marker. */
    private final Set<ElementId> marked = new HashSet<>();
    private final LayoutRunner runner;
    private final LayoutProgressOverlay overlay;
    private final Region backdrop = new Region();
    private final ObjectProperty<DiagramView> view = new SimpleObjectProperty<>(this, "view");
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout", DiagramLayout.empty());
    private final ReadOnlyObjectWrapper<Throwable> layoutError = new ReadOnlyObjectWrapper<>(this, "layoutError");
    private final ModelListener modelListener = this::modelChanged;
    /** Footprints touched by edits or view changes since the layout on screen was requested. */
    private final Set<ElementId> touched = new HashSet<>();
    private IcsModel model;
    /** The engine of the current layout: the canvas's engine aimed at the canvas's shape when it was laid out afresh. */
    private LayoutEngine activeEngine;
    /** Whether the current fresh layout was made without knowing the canvas's shape. */
    private boolean ratioPending;
    private boolean fitPending;
    private boolean cullPending;
    private boolean settingModel;
    private int lastPaintVisits;

    public DiagramCanvas(LayoutEngine engine) {
        this(engine, StyleTable.standard());
    }

    public DiagramCanvas(LayoutEngine engine, StyleTable styles) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.activeEngine = engine;
        this.tokens = new FxTokens(Objects.requireNonNull(styles, "styles"));
        getStyleClass().add(StyleClasses.CANVAS);
        // No stylesheet on the canvas itself: JavaFX adds every Parent it styles below a node carrying a stylesheet
        // to a list (StyleManager's parentUsers) that it searches linearly on each addition, so 20,000 skins under
        // a stylesheet made the first draw's CSS pass quadratic, about 3 s at England scale, and every skin built
        // later paid for a search of the whole list. The background is a sibling of the drawing that carries it.
        backdrop.getStyleClass().add(StyleClasses.BACKDROP);
        backdrop.getStylesheets().add(STYLESHEET);
        backdrop.setManaged(false);
        backdrop.setMouseTransparent(true);
        setFocusTraversable(true);
        setPrefSize(900, 600);

        drawing = new DiagramDrawing(tokens);
        Group world = drawing.root();
        world.getStyleClass().add(StyleClasses.WORLD);
        world.setManaged(false);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        camera = new ZoomPanController(this, world);
        selection = new SelectionController(this);
        dragPin = new DragPinController(this, world, drawing, layout::get, engine.metrics().footprintPadding(), this::setPinned);
        camera.setGrabs(dragPin::grabs);
        painter = new HighlightPainter(styles.emphasis().fadedOpacity());
        new CollapseController(this, this::setCollapsed);
        new HoverTooltips(this, () -> model);
        runner = new LayoutRunner(engine, this::showLayout, layoutError::set);
        overlay = new LayoutProgressOverlay(runner.runningProperty(), runner.progressProperty(), this::cancelLayout);
        getChildren().addAll(backdrop, world, overlay);

        selection.selectionProperty().addListener((o, was, now) -> repaint());
        view.addListener((o, was, now) -> viewChanged(was, now));
        camera.translate().xProperty().addListener(o -> requestCull());
        camera.translate().yProperty().addListener(o -> requestCull());
        camera.scale().xProperty().addListener(o -> requestCull());
        Runnable pulseCull = this::cullIfPending;
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePreLayoutPulseListener(pulseCull);
            }
            if (now != null) {
                now.addPreLayoutPulseListener(pulseCull);
            }
        });
        widthProperty().addListener(o -> sizeChanged());
        heightProperty().addListener(o -> sizeChanged());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenuRequested);
        layoutError.addListener((o, was, now) -> {
            if (now != null) {
                dragPin.settle();
            }
        });
    }

    // ------------------------------------------------------------------ model and view

    /** Shows {@code newModel} through {@code newView} (null: the whole model, everything shown); lays out afresh. */
    public void setModel(IcsModel newModel, DiagramView newView) {
        if (model != null) {
            model.removeListener(modelListener);
        }
        model = newModel;
        if (model != null) {
            model.addListener(modelListener);
        }
        selection.selectionProperty().set(null);
        focus.clear();
        touched.clear();
        fitPending = true;
        settingModel = true;
        try {
            view.set(newView != null ? newView : DiagramView.whole("view-whole", "Whole system"));
        } finally {
            settingModel = false;
        }
        relayout(null);
    }

    public IcsModel getModel() {
        return model;
    }

    /** The view drawn; setting a view relays out, keeping unchanged footprints where they are. */
    public ObjectProperty<DiagramView> viewProperty() {
        return view;
    }

    public void setCollapsed(ElementId footprint, boolean collapsed) {
        view.set(view.get().withCollapsed(footprint, collapsed));
    }

    public void setRelationKindShown(RelationKind kind, boolean shown) {
        view.set(view.get().withRelationKindShown(kind, shown));
    }

    public void setElementKindShown(ElementKind kind, boolean shown) {
        view.set(view.get().withElementKindShown(kind, shown));
    }

    /**
     * Pins {@code id} (an element or footprint) at {@code position}, relative to its parent footprint's top-left
     * corner, in a new view put into {@link #viewProperty()}; null unpins it, so the automatic layout takes it back.
     * Dragging a box does the same.
     */
    public void setPinned(ElementId id, Position position) {
        DiagramView now = view.get();
        if (now == null) {
            return;
        }
        DiagramView next = now.withPinned(id, position);
        if (next.equals(now)) {
            dragPin.settle();
        } else {
            view.set(next);
        }
    }

    /** Whether {@code id}'s position is pinned in the current view. */
    public boolean isPinned(ElementId id) {
        DiagramView now = view.get();
        return now != null && now.pinned().containsKey(id);
    }

    // ------------------------------------------------------------------ layout

    /** The layout on screen (empty before the first one finishes); exporters can draw the same geometry. */
    public ReadOnlyObjectProperty<DiagramLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty layingOutProperty() {
        return runner.runningProperty();
    }

    /** The running layout's progress from 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    /** The last layout failure (null when the last layout succeeded), for the problems panel or a status line. */
    public ReadOnlyObjectProperty<Throwable> layoutErrorProperty() {
        return layoutError.getReadOnlyProperty();
    }

    /** Stops the layout in flight; the diagram keeps the last finished layout. */
    public void cancelLayout() {
        runner.cancel();
    }

    // ------------------------------------------------------------------ selection and focus

    /** The selected element or footprint id, or null. */
    public ObjectProperty<ElementId> selectionProperty() {
        return selection.selectionProperty();
    }

    /** Fades everything not connected to {@code id} (see {@link org.icsatlas.analysis.FocusSet}); null clears. */
    public void focus(ElementId id) {
        focus.focus(model, id);
        repaint();
    }

    public void clearFocus() {
        focus.clear();
        repaint();
    }

    public ReadOnlyObjectProperty<ElementId> focusProperty() {
        return focus.focusProperty();
    }

    // ------------------------------------------------------------------ camera

    /** Pans so that {@code id} (or the collapsed footprint hiding it) sits in the middle of the viewport. */
    public void centreOn(ElementId id) {
        visibleBox(id).ifPresent(b -> camera.centreOn(b.centreX(), b.centreY()));
    }

    public void zoomIn() {
        camera.zoomIn();
    }

    public void zoomOut() {
        camera.zoomOut();
    }

    public void zoomToFit() {
        DiagramLayout l = layout.get();
        if (!l.footprints().isEmpty() || !l.nodes().isEmpty()) {
            camera.fit(l.bounds());
        }
    }

    /** Zooms to the selection and the elements it is related to; does nothing with no selection. */
    public void zoomToSelection() {
        ElementId selected = selection.selectionProperty().get();
        if (selected == null) {
            return;
        }
        Optional<Box> own = visibleBox(selected);
        if (own.isEmpty()) {
            return;
        }
        Box b = own.get();
        for (EdgeSkin e : drawing.edgesAt(selected)) {
            for (ElementId end : List.of(e.edgeLayout().from(), e.edgeLayout().to())) {
                Optional<Box> other = layout.get().absolute(end);
                if (other.isPresent()) {
                    b = union(b, other.get());
                }
            }
        }
        camera.fit(b);
    }

    /** The zoom factor: 1 draws the diagram at 100 %. */
    public DoubleProperty zoomProperty() {
        return camera.zoomProperty();
    }

    /** A legend of the element and relation kinds the current layout draws; it follows later layouts. */
    public Node createLegend() {
        LegendView legend = new LegendView(tokens);
        legend.show(layout.get(), model);
        layout.addListener((o, was, now) -> legend.show(now, model));
        return legend;
    }

    // ------------------------------------------------------------------ internals

    @Override
    protected void layoutChildren() {
        backdrop.resizeRelocate(0, 0, getWidth(), getHeight());
        double w = overlay.prefWidth(-1);
        double h = overlay.prefHeight(w);
        overlay.resizeRelocate(getWidth() - w - 12, 12, w, h);
    }

    private Optional<Box> visibleBox(ElementId id) {
        DiagramLayout l = layout.get();
        Optional<Box> b = l.absolute(id);
        if (b.isPresent() || model == null) {
            return b;
        }
        for (ElementId a : model.ancestors(id)) {
            b = l.absolute(a);
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    private void relayout(DiagramLayout previous) {
        if (model == null) {
            runner.cancel();
            showLayout(DiagramLayout.empty());
            return;
        }
        if (previous == null) {
            // A fresh layout aims its places at the shape of this canvas, so the diagram fills the window.
            // Later relayouts keep that engine: a footprint's kept geometry is only reused by the same metrics.
            double ratio = viewportRatio();
            ratioPending = ratio == 0;
            activeEngine = ratio > 0 ? engine.withAspectRatio(ratio) : engine;
            runner.request(activeEngine, model.copy(), view.get(), null, touched);
        } else {
            runner.request(activeEngine, model.copy(), view.get(), previous, touched);
        }
    }

    /** Width / height of the canvas, or 0 while it has no real size yet. */
    private double viewportRatio() {
        double w = getWidth();
        double h = getHeight();
        return w > 100 && h > 100 ? w / h : 0;
    }

    private void showLayout(DiagramLayout result) {
        touched.clear();
        layoutError.set(null);
        if (model != null) {
            focus.refresh(model);
            ElementId selected = selection.selectionProperty().get();
            if (selected != null && !model.containsId(selected)) {
                selection.selectionProperty().set(null);
            }
            dragPin.settle();
            drawing.show(result, model, engine.metrics());
            markPins();
        }
        layout.set(result);
        repaint();
        if (fitPending && getWidth() > 0) {
            fitPending = false;
            zoomToFit();
        }
        cull();
    }

    /** Puts a pin marker on the pinned boxes of the current view, and takes it off those no longer pinned. */
    private void markPins() {
        DiagramView v = view.get();
        Set<ElementId> pins = v == null ? Set.of() : v.pinned().keySet();
        for (ElementId id : marked) {
            SkinNode s = drawing.skin(id);
            if (s != null && !pins.contains(id)) {
                s.setPinned(false);
            }
        }
        marked.clear();
        for (ElementId id : pins) {
            SkinNode s = drawing.skin(id);
            if (s != null) {
                s.setPinned(true);
                marked.add(id);
            }
        }
    }

    /** Right-clicking a pinned box offers to unpin it. */
    private void contextMenuRequested(ContextMenuEvent e) {
        pinMenu.hide();
        SkinNode skin = SkinNode.owning(e.getPickResult().getIntersectedNode());
        if (skin == null || skin instanceof EdgeSkin || !isPinned(skin.modelId())) {
            return;
        }
        ElementId id = skin.modelId();
        MenuItem unpin = new MenuItem("Unpin");
        unpin.setOnAction(a -> setPinned(id, null));
        pinMenu.getItems().setAll(unpin);
        pinMenu.show(this, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private void viewChanged(DiagramView was, DiagramView now) {
        if (settingModel || model == null || now == null) {
            return;
        }
        touched.addAll(ViewChanges.touchedFootprints(model, was, now));
        relayout(layout.get());
    }

    private void modelChanged(List<ModelChange> changes) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> modelChanged(changes));
            return;
        }
        boolean relevant = false;
        for (ModelChange c : changes) {
            if (c.type() == ChangeType.INFO_CHANGED || c.type().name().startsWith("VIEW_")) {
                continue;
            }
            relevant = true;
            touched.addAll(c.touchedFootprints());
        }
        if (relevant) {
            relayout(layout.get());
        }
    }

    private void repaint() {
        lastPaintVisits = painter.paint(drawing, model, selection.selectionProperty().get(), focus.current());
    }

    private void sizeChanged() {
        if (ratioPending && model != null && touched.isEmpty() && viewportRatio() > 0) {
            // The first layout was made before the canvas had a size: redo it once for the real shape.
            fitPending = true;
            relayout(null);
            return;
        }
        if (fitPending && getWidth() > 0 && !layout.get().footprints().isEmpty()) {
            fitPending = false;
            zoomToFit();
        }
        requestCull();
    }

    /**
     * Culls once for any number of camera changes: at the start of the next pulse, before styling and layout, so a
     * frame never shows the camera moved without the skins it brings into view; or from the event queue, whichever
     * comes first (a canvas in a scene without a window gets no pulses).
     */
    private void requestCull() {
        if (!cullPending) {
            cullPending = true;
            Platform.runLater(this::cullIfPending);
        }
    }

    private void cullIfPending() {
        if (cullPending) {
            cull();
        }
    }

    private void cull() {
        cullPending = false;
        culler.cull(drawing, camera.visibleWorld(), camera.zoomProperty().get(), engine.metrics().fontSize());
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (focus.current() != null) {
                clearFocus();
            } else {
                selection.selectionProperty().set(null);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
            zoomToFit();
            e.consume();
        }
    }

    private static Box union(Box a, Box b) {
        double x = Math.min(a.x(), b.x());
        double y = Math.min(a.y(), b.y());
        return new Box(x, y, Math.max(a.maxX(), b.maxX()) - x, Math.max(a.maxY(), b.maxY()) - y);
    }

    /** For tests: how many skins the last selection or focus repaint visited. */
    int lastPaintVisits() {
        return lastPaintVisits;
    }

    /** For tests: how many skins the last cull visited. */
    int lastCullVisits() {
        return culler.lastVisits();
    }

    /** For tests: the part of the diagram the viewport shows, in diagram coordinates. */
    Box visibleWorld() {
        return camera.visibleWorld();
    }

    /** For tests: whether {@code id}'s skin shows the pin marker. */
    boolean showsPin(ElementId id) {
        SkinNode s = drawing.skin(id);
        return s != null && s.pinned();
    }

    /** For tests: the skin drawing {@code id}, or null. */
    Node skinOf(ElementId id) {
        SkinNode s = drawing.skin(id);
        return s != null ? s : drawing.edges().get(id);
    }
}
