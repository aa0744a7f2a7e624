package org.icsatlas.render.readability;

import java.util.List;
import org.icsatlas.layout.DiagramLayout;
import org.icsatlas.model.DiagramView;
import org.icsatlas.model.IcsModel;
import org.icsatlas.render.export.DiagramExport;
import org.icsatlas.render.export.ExportScope;
import org.icsatlas.render.export.Page;
import org.icsatlas.render.export.PageSetup;
import org.icsatlas.render.export.PageSize;
import org.icsatlas.render.export.TitleBlock;
import org.icsatlas.render.style.StyleTable;

/**
 * How readable one laid-out view is on paper: the geometry counts of {@link LayoutReadability} and the smallest text
 * of the view when it is fitted to an A4 landscape page with legend and title block, composed by the export's own
 * {@link DiagramExport} (so the number is what {@code ics-atlas export --page a4-landscape} prints).
 */
public final class ReadabilityCheck {
    private final DiagramExport export;

    public ReadabilityCheck(StyleTable style) {
        this.export = new DiagramExport(style);
    }

    /** The readability of {@code view} of {@code model} laid out as {@code layout}. */
    public Readability check(IcsModel model, DiagramView view, DiagramLayout layout) {
        LayoutReadability.Counts counts = LayoutReadability.measure(layout);
        PageSetup setup = PageSetup.of(PageSize.A4_LANDSCAPE, new TitleBlock(model.info().title(), view.name(), "", "", "",
                null, ""));
        List<Page> pages = export.pages(model, layout, ExportScope.wholeView(), setup, false);
        return new Readability(view.name(), counts, pages.get(0).smallestTextPoints());
    }

    /** One view's numbers: the counts and the smallest text in points on A4 landscape. */
    public record Readability(String view, LayoutReadability.Counts counts, double smallestTextPoints) {
    }
}
