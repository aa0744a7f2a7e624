package org.icsatlas.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Takes a picture of the window for {@code --screenshot}: waits until the diagram has finished laying out (and a
 * few frames more, so the picture is settled), writes the scene as a PNG and quits.
 */
public final class SelfScreenshot {
    private static final Duration POLL = Duration.millis(250);
    private static final int SETTLE_POLLS = 4;
    private static final int GIVE_UP_POLLS = 240;

    private final AtlasWindow window;
    private final Path target;
    private int polls;
    private int quietPolls;

    private SelfScreenshot(AtlasWindow window, Path target) {
        this.window = window;
        this.target = target;
    }

    /** Starts waiting; the application exits once the picture is written (status 0) or could not be (status 1). */
    public static void takeWhenReady(AtlasWindow window, Path target) {
        new SelfScreenshot(window, target).poll();
    }

    private void poll() {
        PauseTransition wait = new PauseTransition(POLL);
        wait.setOnFinished(e -> check());
        wait.play();
    }

    private void check() {
        polls++;
        quietPolls = window.window().diagram().isReady() ? quietPolls + 1 : 0;
        if (quietPolls < SETTLE_POLLS && polls < GIVE_UP_POLLS) {
            poll();
            return;
        }
        if (quietPolls < SETTLE_POLLS) {
            System.err.println("the layout did not finish in time; taking the picture anyway");
        }
        int status = write(window.stage().getScene());
        Platform.exit();
        System.exit(status);
    }

    private int write(Scene scene) {
        WritableImage image = scene.snapshot(null);
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
            System.out.println("wrote " + target + " (" + (int) image.getWidth() + "x" + (int) image.getHeight() + ")");
            return 0;
        } catch (IOException e) {
            System.err.println("cannot write " + target + ": " + e.getMessage());
            return 1;
        }
    }
}
