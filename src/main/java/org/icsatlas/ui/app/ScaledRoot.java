package org.icsatlas.ui.app;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * The scene's root: holds the main window's frame and draws all of it (menus, panels, diagram, type) larger by
 * {@link #scaleProperty()}, giving it the correspondingly smaller logical size, so presentation mode enlarges the
 * whole window on a projector rather than only the diagram.
 */
public final class ScaledRoot extends Region {
    private final Parent content;
    private final Scale transform = new Scale(1, 1, 0, 0);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", 1.0);

    public ScaledRoot(Parent content) {
        this.content = content;
        content.getTransforms().add(transform);
        getChildren().add(content);
        transform.xProperty().bind(scale);
        transform.yProperty().bind(scale);
        scale.addListener((o, a, b) -> requestLayout());
    }

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public Parent content() {
        return content;
    }

    @Override
    protected void layoutChildren() {
        double s = scale.get();
        content.resizeRelocate(0, 0, getWidth() / s, getHeight() / s);
    }

    @Override
    protected double computePrefWidth(double height) {
        return content.prefWidth(-1) * scale.get();
    }

    @Override
    protected double computePrefHeight(double width) {
        return content.prefHeight(-1) * scale.get();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }
}
