package org.icsatlas.render.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.layout.FootprintLayout;
import org.icsatlas.layout.NodeLayout;
import org.icsatlas.model.BodyKind;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.ElementId;
import org.icsatlas.model.Footprint;
import org.icsatlas.model.FootprintLevel;
import org.icsatlas.model.IcsModel;
import org.icsatlas.model.OrganisationKind;
import org.icsatlas.model.PersonKind;
import org.icsatlas.model.RelationKind;
import org.icsatlas.model.ElementKind;
import org.icsatlas.render.drawing.DiagramDrawer;
import org.icsatlas.render.drawing.Drawing;
import org.icsatlas.render.drawing.LegendLook;
import org.icsatlas.render.style.StyleTable;

/**
 * Turns a laid-out view into pages and writes them: the scope picks what is drawn, the drawer draws it, the
 * composer puts it on paper with legend, title block and watermark, and a writer writes the format. The same calls
 * serve the window's File &gt; Export… and the command line, so both give the same file.
 */
public final class DiagramExport {
    private final StyleTable style;

    public DiagramExport(StyleTable style) {
        this.style = style;
    }

    public StyleTable style() {
        return style;
    }

    /**
     * The pages for {@code scope} of {@code layout}: one, or with {@code pagePerPlace} an overview page followed by
     * one page for each expanded place drawn in it.
     */
    public List<Page> pages(IcsModel model, DiagramLayout layout, ExportScope scope, PageSetup setup, boolean pagePerPlace) {
        List<Page> pages = new ArrayList<>();
        Set<ElementId> only = resolve(model, layout, scope);
        String name = scope.footprint() != null ? model.footprint(scope.footprint()).map(Footprint::name).orElse("Footprint")
                : scope.isWholeView() ? "Overview" : capitalised(scope.label());
        pages.add(page(model, layout, only, name, setup));
        if (pagePerPlace) {
            for (FootprintLayout f : layout.footprints().values()) {
                Footprint fp = model.footprint(f.id()).orElse(null);
                if (fp == null || fp.level() != FootprintLevel.PLACE || f.collapsed() || f.id().equals(scope.footprint())) {
                    continue;
                }
                Set<ElementId> inside = within(layout, f.id());
                if (only != null) {
                    inside.retainAll(only);
                }
                if (!inside.isEmpty()) {
                    TitleBlock tb = setup.titleBlock();
                    PageSetup placeSetup = tb == null ? setup : new PageSetup(setup.size(), setup.margin(), setup.legend(),
                            tb.withSubtitle(tb.subtitle().isEmpty() ? fp.name() : tb.subtitle() + " \u2014 " + fp.name()),
                            setup.transparent());
                    pages.add(page(model, layout, inside, fp.name(), placeSetup));
                }
            }
        }
        return pages;
    }

    /** The drawing of {@code scope} alone, without page furniture (the screen's copy-as-image, tests). */
    public Drawing drawing(IcsModel model, DiagramLayout layout, ExportScope scope) {
        return new DiagramDrawer(style).draw(model, layout, resolve(model, layout, scope));
    }

    private Page page(IcsModel model, DiagramLayout layout, Set<ElementId> only, String name, PageSetup setup) {
        Drawing d = new DiagramDrawer(style).draw(model, layout, only);
        LegendLook.Kinds kinds = LegendLook.kindsIn(d, allElementKinds(), Arrays.asList(RelationKind.values()));
        return new PageComposer(style).compose(name, d, kinds, setup);
    }

    /** Writes {@code pages} in a picture format ({@code dpi} for PNG, which takes the first page only). */
    public void write(List<Page> pages, ExportFormat format, int dpi, PdfWriter.Metadata meta, OutputStream out)
            throws RenderException {
        switch (format) {
            case PDF -> new PdfWriter().write(pages, meta, out);
            case SVG -> new SvgWriter().write(pages.get(0), out);
            case PNG -> new PngWriter().write(pages.get(0), dpi, out);
            default -> throw new IllegalArgumentException(format + " is a text listing, not a picture");
        }
    }

    /**
     * Writes {@code request}'s export of {@code view} (laid out as {@code layout}) to {@code out} and returns the
     * warnings to show the user: text that would print too small to read.
     */
    public List<String> export(IcsModel model, DiagramView view, DiagramLayout layout, ExportRequest request,
                               OutputStream out) throws RenderException {
        TitleBlock tb = request.setup().titleBlock();
        String title = tb == null || tb.title().isEmpty() ? view.name() : tb.title();
        if (!request.format().isPicture()) {
            TextListing listing = new TextListing();
            List<TextListing.Entry> entries = listing.entries(model, view, layout, resolve(model, layout, request.scope()));
            try {
                if (request.format() == ExportFormat.MD) {
                    listing.markdown(title, entries, out);
                } else {
                    listing.csv(entries, out);
                }
            } catch (java.io.IOException e) {
                throw new RenderException("cannot write the listing: " + e.getMessage(), e);
            }
            return List.of();
        }
        boolean perPlace = request.pagePerPlace() && request.format() == ExportFormat.PDF;
        List<Page> pages = pages(model, layout, request.scope(), request.setup(), perPlace);
        List<String> warnings = new ArrayList<>();
        if (request.format() != ExportFormat.PNG) {
            pages.get(0).legibilityWarning(request.setup().size()).ifPresent(warnings::add);
        }
        String author = tb == null ? "" : tb.author();
        write(pages, request.format(), request.dpi(), new PdfWriter.Metadata(title, author,
                tb == null ? "" : tb.subtitle()), out);
        return warnings;
    }

    /** The ids the drawer is limited to for {@code scope}; null for everything. */
    static Set<ElementId> resolve(IcsModel model, DiagramLayout layout, ExportScope scope) {
        if (scope.isWholeView()) {
            return null;
        }
        if (scope.footprint() != null) {
            return within(layout, scope.footprint());
        }
        return new LinkedHashSet<>(scope.elements());
    }

    /** The elements and collapsed footprints drawn inside footprint {@code fp}. */
    private static Set<ElementId> within(DiagramLayout layout, ElementId fp) {
        Set<ElementId> out = new LinkedHashSet<>();
        for (NodeLayout n : layout.nodes().values()) {
            if (inside(layout, n.parent(), fp)) {
                out.add(n.id());
            }
        }
        for (FootprintLayout f : layout.footprints().values()) {
            if (f.collapsed() && (f.id().equals(fp) || inside(layout, f.parent(), fp))) {
                out.add(f.id());
            }
        }
        return out;
    }

    private static boolean inside(DiagramLayout layout, ElementId start, ElementId fp) {
        for (ElementId p = start; p != null; ) {
            if (p.equals(fp)) {
                return true;
            }
            FootprintLayout f = layout.footprints().get(p);
            p = f == null ? null : f.parent();
        }
        return false;
    }

    private static List<ElementKind> allElementKinds() {
        List<ElementKind> all = new ArrayList<>();
        all.addAll(Arrays.asList(BodyKind.values()));
        all.addAll(Arrays.asList(OrganisationKind.values()));
        all.addAll(Arrays.asList(PersonKind.values()));
        return all;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
