package org.icsatlas.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.Clipboard;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.export.DiagramExport;
import org.icsatlas.render.export.ExportScope;
import org.icsatlas.render.export.Page;
import org.icsatlas.render.export.PageSetup;
import org.icsatlas.render.export.PageSize;
import org.icsatlas.render.export.TitleBlock;
import org.icsatlas.render.style.StyleTable;
import org.icsatlas.ui.diagram.DiagramCanvas;
import org.icsatlas.ui.export.ExportActions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives File &gt; Export…, File &gt; Print… and Edit &gt; Copy as Image in the real window: the dialog's options,
 * its preview and the PDF it writes; the page Print prints and what it says with no printer; the clipboard's image.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    Path dir;
    private final ScriptedChooser chooser = new ScriptedChooser();
    private AtlasWindow atlas;
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        atlas = AtlasWindow.show(stage, chooser, new Dialogs() {
            @Override
            public void showError(javafx.stage.Window owner, String title, String message) {
                errors.add(title + ": " + message);
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

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read on the FX thread", e);
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

    @Test
    void filePrintWithoutAPrinterSaysSoAndWouldPrintTheExportedA4Page(FxRobot robot) throws Exception {
        await(() -> atlas.window().diagram().isReady());
        ExportActions exports = atlas.window().exports();
        exports.usePrinter(() -> null);
        robot.clickOn(labelled(robot, "menu-bar", "File"));
        robot.clickOn(labelled(robot, "context-menu", "Print\u2026"));
        await(() -> !errors.isEmpty());
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Print: No printer is set up"), errors.get(0));
        assertTrue(errors.get(0).contains("Export Diagram"), "says what to do instead");

        DiagramCanvas canvas = atlas.window().diagram().canvas();
        IcsModel model = canvas.getModel();
        DiagramView view = canvas.viewProperty().get();
        DiagramLayout shown = canvas.layoutProperty().get();
        Page printed = exports.printedPage().orElseThrow();
        TitleBlock tb = TitleBlock.titled(model.info().title()).withSubtitle(view.name());
        Page exported = new DiagramExport(StyleTable.standard()).pages(model, shown, ExportScope.wholeView(),
                PageSetup.of(PageSize.A4_LANDSCAPE, tb), false).get(0);
        assertEquals(exported.drawing(), printed.drawing(), "Print draws the page the A4 landscape export draws");
        assertEquals(841.89, printed.drawing().width(), 0.01);
        for (NodeLayout n : shown.nodes().values()) {
            assertNotNull(printed.drawing().root().find(n.id().value()), () -> "the printed page has " + n.id());
        }
    }

    @Test
    void copyAsImagePutsThePictureOfTheDiagramOnTheClipboard(FxRobot robot) throws Exception {
        await(() -> atlas.window().diagram().isReady());
        robot.interact(() -> Clipboard.getSystemClipboard().clear());
        robot.clickOn(labelled(robot, "menu-bar", "Edit"));
        robot.clickOn(labelled(robot, "context-menu", "Copy as Image"));
        await(() -> onFx(() -> Clipboard.getSystemClipboard().hasImage()) || !errors.isEmpty());
        assertEquals(List.of(), errors);
        int[] expected = atlas.window().exports().copiedImageSize().orElseThrow();
        Image image = onFx(() -> Clipboard.getSystemClipboard().getImage());
        assertNotNull(image, "an image on the clipboard");
        assertEquals(expected[0], (int) image.getWidth());
        assertEquals(expected[1], (int) image.getHeight());
        assertTrue(image.getWidth() > 500 && image.getHeight() > 200, "the whole diagram at screen resolution, not a thumbnail");
        PixelReader pixels = image.getPixelReader();
        boolean inked = false;
        for (int x = 0; x < image.getWidth() && !inked; x += 7) {
            for (int y = 0; y < image.getHeight() && !inked; y += 7) {
                inked = pixels.getColor(x, y).getBrightness() < 0.5;
            }
        }
        assertTrue(inked, "the picture has the diagram drawn in it");
    }
}
