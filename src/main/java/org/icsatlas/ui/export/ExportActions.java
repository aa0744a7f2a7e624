package org.icsatlas.ui.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.icsatlas.render.export.DiagramExport;
import org.icsatlas.render.export.ExportScope;
import org.icsatlas.render.export.Page;
import org.icsatlas.render.export.PageSetup;
import org.icsatlas.render.export.PageSize;
import org.icsatlas.render.export.PngWriter;
import org.icsatlas.render.export.RenderException;
import org.icsatlas.render.export.TitleBlock;
import org.icsatlas.render.style.StyleTable;

/**
 * The window's File &gt; Export…, File &gt; Print… and Edit &gt; Copy as Image, all drawn by the exporters from
 * what the canvas shows: the same page, legend and title block as the exported file.
 */
public final class ExportActions {
    private static final int PRINT_DPI = 200;
    private static final int COPY_DPI = 192;

    private final Supplier<Window> owner;
    private final Supplier<Optional<ExportSource>> source;
    private final Function<String, Optional<Path>> chooseTarget;
    private final DiagramExport export = new DiagramExport(StyleTable.standard());

    public ExportActions(Supplier<Window> owner, Supplier<Optional<ExportSource>> source,
                         Function<String, Optional<Path>> chooseTarget) {
        this.owner = owner;
        this.source = source;
        this.chooseTarget = chooseTarget;
    }

    /** Opens the export dialog for what the canvas shows; nothing while the first layout is still running. */
    public Optional<ExportDialog> openExportDialog() {
        Optional<ExportDialog> dialog = source.get().map(s -> new ExportDialog(owner.get(), s, chooseTarget));
        dialog.ifPresent(ExportDialog::show);
        return dialog;
    }

    /** Prints the current view on A4 landscape with title block and legend, through the system's print dialog. */
    public boolean print() throws RenderException {
        Optional<ExportSource> s = source.get();
        Printer printer = Printer.getDefaultPrinter();
        if (s.isEmpty() || printer == null) {
            return false;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null || !job.showPrintDialog(owner.get())) {
            return false;
        }
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.HARDWARE_MINIMUM);
        TitleBlock tb = TitleBlock.titled(s.get().model().info().title()).withSubtitle(s.get().view().name());
        List<Page> pages = export.pages(s.get().model(), s.get().layout(), ExportScope.wholeView(),
                PageSetup.of(PageSize.A4_LANDSCAPE, tb), false);
        ImageView picture = new ImageView(image(pages.get(0), PRINT_DPI));
        picture.setPreserveRatio(true);
        picture.setFitWidth(layout.getPrintableWidth());
        picture.setFitHeight(layout.getPrintableHeight());
        boolean ok = job.printPage(layout, picture);
        return ok && job.endJob();
    }

    /** Puts the diagram as the canvas shows it (no page furniture) on the clipboard as an image. */
    public boolean copyAsImage() throws RenderException {
        Optional<ExportSource> s = source.get();
        if (s.isEmpty()) {
            return false;
        }
        Page page = export.pages(s.get().model(), s.get().layout(), ExportScope.wholeView(),
                new PageSetup(PageSize.FIT, 8, false, null, false), false).get(0);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image(page, COPY_DPI));
        return Clipboard.getSystemClipboard().setContent(content);
    }

    private static Image image(Page page, int dpi) throws RenderException {
        int[] px = PngWriter.pixelSize(page, dpi);
        int fitted = dpi;
        while ((long) px[0] * px[1] > 40_000_000L && fitted > 20) {
            fitted = fitted * 2 / 3;
            px = PngWriter.pixelSize(page, fitted);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PngWriter().write(page, fitted, png);
        return new Image(new ByteArrayInputStream(png.toByteArray()));
    }
}
