package org.icsatlas.ui.diagram;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The small "Laying out… [====] Cancel" strip shown over the canvas while a layout runs. It appears only after a
 * short delay, so the quick relayouts of a live edit never flash it.
 */
final class LayoutProgressOverlay extends HBox {
    private final PauseTransition delay = new PauseTransition(Duration.millis(300));

    LayoutProgressOverlay(ReadOnlyBooleanProperty running, ReadOnlyDoubleProperty progress, Runnable cancel) {
        super(10);
        getStyleClass().add(StyleClasses.PROGRESS);
        getStylesheets().add(DiagramCanvas.STYLESHEET);
        setAlignment(Pos.CENTER_LEFT);
        setManaged(false);
        setVisible(false);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        progress.addListener((o, was, now) -> bar.setProgress(now.doubleValue() <= 0 ? -1 : now.doubleValue()));
        Button stop = new Button("Cancel");
        stop.setOnAction(e -> cancel.run());
        getChildren().addAll(new Label("Laying out\u2026"), bar, stop);
        delay.setOnFinished(e -> setVisible(running.get()));
        running.addListener((o, was, now) -> {
            if (now) {
                delay.playFromStart();
            } else {
                delay.stop();
                setVisible(false);
            }
        });
    }
}
