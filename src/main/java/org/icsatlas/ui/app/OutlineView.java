package org.icsatlas.ui.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.icsatlas.model.ChangeType;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.ModelChange;

/**
 * The outline of the model on the left: footprints nested as in the diagram, each footprint's elements inside it.
 * Its selection follows the diagram's and leads it; double-clicking a footprint, or its context menu, collapses
 * or expands it in the diagram.
 */
public final class OutlineView extends TreeView<ElementId> {
    private final MainViewModel viewModel;
    private final Map<ElementId, TreeItem<ElementId>> items = new HashMap<>();
    private boolean syncing;
    /** The model the tree was last built from; a different one starts with fresh folding. */
    private IcsModel shownModel;

    public OutlineView(MainViewModel viewModel, Runnable centreOnSelection) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.OUTLINE);
        setShowRoot(false);
        setCellFactory(tree -> new OutlineCell(viewModel));
        setContextMenu(contextMenu(centreOnSelection));
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::collapseOnDoubleClick);
        viewModel.contentRevisionProperty().addListener((o, a, b) -> contentChanged());
        viewModel.currentViewProperty().addListener((o, a, b) -> refresh());
        viewModel.selectionProperty().addListener((o, a, b) -> selectInTree(b));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                viewModel.selectionProperty().set(b == null ? null : b.getValue());
            }
        });
        rebuild();
    }

    /** The tree item of a footprint or element, if the outline shows it. */
    public TreeItem<ElementId> itemOf(ElementId id) {
        return items.get(id);
    }

    /** After an edit: only the footprints it touched are brought up to date; a newly opened model is built afresh. */
    private void contentChanged() {
        IcsModel model = viewModel.getModel();
        List<ModelChange> changes = viewModel.lastContentChanges();
        if (model == null || model != shownModel || changes == null || !update(model, changes)) {
            rebuild();
        }
    }

    /**
     * Brings the tree up to date with {@code changes} by re-listing the children of just the footprints they touched
     * (items of unchanged footprints and elements are kept, with their folding); false when so many footprints
     * changed that building the tree afresh is simpler.
     */
    private boolean update(IcsModel model, List<ModelChange> changes) {
        Set<ElementId> touched = new LinkedHashSet<>();
        Set<ElementId> removed = new LinkedHashSet<>();
        boolean roots = false;
        boolean relabel = false;
        for (ModelChange c : changes) {
            switch (c.type()) {
                case ELEMENT_CHANGED, FOOTPRINT_CHANGED, KINDS_CHANGED -> relabel = true;
                case RELATION_ADDED, RELATION_REMOVED, RELATION_CHANGED, INFO_CHANGED -> { }
                default -> {
                    touched.addAll(c.touchedFootprints());
                    ElementId subject = c.subject();
                    if (subject != null) {
                        TreeItem<ElementId> item = items.get(subject);
                        if (item != null && item.getParent() != null && item.getParent().getValue() != null) {
                            touched.add(item.getParent().getValue());
                        }
                        model.parentOf(subject).ifPresent(touched::add);
                        roots |= c.type().name().startsWith("FOOTPRINT_");
                        if (c.type() == ChangeType.ELEMENT_REMOVED || c.type() == ChangeType.FOOTPRINT_REMOVED) {
                            removed.add(subject);
                        }
                    }
                }
            }
        }
        if (touched.size() > MAX_INCREMENTAL_FOOTPRINTS) {
            return false;
        }
        syncing = true;
        try {
            for (ElementId f : touched) {
                TreeItem<ElementId> item = items.get(f);
                if (item != null && model.isFootprint(f)) {
                    syncChildren(item, childIds(model, f), model);
                }
            }
            if (roots) {
                syncChildren(getRoot(), model.roots(), model);
            }
            for (ElementId id : removed) {
                if (!model.containsId(id)) {
                    forget(items.get(id), model);
                }
            }
        } finally {
            syncing = false;
        }
        if (relabel) {
            refresh();
        }
        selectInTree(viewModel.selectionProperty().get());
        return true;
    }

    private static final int MAX_INCREMENTAL_FOOTPRINTS = 200;

    private static List<ElementId> childIds(IcsModel model, ElementId footprint) {
        List<ElementId> ids = new ArrayList<>(model.childFootprints(footprint));
        ids.addAll(model.elementsIn(footprint));
        return ids;
    }

    /** Makes {@code parent}'s children the items of {@code ids}, in order: kept items move, new ones are made. */
    private void syncChildren(TreeItem<ElementId> parent, List<ElementId> ids, IcsModel model) {
        List<TreeItem<ElementId>> wanted = new ArrayList<>(ids.size());
        for (ElementId id : ids) {
            TreeItem<ElementId> item = items.get(id);
            if (item == null) {
                item = model.isFootprint(id) ? footprintItem(model, id, Set.of(), false, 1) : leaf(id);
            } else if (item.getParent() != null && item.getParent() != parent) {
                item.getParent().getChildren().remove(item);
            }
            wanted.add(item);
        }
        if (!wanted.equals(parent.getChildren())) {
            parent.getChildren().setAll(wanted);
        }
    }

    /** Drops the items of a removed footprint or element and of everything that was inside it. */
    private void forget(TreeItem<ElementId> item, IcsModel model) {
        if (item == null) {
            return;
        }
        if (item.getParent() != null) {
            item.getParent().getChildren().remove(item);
        }
        for (TreeItem<ElementId> c : List.copyOf(item.getChildren())) {
            if (!model.containsId(c.getValue())) {
                forget(c, model);
            }
        }
        items.remove(item.getValue());
    }

    private TreeItem<ElementId> leaf(ElementId id) {
        TreeItem<ElementId> leaf = new TreeItem<>(id);
        items.put(id, leaf);
        return leaf;
    }

    private void rebuild() {
        IcsModel model = viewModel.getModel();
        if (model == null) {
            return;
        }
        Set<ElementId> expanded = new HashSet<>();
        items.forEach((id, item) -> {
            if (item.isExpanded()) {
                expanded.add(id);
            }
        });
        boolean first = model != shownModel;
        shownModel = model;
        items.clear();
        TreeItem<ElementId> root = new TreeItem<>();
        for (ElementId r : model.roots()) {
            root.getChildren().add(footprintItem(model, r, expanded, first, 0));
        }
        syncing = true;
        try {
            setRoot(root);
        } finally {
            syncing = false;
        }
        selectInTree(viewModel.selectionProperty().get());
    }

    private TreeItem<ElementId> footprintItem(IcsModel model, ElementId id, Set<ElementId> expanded, boolean first, int depth) {
        TreeItem<ElementId> item = new TreeItem<>(id);
        items.put(id, item);
        // A freshly opened model shows its system's places at a glance; their contents start folded.
        item.setExpanded(first ? depth < 1 : expanded.contains(id));
        for (ElementId c : model.childFootprints(id)) {
            item.getChildren().add(footprintItem(model, c, expanded, first, depth + 1));
        }
        for (ElementId e : model.elementsIn(id)) {
            item.getChildren().add(leaf(e));
        }
        return item;
    }

    private void selectInTree(ElementId id) {
        TreeItem<ElementId> item = id == null ? null : items.get(id);
        if (item == getSelectionModel().getSelectedItem()) {
            return;
        }
        syncing = true;
        try {
            if (item == null) {
                getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<ElementId> p = item.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            getSelectionModel().select(item);
            int row = getRow(item);
            if (row >= 0) {
                scrollTo(Math.max(0, row - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private void collapseOnDoubleClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2) {
            return;
        }
        TreeItem<ElementId> item = getSelectionModel().getSelectedItem();
        if (item != null && viewModel.getModel().isFootprint(item.getValue())) {
            // Consumed so the tree keeps its own folding: the double-click is about the diagram.
            e.consume();
            viewModel.toggleCollapsed(item.getValue());
        }
    }

    private ContextMenu contextMenu(Runnable centreOnSelection) {
        MenuItem collapse = new MenuItem("Collapse in diagram");
        collapse.setOnAction(e -> viewModel.selection().ifPresent(id -> viewModel.setCollapsed(id, true)));
        MenuItem expand = new MenuItem("Expand in diagram");
        expand.setOnAction(e -> viewModel.selection().ifPresent(id -> viewModel.setCollapsed(id, false)));
        MenuItem centre = new MenuItem("Show in diagram");
        centre.setOnAction(e -> centreOnSelection.run());
        ContextMenu menu = new ContextMenu(collapse, expand, new SeparatorMenuItem(), centre);
        menu.setOnShowing(e -> {
            ElementId id = viewModel.selection().orElse(null);
            boolean footprint = id != null && viewModel.getModel().isFootprint(id);
            boolean collapsed = footprint && viewModel.getCurrentView().isCollapsed(id);
            collapse.setDisable(!footprint || collapsed);
            expand.setDisable(!footprint || !collapsed);
            centre.setDisable(id == null);
        });
        return menu;
    }
}
