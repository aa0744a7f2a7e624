package org.icsatlas.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.util.Duration;

/**
 * Presentation mode for a workshop on a projector: full screen, the whole window drawn {@link #SCALE} times
 * larger, the side panels, toolbar and status bar out of the way, the diagram and menus (so every edit) still
 * there. Leaving it puts every panel back where it was. Also shows a view's name briefly over the diagram when
 * Page Down / Page Up step to it.
 */
public final class PresentationMode {
    /** How much larger everything is drawn while presenting. */
    public static final double SCALE = 1.5;
    static final String VIEW_NAME_STYLE = "atlas-view-name-banner";

    private final Stage stage;
    private final ScaledRoot root;
    private final SplitPane panels;
    private final Node diagram;
    private final List<Node> bars;
    private final Runnable refit;
    private final java.util.function.DoubleConsumer fitLimit;
    /** How far a fit may magnify while presenting: a small view fills the projector instead of sitting at 100 %. */
    public static final double FIT_LIMIT = 2.0;
    private final Label banner = new Label();
    private final SequentialTransition bannerFade;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private List<Node> hiddenItems = List.of();
    private double[] dividers = new double[0];

    /**
     * {@code panels} holds the side panels around {@code diagram}; {@code bars} are hidden while presenting;
     * {@code fitLimit} is told the largest zoom a fit may choose ({@link #FIT_LIMIT} while presenting, 1 otherwise)
     * and {@code refit} shows the whole diagram again once entering or leaving has given it its new size.
     */
    public PresentationMode(Stage stage, ScaledRoot root, SplitPane panels, Node diagram, StackPane bannerHost, List<Node> bars,
                            java.util.function.DoubleConsumer fitLimit, Runnable refit) {
        this.fitLimit = fitLimit;
        this.refit = refit;
        this.stage = stage;
        this.root = root;
        this.panels = panels;
        this.diagram = diagram;
        this.bars = List.copyOf(bars);
        banner.getStyleClass().add(VIEW_NAME_STYLE);
        banner.setMouseTransparent(true);
        banner.setOpacity(0);
        banner.setManaged(false);
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        bannerHost.getChildren().add(banner);
        bannerHost.widthProperty().addListener((o, a, w) -> placeBanner(bannerHost));
        banner.widthProperty().addListener((o, a, w) -> placeBanner(bannerHost));
        FadeTransition in = new FadeTransition(Duration.millis(120), banner);
        in.setToValue(1);
        FadeTransition out = new FadeTransition(Duration.millis(400), banner);
        out.setToValue(0);
        bannerFade = new SequentialTransition(in, new PauseTransition(Duration.millis(1600)), out);
        // F11 (through the View menu) leaves the presentation; Esc stays "leave focus" for the diagram.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
    }

    private void placeBanner(StackPane host) {
        banner.autosize();
        banner.relocate(Math.max(0, (host.getWidth() - banner.getWidth()) / 2), 24);
    }

    public void toggle() {
        if (presenting.get()) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (presenting.get()) {
            return;
        }
        presenting.set(true);
        dividers = panels.getDividerPositions();
        hiddenItems = new ArrayList<>(panels.getItems());
        panels.getItems().setAll(diagram);
        bars.forEach(b -> {
            b.setVisible(false);
            b.setManaged(false);
        });
        root.scaleProperty().set(SCALE);
        stage.setFullScreenExitHint("F11 leaves the presentation");
        stage.setFullScreen(true);
        fitLimit.accept(FIT_LIMIT);
        refitWhenResized();
    }

    public void leave() {
        if (!presenting.get()) {
            return;
        }
        presenting.set(false);
        panels.getItems().setAll(hiddenItems);
        restoreDividers(dividers);
        bars.forEach(b -> {
            b.setManaged(true);
            b.setVisible(true);
        });
        root.scaleProperty().set(1.0);
        stage.setFullScreen(false);
        fitLimit.accept(1.0);
        refitWhenResized();
    }

    /**
     * Puts the dividers at {@code kept}, and back there whenever the split pane moves them while it lays the
     * re-added panels out and the window returns to its size (the next moment, not one pass).
     */
    private void restoreDividers(double[] kept) {
        panels.setDividerPositions(kept);
        List<Runnable> stopWatching = new ArrayList<>();
        List<SplitPane.Divider> dividerList = panels.getDividers();
        for (int i = 0; i < dividerList.size() && i < kept.length; i++) {
            SplitPane.Divider d = dividerList.get(i);
            double want = kept[i];
            InvalidationListener back = o -> {
                if (Math.abs(d.getPosition() - want) > 1e-6) {
                    Platform.runLater(() -> d.setPosition(want));
                }
            };
            d.positionProperty().addListener(back);
            stopWatching.add(() -> d.positionProperty().removeListener(back));
        }
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(e -> stopWatching.forEach(Runnable::run));
        settle.play();
    }

    /**
     * The diagram takes its new size over the next layout passes (the split pane puts its panels back, the window
     * manager answers the full-screen request): fit it after each change of size for a moment, and once from the
     * event queue in case its size did not change at all. A pan or zoom after that is the user's.
     */
    private void refitWhenResized() {
        InvalidationListener fit = o -> Platform.runLater(refit);
        diagram.layoutBoundsProperty().addListener(fit);
        PauseTransition settle = new PauseTransition(Duration.millis(800));
        settle.setOnFinished(e -> diagram.layoutBoundsProperty().removeListener(fit));
        settle.play();
        Platform.runLater(refit);
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    /** Shows {@code name} over the diagram for a moment. */
    public void announce(String name) {
        banner.setText(name);
        bannerFade.playFromStart();
    }

    /** The label that shows the view's name. */
    public Label banner() {
        return banner;
    }
}
