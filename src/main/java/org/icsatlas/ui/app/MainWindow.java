package org.icsatlas.ui.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.icsatlas.ui.editing.Outcome;
import org.icsatlas.model.DiagramView;
import org.icsatlas.ui.document.RecentFiles;
import org.icsatlas.edit.Command;
import org.icsatlas.ui.panels.HistoryPanel;
import org.icsatlas.ui.panels.PropertiesPanel;

/**
 * The controller of {@code /fxml/main-window.fxml}: builds the outline, search box, diagram, legend and problems
 * panel into the frame the FXML lays out, and binds menus, toolbar and status bar to the {@link MainViewModel}.
 */
public final class MainWindow {
    private static final URL FXML_FILE = MainWindow.class.getResource("/fxml/main-window.fxml");

    private final MainViewModel viewModel;
    private final FileActions files;
    private final DiagramBridge diagram;

    @FXML private BorderPane root;
    @FXML private Menu openSampleMenu;
    @FXML private Menu importMenu;
    @FXML private Menu exportMenu;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem redoItem;
    @FXML private MenuItem unpinItem;
    @FXML private MenuItem zoomToSelectionItem;
    @FXML private MenuItem focusItem;
    @FXML private MenuItem leaveFocusItem;
    @FXML private Menu relationKindsMenu;
    @FXML private Menu elementKindsMenu;
    @FXML private CheckMenuItem fullScreenItem;
    @FXML private CheckMenuItem membersAsListItem;
    @FXML private StackPane searchHost;
    @FXML private StackPane paletteHost;
    @FXML private ComboBox<DiagramView> viewSwitcher;
    @FXML private Button focusButton;
    @FXML private Button leaveFocusButton;
    @FXML private SplitPane splitPane;
    @FXML private VBox outlineHost;
    @FXML private StackPane diagramHost;
    @FXML private VBox legendHost;
    @FXML private VBox problemsHost;
    @FXML private Label countsLabel;
    @FXML private Label problemsLabel;
    @FXML private Label sourceLabel;
    @FXML private Label editStatusLabel;
    @FXML private MenuItem deleteItem;
    @FXML private MenuItem cutItem;
    @FXML private MenuItem copyItem;
    @FXML private MenuItem renameItem;
    @FXML private MenuItem duplicateItem;
    @FXML private Label layoutLabel;
    @FXML private ProgressBar layoutProgress;
    @FXML private Button cancelLayoutButton;

    private OutlineView outline;
    private SearchBox searchBox;
    private ProblemsPanel problems;
    private org.icsatlas.ui.export.ExportActions exports;

    // workshop: views, presentation, recent files, properties and history panels
    @FXML private Menu openRecentMenu;
    @FXML private MenuItem deleteViewItem;
    @FXML private CheckMenuItem presentationItem;
    @FXML private ToolBar toolBar;
    @FXML private HBox statusBar;
    @FXML private TabPane inspectorTabs;
    @FXML private VBox propertiesHost;
    @FXML private VBox historyHost;
    private HistoryPanel history;
    private PropertiesPanel properties;
    private ViewActions viewActions;
    private PresentationMode presentation;
    private org.icsatlas.ui.importing.RegisterMenus registerMenus;

    private MainWindow(MainViewModel viewModel, FileActions files) {
        this.viewModel = viewModel;
        this.files = files;
        this.diagram = new DiagramBridge(viewModel);
    }

    /** Loads the window's FXML and builds its views around {@code viewModel}. */
    public static MainWindow load(MainViewModel viewModel, FileActions files) {
        MainWindow window = new MainWindow(viewModel, files);
        FXMLLoader loader = new FXMLLoader(FXML_FILE);
        loader.setController(window);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window's FXML could not be loaded", e);
        }
        return window;
    }

    @FXML
    private void initialize() {
        Runnable centre = diagram::centreOnSelection;
        outline = new OutlineView(viewModel, centre);
        VBox.setVgrow(outline, Priority.ALWAYS);
        outlineHost.getChildren().add(outline);
        // After a search the keyboard moves to the diagram, so F focuses on what was found straight away.
        searchBox = new SearchBox(viewModel, () -> {
            diagram.centreOnSelection();
            diagram.node().requestFocus();
        });
        searchHost.getChildren().add(searchBox);
        paletteHost.getChildren().add(diagram.canvas().createPalette());
        diagramHost.getChildren().add(diagram.node());
        // The legend scrolls rather than pushing the problems panel off a small screen.
        ScrollPane legend = new ScrollPane(diagram.legend());
        legend.setFitToWidth(true);
        legend.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(legend, Priority.ALWAYS);
        legendHost.getChildren().add(legend);
        problems = new ProblemsPanel(viewModel, centre);
        VBox.setVgrow(problems, Priority.ALWAYS);
        problemsHost.getChildren().add(problems);
        SplitPane.setResizableWithParent(outlineHost, false);
        SplitPane.setResizableWithParent(splitPane.getItems().get(2), false);
        buildWorkshopPanels();
        exports = new org.icsatlas.ui.export.ExportActions(() -> root.getScene().getWindow(), this::exportSource,
                files::chooseExportTarget);
        bindMenus();
        registerMenus = new org.icsatlas.ui.importing.RegisterMenus(viewModel, files.chooser(), files.dialogs(), files::owner);
        registerMenus.install(importMenu, exportMenu);
        bindViewSwitcher();
        bindStatusBar();
        new InteropMenus(viewModel, files).install(importMenu, exportMenu);
        for (Sample sample : Sample.values()) {
            MenuItem item = new MenuItem(sample.label());
            item.setOnAction(e -> files.openSample(sample));
            openSampleMenu.getItems().add(item);
        }
    }

    private void bindMenus() {
        undoItem.textProperty().bind(viewModel.undoTextProperty());
        undoItem.disableProperty().bind(viewModel.canUndoProperty().not());
        redoItem.textProperty().bind(viewModel.redoTextProperty());
        redoItem.disableProperty().bind(viewModel.canRedoProperty().not());
        unpinItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !viewModel.isPinned(viewModel.selectionProperty().get()),
                viewModel.selectionProperty(), viewModel.currentViewProperty()));
        var noSelection = viewModel.selectionProperty().isNull();
        deleteItem.disableProperty().bind(noSelection);
        cutItem.disableProperty().bind(noSelection);
        copyItem.disableProperty().bind(noSelection);
        renameItem.disableProperty().bind(noSelection);
        duplicateItem.disableProperty().bind(noSelection);
        // Ctrl+Y redoes too, beside the Edit menu's Ctrl+Shift+Z.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Y,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), viewModel::redo);
            }
        });
        zoomToSelectionItem.disableProperty().bind(noSelection);
        focusItem.disableProperty().bind(noSelection);
        focusButton.disableProperty().bind(noSelection);
        leaveFocusItem.disableProperty().bind(diagram.focusedProperty().not());
        leaveFocusButton.disableProperty().bind(diagram.focusedProperty().not());
        KindToggles toggles = new KindToggles(viewModel, relationKindsMenu, elementKindsMenu);
        toggles.rebuild();
        MembersAsListToggle.bind(viewModel, membersAsListItem);
        fullScreenItem.setOnAction(e -> stage().setFullScreen(fullScreenItem.isSelected()));
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, a2, w) -> {
                    if (w instanceof Stage s) {
                        s.fullScreenProperty().addListener((o3, was, is) -> fullScreenItem.setSelected(is));
                    }
                });
            }
        });
    }

    private void bindViewSwitcher() {
        ViewSwitcher.bind(viewSwitcher, viewModel);
    }

    private void bindStatusBar() {
        StatusBar.bind(viewModel, diagram, countsLabel, problemsLabel, sourceLabel, editStatusLabel, layoutLabel,
                layoutProgress, cancelLayoutButton);
    }

    private Stage stage() {
        return (Stage) root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    public DiagramBridge diagram() {
        return diagram;
    }

    public OutlineView outline() {
        return outline;
    }

    public SearchBox searchBox() {
        return searchBox;
    }

    public ProblemsPanel problems() {
        return problems;
    }

    public org.icsatlas.ui.importing.RegisterMenus registerMenus() {
        return registerMenus;
    }

    // ---------------------------------------------------------------- menu actions (named in the FXML)

    @FXML private void open(ActionEvent e) {
        files.open();
    }

    @FXML private void save(ActionEvent e) {
        files.save();
    }

    @FXML private void saveAs(ActionEvent e) {
        files.saveAs();
    }

    @FXML private void exportDiagram(ActionEvent e) {
        exports.openExportDialog();
    }

    @FXML private void printDiagram(ActionEvent e) {
        try {
            org.icsatlas.ui.export.ExportActions.PrintOutcome outcome = exports.printDiagram();
            if (!outcome.problem().isEmpty()) {
                files.dialogs().showError(files.owner(), "Print", outcome.problem());
            }
        } catch (org.icsatlas.render.export.RenderException ex) {
            files.dialogs().showError(files.owner(), "Print", ex.getMessage());
        }
    }

    @FXML private void copyAsImage(ActionEvent e) {
        try {
            exports.copyAsImage();
        } catch (org.icsatlas.render.export.RenderException ex) {
            files.dialogs().showError(files.owner(), "Copy as Image", ex.getMessage());
        }
    }

    /** Export, Print and Copy as Image (for tests). */
    public org.icsatlas.ui.export.ExportActions exports() {
        return exports;
    }

    /** What the canvas shows, for the exporters; empty until it has drawn a layout. */
    private java.util.Optional<org.icsatlas.ui.export.ExportSource> exportSource() {
        org.icsatlas.layout.DiagramLayout shown = diagram.canvas().layoutProperty().get();
        if (viewModel.getModel() == null || shown == null || shown.footprints().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new org.icsatlas.ui.export.ExportSource(viewModel.getModel().copy(),
                viewModel.getCurrentView(), shown, viewModel.selection().orElse(null), diagram.canvas().focusProperty().get()));
    }

    @FXML private void quit(ActionEvent e) {
        files.quit();
    }

    @FXML private void undo(ActionEvent e) {
        viewModel.undo();
    }

    @FXML private void redo(ActionEvent e) {
        viewModel.redo();
    }

    @FXML private void cutSelection(ActionEvent e) {
        diagram.canvas().copySelection(true);
    }

    @FXML private void copySelection(ActionEvent e) {
        diagram.canvas().copySelection(false);
    }

    @FXML private void paste(ActionEvent e) {
        diagram.canvas().pasteClipboard();
    }

    @FXML private void deleteSelection(ActionEvent e) {
        viewModel.editor().deleteSelection();
    }

    @FXML private void renameSelection(ActionEvent e) {
        viewModel.selection().ifPresent(diagram.canvas()::rename);
    }

    @FXML private void duplicateSelection(ActionEvent e) {
        viewModel.editor().duplicate(viewModel.getDocument().selection().items());
    }

    @FXML private void unpinSelection(ActionEvent e) {
        viewModel.selection().ifPresent(viewModel::unpin);
    }

    @FXML private void zoomIn(ActionEvent e) {
        diagram.zoomIn();
    }

    @FXML private void zoomOut(ActionEvent e) {
        diagram.zoomOut();
    }

    @FXML private void zoomToFit(ActionEvent e) {
        diagram.zoomToFit();
    }

    @FXML private void zoomToSelection(ActionEvent e) {
        diagram.zoomToSelection();
    }

    @FXML private void focusOnSelection(ActionEvent e) {
        diagram.focusOnSelection();
    }

    @FXML private void leaveFocus(ActionEvent e) {
        diagram.leaveFocus();
    }

    @FXML private void cancelLayout(ActionEvent e) {
        diagram.cancelLayout();
    }

    // ---------------------------------------------------------------- workshop: views, presentation, recent files, panels

    private void buildWorkshopPanels() {
        history = new HistoryPanel(viewModel::undoHistory, viewModel::getModel, viewModel.modelProperty(),
                viewModel::undo, viewModel::redo);
        VBox.setVgrow(history, Priority.ALWAYS);
        historyHost.getChildren().add(history);
        VBox.setVgrow(historyHost, Priority.ALWAYS);
        properties = new PropertiesPanel(viewModel::getModel, viewModel::selectedItems, this::executeFromPanel);
        VBox.setVgrow(properties, Priority.ALWAYS);
        propertiesHost.getChildren().add(properties);
        VBox.setVgrow(propertiesHost, Priority.ALWAYS);
        viewModel.selectionRevisionProperty().addListener((o, a, b) -> properties.refresh());
        viewModel.contentRevisionProperty().addListener((o, a, b) -> properties.refresh());
        viewModel.modelProperty().addListener((o, a, b) -> properties.refresh());
    }

    private Optional<String> executeFromPanel(Command command) {
        Outcome outcome = viewModel.execute(command);
        return outcome.refused() ? Optional.of(outcome.reason()) : Optional.empty();
    }

    /**
     * Connects the View menu's view commands, presentation mode (on {@code stage}, scaling {@code scaledRoot}) and
     * File &gt; Open Recent; called once the window is on its stage.
     */
    public void installWorkshop(Stage stage, ScaledRoot scaledRoot, ViewActions views, RecentFiles recent) {
        this.viewActions = views;
        this.presentation = new PresentationMode(stage, scaledRoot, splitPane, diagramHost, diagramHost, List.of(toolBar, statusBar),
                diagram.canvas()::setFitLimit, diagram.canvas()::zoomToFit);
        // A check item toggles its own state when chosen; it follows the mode instead of being bound to it.
        presentation.presentingProperty().addListener((o, was, is) -> presentationItem.setSelected(is));
        deleteViewItem.disableProperty().bind(views.canDelete().not());
        new RecentFilesMenu(openRecentMenu, recent, files::openRecent);
    }

    public PropertiesPanel properties() {
        return properties;
    }

    public HistoryPanel history() {
        return history;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    public ViewActions viewActions() {
        return viewActions;
    }

    @FXML private void newViewFromCurrent(ActionEvent e) {
        viewActions.newFromCurrent();
    }

    @FXML private void newEmptyView(ActionEvent e) {
        viewActions.newEmpty();
    }

    @FXML private void duplicateView(ActionEvent e) {
        viewActions.duplicate();
    }

    @FXML private void renameView(ActionEvent e) {
        viewActions.rename();
    }

    @FXML private void deleteView(ActionEvent e) {
        viewActions.delete();
    }

    @FXML private void nextView(ActionEvent e) {
        presentation.announce(viewActions.next().name());
    }

    @FXML private void previousView(ActionEvent e) {
        presentation.announce(viewActions.previous().name());
    }

    @FXML private void togglePresentation(ActionEvent e) {
        presentation.toggle();
        presentationItem.setSelected(presentation.isPresenting());
    }
}
