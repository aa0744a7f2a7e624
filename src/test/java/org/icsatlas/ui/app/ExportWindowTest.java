package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives File &gt; Export… in the real window: the dialog's options, its preview, and the PDF it writes. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path dir;
    private final ScriptedChooser chooser = new ScriptedChooser();
    private AtlasWindow atlas;

    @Start
    void start(Stage stage) {
        atlas = AtlasWindow.show(stage, chooser, new Dialogs() {
            @Override
            public void showError(javafx.stage.Window owner, String title, String message) {
            }

            @Override
            public UnsavedChoice askToSaveChanges(javafx.stage.Window owner, String modelTitle) {
                return UnsavedChoice.DISCARD;
            }
        }, Optional.empty(), 1280, 800);
    }

    private static void await(Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::get);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }

    private static Node labelled(FxRobot robot, String container, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup((Node n) -> n instanceof Labeled l && l.getText() != null && text.equals(l.getText().replace("_", ""))
                && within(n, container) && n.isVisible()).query();
    }

    private static boolean within(Node n, String styleClass) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p.getStyleClass().contains(styleClass)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void fileExportWritesTheSearchablePdfThePreviewShows(FxRobot robot) throws Exception {
        await(() -> atlas.window().diagram().isReady());
        robot.clickOn(labelled(robot, "menu-bar", "File"));
        robot.clickOn(labelled(robot, "context-menu", "Export Diagram\u2026"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField title = robot.lookup("#export-title").queryAs(TextField.class);
        robot.clickOn(title);
        robot.interact(() -> title.setText("SYB proposed governance"));
        Label message = robot.lookup("#export-message").queryAs(Label.class);
        Path pdf = dir.resolve("syb.pdf");
        chooser.saveTo = pdf;
        robot.clickOn("#export-write");
        await(() -> message.getText().startsWith("Wrote"));
        assertEquals("syb-proposed-governance.pdf", chooser.suggested);
        assertTrue(Files.size(pdf) > 1000);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("SYB proposed governance"), "the title block");
            assertTrue(text.contains("Provider Alliance"), "the diagram's names");
            assertTrue(text.contains("DRAFT"), "the default status");
            assertEquals(841.89, doc.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }
}
