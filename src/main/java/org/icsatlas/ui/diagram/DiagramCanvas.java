package org.icsatlas.ui.diagram;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.icsatlas.layout.Box;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.edit.ChangeViewCommand;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.PinCommand;
import org.icsatlas.ui.editing.DiagramEditor;
import org.icsatlas.ui.editing.Document;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.IcsModel;
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
    private final SelectionController selection;
    private final FocusController focus = new FocusController();
    private final HighlightPainter painter;
    private final DragPinController dragPin;
    private final EditOverlay editOverlay = new EditOverlay();
    private final GestureArbiter arbiter;
    private final CanvasEditing editing;
    private final LayoutRunner runner;
    private final LayoutProgressOverlay overlay;
    private final Region backdrop = new Region();
    private final CanvasSource source;
    /** The view drawn: the model's own, kept by {@link CanvasSource}. */
    private final ObjectProperty<DiagramView> view;
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout", DiagramLayout.empty());
    private final ReadOnlyObjectWrapper<Throwable> layoutError = new ReadOnlyObjectWrapper<>(this, "layoutError");
    private final LayoutFollower follower;
    private boolean fitPending;
    private final CullScheduler culls;
    private final CameraTargets targets;
    private int lastPaintVisits;

    public DiagramCanvas(LayoutEngine engine) {
        this(engine, StyleTable.standard());
    }

    public DiagramCanvas(LayoutEngine engine, StyleTable styles) {
        this.engine = Objects.requireNonNull(engine, "engine");
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
        world.getChildren().add(editOverlay.root());
        selection = new SelectionController(this, this::toWorld, this::hitAt, this::selectionChanged);
        editing = new CanvasEditing(this);
        CanvasDrops drops = new CanvasDrops(this, editing);
        dragPin = new DragPinController(this, drawing, layout::get, engine.metrics().footprintPadding(),
                () -> new java.util.LinkedHashSet<>(selection.selection().items()), drops::mayDrop, drops::drop,
                editOverlay, this::toWorld);
        ConnectGesture connect = new ConnectGesture(layout::get, this::toWorld, editOverlay, editing::connectToolOn, editing);
        RubberBandGesture band = new RubberBandGesture(layout::get, this::toWorld, editOverlay,
                ids -> selection.selection().setAll(ids));
        arbiter = new GestureArbiter(this, this::toWorld, this::hitAt, List.of(
                editing::beginCreate, connect::begin, dragPin::begin, band::begin, (e, p, h) -> camera.beginPan(e)));
        camera.setArrowsTaken(editing::takesArrows);
        painter = new HighlightPainter(styles.emphasis().fadedOpacity());
        new CollapseController(this, this::setCollapsed);
        new HoverTooltips(this, this::getModel);
        runner = new LayoutRunner(engine, this::showLayout, layoutError::set);
        follower = new LayoutFollower(engine, runner, this::viewportRatio);
        source = new CanvasSource(this, follower, new CanvasSource.Host() {
            @Override
            public void showing(org.icsatlas.ui.editing.Selection s) {
                selection.use(s);
                editing.reset();
                selection.selection().clear();
                focus.clear();
                fitPending = true;
            }

            @Override
            public void relayout(boolean fresh) {
                DiagramCanvas.this.relayout(fresh ? null : layout.get());
            }

            @Override
            public void switchedView() {
                fitPending = true;
            }

            @Override
            public void refused(String reason) {
                editing.lastReasonProperty().set(reason);
            }
        });
        view = source.view();
        overlay = new LayoutProgressOverlay(runner.runningProperty(), runner.progressProperty(), this::cancelLayout);
        getChildren().addAll(backdrop, world, overlay, editing.nameField(), editing.reasonLabel());

        selection.selectionProperty().addListener((o, was, now) -> repaint());
        culls = new CullScheduler(this, drawing, camera, engine.metrics().fontSize());
        targets = new CameraTargets(camera, drawing, layout::get, this::getModel);
        widthProperty().addListener(o -> sizeChanged());
        heightProperty().addListener(o -> sizeChanged());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, editing::contextMenuRequested);
        layoutError.addListener((o, was, now) -> {
            if (now != null) {
                dragPin.settle();
            }
        });
    }

    // ------------------------------------------------------------------ model and view

    /**
     * Shows {@code newModel} through {@code newView} (null: the whole model, everything shown); lays out afresh.
     * When the view is one of the model's, the canvas edits through a {@link Document} of its own; the window
     * uses {@link #setDocument} instead, so that the canvas shares the window's document.
     */
    public void setModel(IcsModel newModel, DiagramView newView) {
        source.setModel(newModel, newView);
    }

    /**
     * Shows and edits an open document: every gesture becomes a command run by the document, and the canvas
     * redraws from the document's change events only. The document's selection is the canvas's selection.
     */
    public void setDocument(Document newDocument) {
        source.setDocument(newDocument);
    }

    /** The document the canvas edits through; null while it shows a view that is not part of its model. */
    public Document getDocument() {
        return source.document();
    }

    /** The gestures as edits on the canvas's document (null without one). */
    public DiagramEditor editor() {
        return source.editor();
    }

    public IcsModel getModel() {
        return source.model();
    }

    /** The view drawn; setting a view relays out, keeping unchanged footprints where they are. */
    public ObjectProperty<DiagramView> viewProperty() {
        return view;
    }

    /** Collapses or expands a footprint in the current view: one command through the document. */
    public void setCollapsed(ElementId footprint, boolean collapsed) {
        source.editView(ChangeViewCommand.collapse(view.get().id(), footprint, collapsed), v -> v.withCollapsed(footprint, collapsed));
    }

    public void setRelationKindShown(RelationKind kind, boolean shown) {
        source.editView(ChangeViewCommand.showRelationKind(view.get().id(), kind, shown), v -> v.withRelationKindShown(kind, shown));
    }

    public void setElementKindShown(ElementKind kind, boolean shown) {
        source.editView(ChangeViewCommand.showElementKind(view.get().id(), kind, shown), v -> v.withElementKindShown(kind, shown));
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
        if (now.withPinned(id, position).equals(now)) {
            dragPin.settle();
            return;
        }
        Command c = position == null ? PinCommand.unpin(now.id(), id) : PinCommand.pin(now.id(), id, position);
        if (source.editView(c, v -> v.withPinned(id, position)).refused()) {
            dragPin.settle();
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
        focus.focus(getModel(), id);
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
        targets.centreOn(id);
    }

    public void zoomIn() {
        camera.zoomIn();
    }

    public void zoomOut() {
        camera.zoomOut();
    }

    public void zoomToFit() {
        targets.fitAll();
    }

    /**
     * The largest zoom Fit (and showing a view whole) may choose: 1 by default, so a small diagram is never blown up
     * past 100 %; a presentation raises it so a small view fills the projector.
     */
    public void setFitLimit(double limit) {
        camera.setFitLimit(Math.max(0.1, limit));
    }

    /** Zooms to the selection and the elements it is related to; does nothing with no selection. */
    public void zoomToSelection() {
        targets.fitAround(selection.selection().primary());
    }

    /** The zoom factor: 1 draws the diagram at 100 %. */
    public DoubleProperty zoomProperty() {
        return camera.zoomProperty();
    }

    /** The palette of things to add (footprint levels, element kinds with their legend shapes) and the connect tool. */
    public Node createPalette() {
        return Palette.create(this, tokens, editing);
    }

    /** A legend of the element and relation kinds the current layout draws; it follows later layouts. */
    public Node createLegend() {
        LegendView legend = new LegendView(tokens);
        legend.show(layout.get(), getModel());
        layout.addListener((o, was, now) -> legend.show(now, getModel()));
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

    private void relayout(DiagramLayout previous) {
        if (getModel() == null) {
            runner.cancel();
            showLayout(DiagramLayout.empty());
            return;
        }
        follower.follow(getModel(), view.get(), previous);
    }

    /** Width / height of the canvas, or 0 while it has no real size yet. */
    private double viewportRatio() {
        double w = getWidth();
        double h = getHeight();
        return w > 100 && h > 100 ? w / h : 0;
    }

    private void showLayout(DiagramLayout result) {
        follower.clear();
        layoutError.set(null);
        IcsModel m = getModel();
        if (m != null) {
            focus.refresh(m);
            selection.selection().retain(m::containsId);
            dragPin.settle();
            drawing.show(result, m, engine.metrics());
            DiagramView v = view.get();
            drawing.markPins(v == null ? Set.of() : v.pinned().keySet());
        }
        layout.set(result);
        repaint();
        editing.layoutShown();
        if (fitPending && getWidth() > 0) {
            fitPending = false;
            zoomToFit();
        }
        culls.cullNow();
        source.recordArrangement(follower.arrangedAspect());
    }

    /**
     * Copies the selection to the system clipboard as native JSON (with the relations among its items), and with
     * {@code cut} removes it in the same gesture (one undo step), as Ctrl+C / Ctrl+X on the canvas do.
     */
    public void copySelection(boolean cut) {
        editing.copy(cut);
    }

    /** Pastes the clipboard's copied part into the selected footprint (or the selected box's), as Ctrl+V does. */
    public void pasteClipboard() {
        editing.paste();
    }

    public void rename(ElementId id) {
        editing.rename(id);
    }

    /**
     * Arms creation: the next click on the diagram adds an element of this {@link ElementKind} (or a footprint of
     * this {@link org.icsatlas.model.FootprintLevel}) there, inside the footprint under the pointer, with its name
     * field open. Null disarms.
     */
    public void armCreate(Object kind) {
        editing.armedProperty().set(kind);
    }

    public ObjectProperty<Object> armedProperty() {
        return editing.armedProperty();
    }

    /** Whether {@code id} is pinned (for the box menu's Unpin). */
    boolean pinned(ElementId id) {
        return isPinned(id);
    }

    private void repaint() {
        lastPaintVisits = painter.paint(drawing, getModel(), new java.util.HashSet<>(selection.selection().items()), focus.current());
        editing.showHandles();
    }

    private void selectionChanged() {
        repaint();
    }

    // ------------------------------------------------------------------ interaction (for the gesture classes)

    /** The diagram point under a mouse event. */
    Point toWorld(MouseEvent e) {
        Point2D p = drawing.root().sceneToLocal(e.getSceneX(), e.getSceneY());
        return new Point(p.getX(), p.getY());
    }

    /** What lies under a diagram point: handles of the selection first, then boxes, lines, footprints. */
    Optional<Hit> hitAt(Point p) {
        HitTester hits = new HitTester(layout.get());
        List<ElementId> boxes = new java.util.ArrayList<>();
        List<ElementId> lines = new java.util.ArrayList<>();
        for (ElementId id : selection.selection().items()) {
            (layout.get().edges().containsKey(id) ? lines : boxes).add(id);
        }
        return hits.at(p, 5 / camera.zoomProperty().get(), boxes, lines);
    }

    DiagramDrawing drawing() {
        return drawing;
    }

    ZoomPanController camera() {
        return camera;
    }

    SelectionController selectionController() {
        return selection;
    }

    EditOverlay editOverlay() {
        return editOverlay;
    }

    GestureArbiter arbiter() {
        return arbiter;
    }

    /** The absolute box of what {@code id} is drawn as, if it is drawn. */
    Optional<Box> boxOf(ElementId id) {
        return layout.get().absolute(id);
    }

    private void sizeChanged() {
        if (follower.ratioPending() && getModel() != null && follower.idle() && viewportRatio() > 0) {
            // The first layout was made before the canvas had a size: redo it once for the real shape.
            fitPending = true;
            relayout(null);
            return;
        }
        if (fitPending && getWidth() > 0 && !layout.get().footprints().isEmpty()) {
            fitPending = false;
            zoomToFit();
        }
        culls.request();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            if (focus.current() != null) {
                clearFocus();
            } else {
                selection.selection().clear();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
            zoomToFit();
            e.consume();
        }
    }

    /** For tests: how many skins the last selection or focus repaint visited. */
    int lastPaintVisits() {
        return lastPaintVisits;
    }

    /** For tests: how many skins the last cull visited. */
    int lastCullVisits() {
        return culls.lastVisits();
    }

    /** The part of the diagram the canvas shows now, in diagram coordinates. */
    public Box visibleWorld() {
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
