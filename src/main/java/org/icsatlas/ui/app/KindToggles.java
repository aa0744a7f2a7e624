package org.icsatlas.ui.app;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.Element;
import org.icsatlas.model.ElementKind;
import org.icsatlas.model.ElementType;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.Status;

/**
 * The View menu's show/hide check items: one per relation kind, and one per element kind the model uses (bodies,
 * then organisations, then people), then "Show proposed", "Show shadow / designate" and "Show abolished". Ticks follow
 * the current view; toggling one is an undoable view change.
 */
final class KindToggles {
    private final MainViewModel viewModel;
    private final Menu relations;
    private final Menu elements;

    KindToggles(MainViewModel viewModel, Menu relations, Menu elements) {
        this.viewModel = viewModel;
        this.relations = relations;
        this.elements = elements;
        viewModel.contentRevisionProperty().addListener((o, a, b) -> rebuild());
        viewModel.currentViewProperty().addListener((o, a, b) -> refreshTicks());
    }

    void rebuild() {
        relations.getItems().clear();
        for (RelationKind kind : RelationKind.values()) {
            CheckMenuItem item = new CheckMenuItem(kind.label());
            item.setId("show-relation-" + kind.name());
            item.setUserData(kind);
            item.setOnAction(e -> viewModel.setRelationKindShown(kind, item.isSelected()));
            relations.getItems().add(item);
        }
        elements.getItems().clear();
        if (viewModel.getModel() != null) {
            Set<ElementKind> used = new LinkedHashSet<>();
            for (Element e : viewModel.getModel().elements()) {
                used.add(e.kind());
            }
            for (ElementType type : ElementType.values()) {
                addKindsOf(type, used);
            }
            addStatuses();
        }
        refreshTicks();
    }

    private void addKindsOf(ElementType type, Set<ElementKind> used) {
        boolean first = true;
        for (ElementKind kind : viewModel.getModel().kinds().all(type)) {
            if (!used.contains(kind)) {
                continue;
            }
            if (first && !elements.getItems().isEmpty()) {
                elements.getItems().add(new SeparatorMenuItem());
            }
            first = false;
            CheckMenuItem item = new CheckMenuItem(kind.label());
            item.setId("show-element-" + kind.name());
            item.setUserData(kind);
            item.setOnAction(e -> viewModel.setElementKindShown(kind, item.isSelected()));
            elements.getItems().add(item);
        }
    }

    /** One item per status a view can hide (current is always shown). */
    private void addStatuses() {
        elements.getItems().add(new SeparatorMenuItem());
        for (Status status : Status.values()) {
            if (status == Status.CURRENT) {
                continue;
            }
            CheckMenuItem item = new CheckMenuItem("Show " + status.label());
            item.setId("show-status-" + status.name());
            item.setUserData(status);
            item.setOnAction(e -> viewModel.setStatusShown(status, item.isSelected()));
            elements.getItems().add(item);
        }
    }

    private void refreshTicks() {
        DiagramView view = viewModel.getCurrentView();
        if (view == null) {
            return;
        }
        for (MenuItem item : relations.getItems()) {
            if (item instanceof CheckMenuItem check && check.getUserData() instanceof RelationKind kind) {
                check.setSelected(view.shows(kind));
            }
        }
        for (MenuItem item : elements.getItems()) {
            if (item instanceof CheckMenuItem check && check.getUserData() instanceof ElementKind kind) {
                check.setSelected(view.shows(kind));
            }
            if (item instanceof CheckMenuItem check && check.getUserData() instanceof Status status) {
                check.setSelected(view.shows(status));
            }
        }
    }
}
