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
    private Supplier<Printer> printer = Printer::getDefaultPrinter;

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

    /**
     * What came of File &gt; Print…: printed, cancelled by the user (no problem), or a one-line problem to show
     * (no printer set up, the printer refused the job).
     */
    public record PrintOutcome(boolean printed, String problem) {
        static final PrintOutcome PRINTED = new PrintOutcome(true, "");
        static final PrintOutcome CANCELLED = new PrintOutcome(false, "");

        static PrintOutcome problem(String message) {
            return new PrintOutcome(false, message);
        }
    }

    /** Where the printer comes from: the system's default unless a test (or a chosen printer) says otherwise. */
    public void usePrinter(Supplier<Printer> printer) {
        this.printer = printer;
    }

    /** Prints the current view on A4 landscape with title block and legend, through the system's print dialog. */
    public boolean print() throws RenderException {
        return printDiagram().printed();
    }

    /** The same as {@link #print}, saying why nothing was printed when that was not the user's choice. */
    public PrintOutcome printDiagram() throws RenderException {
        Optional<ExportSource> s = source.get();
        if (s.isEmpty()) {
            return PrintOutcome.problem("There is nothing to print yet: the diagram is still being laid out.");
        }
        Printer p;
        try {
            p = printer.get();
        } catch (RuntimeException e) {
            return PrintOutcome.problem("The printers could not be listed (" + e.getMessage() + ").");
        }
        if (p == null) {
            return PrintOutcome.problem("No printer is set up on this computer. File > Export Diagram… writes the same "
                    + "page as a PDF to print elsewhere.");
        }
        PrinterJob job = PrinterJob.createPrinterJob(p);
        if (job == null) {
            return PrintOutcome.problem("The printer " + p.getName() + " cannot take a job now.");
        }
        if (!job.showPrintDialog(owner.get())) {
            return PrintOutcome.CANCELLED;
        }
        PageLayout layout = p.createPageLayout(Paper.A4, PageOrientation.LANDSCAPE, Printer.MarginType.HARDWARE_MINIMUM);
        ImageView picture = new ImageView(image(printedPage(s.get()), PRINT_DPI));
        picture.setPreserveRatio(true);
        picture.setFitWidth(layout.getPrintableWidth());
        picture.setFitHeight(layout.getPrintableHeight());
        if (job.printPage(layout, picture) && job.endJob()) {
            return PrintOutcome.PRINTED;
        }
        return PrintOutcome.problem("The printer " + p.getName() + " did not take the page (" + job.getJobStatus() + ").");
    }

    /**
     * The page File &gt; Print… prints: the current view on A4 landscape with the model's title and the view's name
     * in the title block, and the legend, as {@code ics-atlas export --page a4-landscape} draws it; empty until the
     * canvas has drawn a layout.
     */
    public Optional<Page> printedPage() {
        return source.get().map(this::printedPage);
    }

    private Page printedPage(ExportSource s) {
        TitleBlock tb = TitleBlock.titled(s.model().info().title()).withSubtitle(s.view().name());
        return export.pages(s.model(), s.layout(), ExportScope.wholeView(), PageSetup.of(PageSize.A4_LANDSCAPE, tb), false)
                .get(0);
    }

    /** Puts the diagram as the canvas shows it (no page furniture) on the clipboard as an image. */
    public boolean copyAsImage() throws RenderException {
        Optional<ExportSource> s = source.get();
        if (s.isEmpty()) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(image(copiedPage(s.get()), COPY_DPI));
        return Clipboard.getSystemClipboard().setContent(content);
    }

    /** The picture Edit &gt; Copy as Image puts on the clipboard, and its size in pixels; empty before a layout. */
    public Optional<int[]> copiedImageSize() {
        return source.get().map(s -> fittedSize(copiedPage(s), COPY_DPI));
    }

    private Page copiedPage(ExportSource s) {
        return export.pages(s.model(), s.layout(), ExportScope.wholeView(), new PageSetup(PageSize.FIT, 8, false, null, false),
                false).get(0);
    }

    private static Image image(Page page, int dpi) throws RenderException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        new PngWriter().write(page, fittedDpi(page, dpi), png);
        return new Image(new ByteArrayInputStream(png.toByteArray()));
    }

    /** {@code dpi}, or less for a page so large the picture would pass 40 million pixels. */
    private static int fittedDpi(Page page, int dpi) {
        int[] px = PngWriter.pixelSize(page, dpi);
        int fitted = dpi;
        while ((long) px[0] * px[1] > 40_000_000L && fitted > 20) {
            fitted = fitted * 2 / 3;
            px = PngWriter.pixelSize(page, fitted);
        }
        return fitted;
    }

    private static int[] fittedSize(Page page, int dpi) {
        return PngWriter.pixelSize(page, fittedDpi(page, dpi));
    }
}
