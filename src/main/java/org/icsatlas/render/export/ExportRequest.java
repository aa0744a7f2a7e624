package org.icsatlas.render.export;

import java.util.Objects;

/**
 * Everything one export needs besides the model and its layout: the format, the page set-up, the PNG resolution,
 * whether to add a page per place (PDF), and what part of the view to draw.
 */
public record ExportRequest(ExportFormat format, PageSetup setup, int dpi, boolean pagePerPlace, ExportScope scope) {
    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(setup, "setup");
        scope = scope == null ? ExportScope.wholeView() : scope;
    }

    public ExportRequest withSetup(PageSetup s) {
        return new ExportRequest(format, s, dpi, pagePerPlace, scope);
    }

    public ExportRequest withFormat(ExportFormat f) {
        return new ExportRequest(f, setup, dpi, pagePerPlace, scope);
    }
}
