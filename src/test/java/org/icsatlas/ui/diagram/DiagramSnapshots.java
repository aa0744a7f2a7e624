package org.icsatlas.ui.diagram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a node's snapshot to a PNG under {@code target/snapshots}, so a person can look at what the canvas draws. */
final class DiagramSnapshots {
    private DiagramSnapshots() {
    }

    /** Call on the FX thread. Returns the file written. */
    static Path write(Node node, String name) throws IOException {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
