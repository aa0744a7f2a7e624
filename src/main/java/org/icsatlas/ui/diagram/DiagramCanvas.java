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
import org.icsatlas.layout.Point;
import org.icsatlas.layout.hit.Hit;
import org.icsatlas.layout.hit.HitTester;
import org.icsatlas.edit.ChangeViewCommand;
import org.icsatlas.edit.Command;
import org.icsatlas.edit.PinCommand;
import org.icsatlas.ui.editing.DiagramEditor;
import org.icsatlas.ui.editing.Document;
import org.icsatlas.ui.editing.DocumentListener;
import org.icsatlas.ui.editing.Outcome;
import java.util.function.UnaryOperator;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;
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
    private final EditOverlay editOverlay = new EditOverlay();
    private final GestureArbiter arbiter;
    private final CanvasEditing editing;
    private final ContextMenu pinMenu = new ContextMenu();
    private final DocumentListener documentListener = new DocumentListener() {
        @Override
        public void modelChanged(List<ModelChange> changes) {
            documentChanged(changes);
        }

        @Override
        public void viewShown(DiagramView v) {
            if (!v.equals(view.get())) {
                view.set(v);
            }
        }

        @Override
        public void refused(String reason) {
            editing.lastReasonProperty().set(reason);
        }
    };
    /** The open document the canvas edits through, or null for a view that is not part of its model (read-only). */
    private Document document;
    private DiagramEditor editor;
    /** True while the canvas brings its view up to the model's within one batch of changes (one relayout for both). */
    private boolean syncingView;
    /** The ids whose skins show a pin marker. */
    private final Set<ElementId> marked = new HashSet<>();
    private final LayoutRunner runner;
    private final LayoutProgressOverlay overlay;
    private final Region backdrop = new Region();
    private final ObjectProperty<DiagramView> view = new SimpleObjectProperty<>(this, "view");
    private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout", DiagramLayout.empty());
    private final ReadOnlyObjectWrapper<Throwable> layoutError = new ReadOnlyObjectWrapper<>(this, "layoutError");
    private final ModelListener modelListener = this::modelChanged;
    private final LayoutFollower follower;
    private IcsModel model;
    private boolean fitPending;
    private boolean cullPending;
    private boolean settingModel;
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
        dragPin = new DragPinController(this, drawing, layout::get, engine.metrics().footprintPadding(),
                () -> new java.util.LinkedHashSet<>(selection.selection().items()), this::mayDrop, this::drop,
                editOverlay, this::toWorld);
        editing = new CanvasEditing(this);
        ConnectGesture connect = new ConnectGesture(layout::get, this::toWorld, editOverlay, editing::connectToolOn, editing);
        RubberBandGesture band = new RubberBandGesture(layout::get, this::toWorld, editOverlay,
                ids -> selection.selection().setAll(ids));
        arbiter = new GestureArbiter(this, this::toWorld, this::hitAt, List.of(
                editing::beginCreate, connect::begin, dragPin::begin, band::begin, (e, p, h) -> camera.beginPan(e)));
        camera.setArrowsTaken(editing::takesArrows);
        painter = new HighlightPainter(styles.emphasis().fadedOpacity());
        new CollapseController(this, this::setCollapsed);
        new HoverTooltips(this, () -> model);
        runner = new LayoutRunner(engine, this::showLayout, layoutError::set);
        follower = new LayoutFollower(engine, runner, this::viewportRatio);
        overlay = new LayoutProgressOverlay(runner.runningProperty(), runner.progressProperty(), this::cancelLayout);
        getChildren().addAll(backdrop, world, overlay, editing.nameField(), editing.reasonLabel());

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

    /**
     * Shows {@code newModel} through {@code newView} (null: the whole model, everything shown); lays out afresh.
     * When the view is one of the model's, the canvas edits through a {@link Document} of its own; the window
     * uses {@link #setDocument} instead, so that the canvas shares the window's document.
     */
    public void setModel(IcsModel newModel, DiagramView newView) {
        if (newModel != null && newView != null && newModel.view(newView.id()).filter(newView::equals).isPresent()) {
            Document d = new Document(newModel);
            d.showView(newView.id());
            setDocument(d);
            return;
        }
        attach(newModel, null);
        show(newView);
    }

    /**
     * Shows and edits an open document: every gesture becomes a command run by the document, and the canvas
     * redraws from the document's change events only. The document's selection is the canvas's selection.
     */
    public void setDocument(Document newDocument) {
        attach(newDocument.model(), newDocument);
        show(newDocument.currentView());
    }

    /** The document the canvas edits through; null while it shows a view that is not part of its model. */
    public Document getDocument() {
        return document;
    }

    /** The gestures as edits on the canvas's document (null without one). */
    public DiagramEditor editor() {
        return editor;
    }

    private void attach(IcsModel newModel, Document newDocument) {
        if (document != null) {
            document.removeListener(documentListener);
        } else if (model != null) {
            model.removeListener(modelListener);
        }
        model = newModel;
        document = newDocument;
        editor = newDocument == null ? null : new DiagramEditor(newDocument);
        if (document != null) {
            document.addListener(documentListener);
            selection.use(document.selection());
        } else {
            if (model != null) {
                model.addListener(modelListener);
            }
            selection.use(new org.icsatlas.ui.editing.Selection());
        }
        editing.reset();
    }

    private void show(DiagramView newView) {
        selection.selection().clear();
        focus.clear();
        follower.clear();
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

    /** Collapses or expands a footprint in the current view: one command through the document. */
    public void setCollapsed(ElementId footprint, boolean collapsed) {
        editView(ChangeViewCommand.collapse(view.get().id(), footprint, collapsed), v -> v.withCollapsed(footprint, collapsed));
    }

    public void setRelationKindShown(RelationKind kind, boolean shown) {
        editView(ChangeViewCommand.showRelationKind(view.get().id(), kind, shown), v -> v.withRelationKindShown(kind, shown));
    }

    public void setElementKindShown(ElementKind kind, boolean shown) {
        editView(ChangeViewCommand.showElementKind(view.get().id(), kind, shown), v -> v.withElementKindShown(kind, shown));
    }

    /**
     * Changes the view by a command run through the document; the canvas follows when the model says the view
     * changed. A view that is not part of the model (no document) is only looked at, so it changes in place.
     */
    private Outcome editView(Command command, UnaryOperator<DiagramView> local) {
        if (document != null) {
            return document.execute(command);
        }
        DiagramView next = local.apply(view.get());
        if (!next.equals(view.get())) {
            view.set(next);
        }
        return new Outcome(true, command.description());
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
        if (editView(c, v -> v.withPinned(id, position)).refused()) {
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
        ElementId selected = selection.selection().primary();
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

    /** The palette of things to add (footprint levels, element kinds with their legend shapes) and the connect tool. */
    public Node createPalette() {
        return Palette.create(this, tokens, editing);
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
        follower.follow(model, view.get(), previous);
    }

    /** Width / height of the canvas, or 0 while it has no real size yet. */
    private double viewportRatio() {
        double w = getWidth();
        double h = getHeight();
        return w > 100 && h > 100 ? w / h : 0;
    }

    private void showLayout(DiagramLayout result) {
        follower.shown();
        layoutError.set(null);
        if (model != null) {
            focus.refresh(model);
            IcsModel m = model;
            selection.selection().retain(m::containsId);
            dragPin.settle();
            drawing.show(result, model, engine.metrics());
            markPins();
        }
        layout.set(result);
        repaint();
        editing.layoutShown();
        if (fitPending && getWidth() > 0) {
            fitPending = false;
            zoomToFit();
        }
        cull();
        recordArrangement();
    }

    /**
     * Keeps with a view that had no arrangement the one the window chose for it (the canvas's shape), so that the
     * file saved next opens, and exports from the command line, with the same boxes; see
     * {@link Document#recordArrangement}. Not an edit: no undo step, the document does not become unsaved.
     */
    private void recordArrangement() {
        DiagramView v = view.get();
        if (document != null && v != null && !v.hasArrangement() && follower.arrangedAspect() > 0
                && document.model().view(v.id()).isPresent()) {
            document.recordArrangement(v.id(), follower.arrangedAspect());
        }
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

    /** Right-click: a line's menu (kind, role, vote), a box's menu (rename, delete, unpin). */
    private void contextMenuRequested(ContextMenuEvent e) {
        pinMenu.hide();
        Point2D p = drawing.root().screenToLocal(e.getScreenX(), e.getScreenY());
        Optional<Hit> hit = p == null ? Optional.empty() : hitAt(new Point(p.getX(), p.getY()));
        if (hit.isEmpty()) {
            return;
        }
        if (editor == null) {
            ElementId id = hit.get().id();
            if (!isPinned(id)) {
                return;
            }
            MenuItem unpin = new MenuItem("Unpin");
            unpin.setOnAction(a -> setPinned(id, null));
            pinMenu.getItems().setAll(unpin);
            pinMenu.show(this, e.getScreenX(), e.getScreenY());
        } else {
            editing.contextMenu(hit.get(), e.getScreenX(), e.getScreenY());
        }
        e.consume();
    }

    /** Opens the name field over {@code id}'s box (F2). */
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

    private void viewChanged(DiagramView was, DiagramView now) {
        if (settingModel || model == null || now == null) {
            return;
        }
        if (document != null && !now.id().equals(document.currentView().id())) {
            // A view switched from outside (a view switcher) is navigation: the document shows it too.
            document.showView(now.id());
        }
        if (follower.viewChanged(model, was, now) && !syncingView) {
            relayout(layout.get());
        }
    }

    /**
     * One batch of changes from the document: the footprints it touched and, when the batch changed the view shown
     * (a pin, a collapse), the view as the model now holds it; then one relayout for both.
     */
    private void documentChanged(List<ModelChange> changes) {
        boolean relevant = follower.changed(changes);
        DiagramView now = document.currentView();
        if (!now.equals(view.get())) {
            relevant |= !LayoutFollower.onlyArrangementDiffers(view.get(), now);
            syncingView = true;
            try {
                view.set(now);
            } finally {
                syncingView = false;
            }
        }
        if (relevant) {
            relayout(layout.get());
        }
    }

    private void modelChanged(List<ModelChange> changes) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> modelChanged(changes));
            return;
        }
        if (follower.changed(changes)) {
            relayout(layout.get());
        }
    }

    private void repaint() {
        lastPaintVisits = painter.paint(drawing, model, new java.util.HashSet<>(selection.selection().items()), focus.current());
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

    /** Whether the model would take {@code items} into {@code target} (a footprint only into a wider one). */
    private boolean mayDrop(List<ElementId> items, ElementId target) {
        Optional<org.icsatlas.model.Footprint> t = model.footprint(target);
        if (t.isEmpty()) {
            return false;
        }
        for (ElementId id : items) {
            Optional<org.icsatlas.model.Footprint> f = model.footprint(id);
            if (f.isPresent() && !t.get().level().canContain(f.get().level())) {
                return false;
            }
        }
        return true;
    }

    private Outcome drop(List<DiagramEditor.Drop> drops, double screenX, double screenY) {
        if (drops.isEmpty()) {
            Outcome o = new Outcome(false, "drop a box inside a footprint");
            editing.showReason(o.reason(), screenX, screenY);
            return o;
        }
        if (editor == null) {
            DiagramEditor.Drop d = drops.get(0);
            if (d.at() != null && model.parentOf(d.item()).map(d.target()::equals).orElse(false)) {
                setPinned(d.item(), d.at());
                return new Outcome(true, "");
            }
            Outcome o = new Outcome(false, "this view is not part of the model, so it cannot be edited");
            editing.showReason(o.reason(), screenX, screenY);
            return o;
        }
        Outcome o = editor.moveAll(drops);
        if (o.refused()) {
            editing.showReason(o.reason(), screenX, screenY);
        }
        return o;
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
        if (follower.ratioPending() && model != null && follower.idle() && viewportRatio() > 0) {
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
                selection.selection().clear();
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
