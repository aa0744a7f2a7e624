package org.icsatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.icsatlas.analysis.FocusSet;
import org.icsatlas.io.AtlasJsonReader;
import org.icsatlas.io.AtomicFiles;
import org.icsatlas.io.ExportException;
import org.icsatlas.io.ImportException;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.LayoutEngine;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.export.ApprovalStatus;
import org.icsatlas.render.export.DiagramExport;
import org.icsatlas.render.export.ExportFormat;
import org.icsatlas.render.export.ExportRequest;
import org.icsatlas.render.export.ExportScope;
import org.icsatlas.render.export.PageSetup;
import org.icsatlas.render.export.PageSize;
import org.icsatlas.render.export.RenderException;
import org.icsatlas.render.export.TitleBlock;
import org.icsatlas.render.style.StyleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export FILE --format pdf|svg|png|md|csv --out PATH}: draws a view of a model onto paper (or lists it as
 * text) without a display, with the same layout and drawing as the window. The layout uses the arrangement saved
 * with the view, so the boxes are those the user saw.
 */
@Command(name = "export",
        description = "Exports a view of a model as PDF, SVG or PNG (with title block and legend) or as a Markdown / CSV listing.")
final class ExportCommand implements Callable<Integer> {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "shows this help")
    private boolean help;

    @Parameters(index = "0", paramLabel = "FILE", description = "the model to export (*.icsatlas.json)")
    private Path file;

    @Option(names = "--format", paramLabel = "FORMAT", description = "pdf, svg, png, md or csv (default: from --out's extension)")
    private String format;

    @Option(names = "--view", paramLabel = "NAME", description = "the view to export, by name or id (default: the first)")
    private String view;

    @Option(names = "--all-views", description = "one file per view, into the folder --out names")
    private boolean allViews;

    @Option(names = "--page", paramLabel = "SIZE", defaultValue = "a4-landscape",
            description = "a4-landscape, a4-portrait, a3-landscape, a3-portrait or fit (default: ${DEFAULT-VALUE})")
    private String page;

    @Option(names = "--pages", description = "PDF: after the overview, one page per place")
    private boolean pagePerPlace;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "300", description = "PNG resolution (default: ${DEFAULT-VALUE})")
    private int dpi;

    @Option(names = "--transparent", description = "PNG: a transparent background instead of white")
    private boolean transparent;

    @Option(names = "--monochrome", description = "greys instead of colours (line styles and shapes still tell kinds apart)")
    private boolean monochrome;

    @Option(names = "--no-legend", negatable = false, description = "leave the legend out")
    private boolean noLegend;

    @Option(names = "--footprint", paramLabel = "ID", description = "export only this footprint and what is inside it")
    private String footprint;

    @Option(names = "--focus", paramLabel = "ID", description = "export only this element and what focus on it shows")
    private String focus;

    @Option(names = "--title", paramLabel = "TEXT", description = "title block: title (default: the model's title)")
    private String title;

    @Option(names = "--subtitle", paramLabel = "TEXT", description = "title block: subtitle (default: the view's name)")
    private String subtitle;

    @Option(names = "--version", paramLabel = "TEXT", description = "title block: version, e.g. 0.3")
    private String version;

    @Option(names = "--author", paramLabel = "TEXT", description = "title block and PDF metadata: author")
    private String author;

    @Option(names = "--status", paramLabel = "STATUS", description = "DRAFT (adds a watermark), FOR-APPROVAL or APPROVED")
    private String status;

    @Option(names = "--date", paramLabel = "TEXT", description = "title block: date (default: today)")
    private String date;

    @Option(names = "--source", paramLabel = "TEXT", description = "title block: source (default: the file and the model's date)")
    private String source;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "the file to write (a folder with --all-views)")
    private Path out;

    @Override
    public Integer call() {
        // PDFBox logs through commons-logging, which would find POI's Log4j API and complain it has no provider
        System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(err);
        } catch (IllegalArgumentException e) {
            err.println("ics-atlas export: " + e.getMessage());
            return AtlasCommand.BAD_INPUT;
        } catch (ImportException | ExportException | RenderException e) {
            err.println(e.getMessage());
            return AtlasCommand.BAD_INPUT;
        }
    }

    private int run(PrintWriter err) throws ImportException, ExportException, RenderException {
        ExportFormat fmt = format != null ? ExportFormat.parse(format) : allViews ? null : ExportFormat.ofFile(out.getFileName().toString());
        if (fmt == null) {
            throw new IllegalArgumentException("say which format with --format (pdf, svg, png, md or csv)");
        }
        PageSize size = PageSize.parse(page);
        ApprovalStatus st = status == null ? null : ApprovalStatus.parse(status);
        if (allViews && view != null) {
            throw new IllegalArgumentException("--view and --all-views cannot be combined");
        }
        IcsModel model = new AtlasJsonReader().importModel(file);
        if (model.views().isEmpty()) {
            model.addView(DiagramView.whole("view-whole", "Whole system"), -1);
        }
        List<DiagramView> views = allViews ? model.views() : List.of(pickView(model));
        if (allViews) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new IllegalArgumentException(out + " is a file; --all-views writes into a folder");
            }
            try {
                Files.createDirectories(out);
            } catch (java.io.IOException e) {
                throw new ExportException("cannot create the folder " + out + ": " + e.getMessage(), e);
            }
        }
        DiagramExport export = new DiagramExport(monochrome ? StyleTable.monochrome() : StyleTable.standard());
        for (DiagramView v : views) {
            ExportScope scope = scope(model);
            TitleBlock tb = new TitleBlock(title != null ? title : model.info().title().isEmpty() ? v.name() : model.info().title(),
                    subtitle != null ? subtitle : v.name(), date != null ? date : LocalDate.now().format(DATE),
                    version, author, st, source != null ? source : defaultSource(model));
            ExportRequest request = new ExportRequest(fmt, new PageSetup(size, PageSetup.DEFAULT_MARGIN, !noLegend, tb, transparent),
                    dpi, pagePerPlace, scope);
            DiagramLayout layout = layoutOf(model, v);
            Path target = allViews ? out.resolve(fileName(v, fmt)) : out;
            List<String> warnings = new ArrayList<>();
            AtomicFiles.write(target, o -> warnings.addAll(export.export(model, v, layout, request, o)));
            warnings.forEach(w -> err.println("warning: " + w));
            spec.commandLine().getOut().println("wrote " + target + " (" + v.name() + ", " + fmt.extension()
                    + (fmt.isPicture() && fmt != ExportFormat.PNG ? ", " + size.label() : "")
                    + (fmt == ExportFormat.PNG ? ", " + dpi + " dpi" : "") + ")");
        }
        return AtlasCommand.OK;
    }

    /** The layout the window would show: the arrangement saved with the view when there is one. */
    static DiagramLayout layoutOf(IcsModel model, DiagramView view) {
        return LayoutEngine.standard().arrangedFor(view).layout(model, view);
    }

    private DiagramView pickView(IcsModel model) {
        if (view == null) {
            return model.views().get(0);
        }
        for (DiagramView v : model.views()) {
            if (v.name().equals(view) || v.id().value().equals(view)) {
                return v;
            }
        }
        for (DiagramView v : model.views()) {
            if (v.name().equalsIgnoreCase(view)) {
                return v;
            }
        }
        throw new IllegalArgumentException("no view named '" + view + "' in " + file.getFileName() + "; its views are: "
                + model.views().stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", ")));
    }

    private ExportScope scope(IcsModel model) {
        if (footprint != null && focus != null) {
            throw new IllegalArgumentException("--footprint and --focus cannot be combined");
        }
        if (footprint != null) {
            ElementId id = ElementId.of(footprint);
            if (!model.isFootprint(id)) {
                throw new IllegalArgumentException("no footprint with id '" + footprint + "' in " + file.getFileName());
            }
            return ExportScope.footprint(id);
        }
        if (focus != null) {
            ElementId id = ElementId.of(focus);
            if (!model.isElement(id) && !model.isFootprint(id)) {
                throw new IllegalArgumentException("no element with id '" + focus + "' in " + file.getFileName());
            }
            return ExportScope.elements("focus", FocusSet.of(model, id).elements());
        }
        return ExportScope.wholeView();
    }

    private String defaultSource(IcsModel model) {
        String asOf = model.info().asOf();
        return file.getFileName() + (asOf.isEmpty() ? "" : ", as of " + asOf) + ", drawn by ICS Atlas";
    }

    private static String fileName(DiagramView v, ExportFormat fmt) {
        String slug = v.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? v.id().value() : slug) + "." + fmt.extension();
    }
}
